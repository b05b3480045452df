/**
 * `npm run test:postgres-scale`: two app processes on one PostgreSQL database lose and duplicate
 * nothing under concurrent answers.
 *
 * A fresh database is created from TEST_DATABASE_URL (the user needs CREATEDB) and seeded through
 * the app's own server functions: an organization, a role, candidate invitations and self-assessment
 * attempts past the self-identification step. Two built apps (NODE_ENV=production, one
 * SESSION_SECRET, separate DATA_DIRs), each with two workers (WEB_CONCURRENCY=2, so four processes
 * serve and two primaries run the job queue), are started on it. Then:
 *
 * 1. every invitation's consent (POST /i/TOKEN consent=yes) is posted to both processes at the same
 *    moment, and so is the skip of its self-identification step;
 * 2. for SCALE_SECONDS (default 10) SCALE_CONCURRENCY workers (default 80) answer the attempts'
 *    waiting questions, each request to a random process; one answer in four is a race — the same
 *    attempt's waiting question posted to both processes at once, with the same value or (like a
 *    second tab) another valid one. Each worker follows the questionnaire's own sequencing
 *    (nextStep) and a simulated person's answers (simulatedAnswer).
 *
 * Checks afterwards, in SQL: every acknowledged answer (302) is stored with the acknowledged value,
 * nothing unacknowledged is stored, no attempt has two answers at one position or two rows for one
 * item, no invitation has more than one attempt, and each attempt's answers are exactly the
 * sequence the questionnaire would serve (recomputed with nextStep from the stored answers). The
 * test database is dropped at the end. Without TEST_DATABASE_URL the script says so and exits 0.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { openPostgres, type AppDatabase } from "../../db/connection.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { parseAnswerValue, type GivenAnswer } from "../../app/domain/assessment/answers";
import { findItem, nextStep } from "../../app/domain/assessment/sequence";
import { simulatedAnswer, type SimulatedPerson } from "../../app/domain/assessment/simulate";
import type { FormId, TraitId } from "../../app/domain/instrument";
import { ROLE_TEMPLATES } from "../../app/domain/fit/templates";
import { mulberry32 } from "../../app/domain/psychometrics/prng";
import { signUp } from "../../app/server/accounts.server";
import { recordSelfId, startSelfAssessment } from "../../app/server/attempts.server";
import { createCandidateInvitations } from "../../app/server/candidate-invitations.server";
import { demoPerson } from "../../app/server/demo-data.server";
import { hashToken } from "../../app/server/ids.server";
import { currentVersion } from "../../app/server/instrument-versions.server";
import { createRole } from "../../app/server/roles.server";
import { startApp, tempDir, type RunningProcess } from "../bench/support/app-process";
import { dropTestDatabase } from "../integration/support/drop-database.ts";

const PORTS = [3460, 3461];
const SECONDS = Number(process.env.SCALE_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.SCALE_CONCURRENCY ?? 80);
const SELF_ATTEMPTS = 200;
const INVITATIONS = 60;
const RACE_SHARE = 0.25;
const clientIp = (i: number) => `10.7.${(i >> 8) & 255}.${i & 255}`;

const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  if (failures.length <= 20) console.error(`FAIL ${message}`);
};

interface AttemptState {
  label: string;
  token: string;
  ip: string;
  seed: number;
  form: FormId;
  /** The traits the attempt reports (its role's required traits; null: all). */
  reported: TraitId[] | null;
  person: SimulatedPerson;
  random: () => number;
  /** Answers acknowledged with a 302, in order: the client's view of the attempt. */
  answers: GivenAnswer[];
  finished: boolean;
}

interface Ack {
  attempt: number;
  position: number;
  itemId: string;
  value: string;
}

const stats = {
  requests: 0,
  acknowledged: 0,
  refused409: 0,
  races: 0,
  sameValueRaces: 0,
  racesBothAcknowledged: 0,
  unexpected: {} as Record<string, number>,
};

async function post(
  server: RunningProcess,
  path: string,
  form: Record<string, string>,
  ip: string,
): Promise<{ status: number; location: string | null }> {
  stats.requests++;
  const res = await fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: server.url,
      "X-Forwarded-For": ip,
    },
    body: new URLSearchParams(form).toString(),
  });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get("location") };
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Consent and the self-identification skip of every invitation, each posted to both processes at once. */
async function consentRaces(
  servers: RunningProcess[],
  invitations: Array<{ token: string }>,
  firstIp: number,
): Promise<{ consents: number; bothAcknowledged: number }> {
  let consents = 0;
  let bothAcknowledged = 0;
  await Promise.all(
    invitations.map(async (inv, i) => {
      const ip = clientIp(firstIp + i);
      const results = await Promise.all(
        servers.map((s) => post(s, `/i/${inv.token}`, { consent: "yes" }, ip)),
      );
      consents += results.length;
      const ok = results.filter((r) => r.status === 302 && r.location === `/a/${inv.token}`).length;
      if (ok === results.length) bothAcknowledged++;
      else if (ok === 0)
        fail(
          `invitation ${i}: neither consent was acknowledged (${results.map((r) => r.status).join(", ")})`,
        );
      else
        stats.unexpected[`consent ${results.map((r) => r.status).join("/")}`] =
          (stats.unexpected[`consent ${results.map((r) => r.status).join("/")}`] ?? 0) + 1;
      const skips = await Promise.all(
        servers.map((s) => post(s, `/a/${inv.token}`, { intent: "skip-self-id" }, ip)),
      );
      if (skips.some((r) => r.status !== 302))
        fail(`invitation ${i}: skip-self-id answered ${skips.map((r) => r.status).join(", ")}`);
    }),
  );
  return { consents, bothAcknowledged };
}

/** Workers answering waiting questions on both processes until the deadline. */
async function answerLoad(
  servers: RunningProcess[],
  attempts: AttemptState[],
  acks: Ack[],
  version: Awaited<ReturnType<typeof currentVersion>>,
): Promise<void> {
  const deadline = Date.now() + SECONDS * 1000;
  const worker = async (w: number) => {
    const mine = attempts.map((_, i) => i).filter((i) => i % CONCURRENCY === w);
    for (let turn = 0; Date.now() < deadline; turn++) {
      const open = mine.filter((i) => !attempts[i]!.finished);
      if (!open.length) return;
      const index = open[turn % open.length]!;
      const a = attempts[index]!;
      const step = nextStep({ version, ...a }, a.answers);
      if (step.done) {
        a.finished = true;
        continue;
      }
      const item = step.screen.item;
      const raw = simulatedAnswer(version, item, a.person, a.random());
      const path = `/a/${a.token}`;
      const form = (value: string) => ({ intent: "answer", itemId: item.id, value, mode: "next" });
      const position = a.answers.length + 1;
      let winner: string | null = null;
      try {
        if (Math.random() >= RACE_SHARE) {
          const res = await post(
            servers[Math.floor(Math.random() * servers.length)]!,
            path,
            form(String(raw)),
            a.ip,
          );
          if (res.status === 302) winner = String(raw);
          else {
            stats.unexpected[`single ${res.status}`] = (stats.unexpected[`single ${res.status}`] ?? 0) + 1;
            fail(`${a.label} position ${position}: a lone answer to the waiting question got ${res.status}`);
            a.finished = true;
            continue;
          }
          stats.acknowledged++;
          acks.push({ attempt: index, position, itemId: item.id, value: String(raw) });
        } else {
          // The same waiting question to both processes at once: the same value (a double submit)
          // or, half the time at most, another valid one (a second tab).
          const other = simulatedAnswer(version, item, a.person, a.random());
          const values = [String(raw), String(other)];
          stats.races++;
          if (values[0] === values[1]) stats.sameValueRaces++;
          const results = await Promise.all(servers.map((s, k) => post(s, path, form(values[k]!), a.ip)));
          const acked = results.map((r, k) => ({ r, value: values[k]! })).filter(({ r }) => r.status === 302);
          for (const r of results) {
            if (r.status === 409) stats.refused409++;
            else if (r.status !== 302)
              stats.unexpected[`race ${r.status}`] = (stats.unexpected[`race ${r.status}`] ?? 0) + 1;
          }
          if (acked.length === 2) stats.racesBothAcknowledged++;
          if (acked.length === 2 && values[0] !== values[1])
            fail(`${a.label} position ${position}: two different values were both acknowledged`);
          if (!acked.length) {
            fail(
              `${a.label} position ${position}: neither racing answer was acknowledged (${results.map((r) => r.status).join(", ")})`,
            );
            a.finished = true;
            continue;
          }
          winner = acked[0]!.value;
          for (const { value } of acked) {
            stats.acknowledged++;
            acks.push({ attempt: index, position, itemId: item.id, value });
          }
        }
      } catch (error) {
        fail(`${a.label}: request failed: ${(error as Error).message}`);
        return;
      }
      a.answers.push({ itemId: item.id, raw: parseAnswerValue(item, winner)!, responseMs: 5000 });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
}

async function verify(
  database: AppDatabase,
  attempts: AttemptState[],
  acks: Ack[],
  invitationIds: string[],
  version: Awaited<ReturnType<typeof currentVersion>>,
) {
  const db = database.db;
  const duplicatePositions = await db
    .selectFrom("answers")
    .select(["attempt_id", "position"])
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .groupBy(["attempt_id", "position"])
    .having((eb) => eb.fn.countAll(), ">", 1)
    .execute();
  const duplicateItems = await db
    .selectFrom("answers")
    .select(["attempt_id", "item_id"])
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .groupBy(["attempt_id", "item_id"])
    .having((eb) => eb.fn.countAll(), ">", 1)
    .execute();
  const attemptsPerInvitation = await db
    .selectFrom("attempts")
    .select("invitation_id")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("invitation_id", "in", invitationIds)
    .groupBy("invitation_id")
    .execute();
  const totalAnswers = Number(
    (
      await db
        .selectFrom("answers")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
  if (duplicatePositions.length)
    fail(`${duplicatePositions.length} (attempt, position) pairs hold more than one answer`);
  if (duplicateItems.length) fail(`${duplicateItems.length} (attempt, item) pairs hold more than one answer`);
  const multi = attemptsPerInvitation.filter((r) => Number(r.n) > 1);
  if (multi.length) fail(`${multi.length} invitations have more than one attempt`);
  if (attemptsPerInvitation.length !== invitationIds.length)
    fail(
      `${invitationIds.length - attemptsPerInvitation.length} invitations have no attempt after consent was acknowledged`,
    );

  let lost = 0;
  let wrongValue = 0;
  let unacknowledged = 0;
  let outOfSequence = 0;
  let stored = 0;
  for (const [i, a] of attempts.entries()) {
    const row = await db
      .selectFrom("attempts")
      .select(["id", "seed", "form", "reported_traits"])
      .where("token_hash", "=", hashToken(a.token))
      .executeTakeFirstOrThrow();
    const rows = await db
      .selectFrom("answers")
      .select(["item_id", "value", "position"])
      .where("attempt_id", "=", row.id)
      .orderBy("position")
      .execute();
    stored += rows.length;
    // The stored answers must be exactly what the questionnaire would have served, in order.
    const given: GivenAnswer[] = [];
    for (const [k, r] of rows.entries()) {
      const step = nextStep(
        {
          version,
          form: row.form as FormId,
          seed: Number(row.seed),
          reported: row.reported_traits ? (JSON.parse(row.reported_traits) as TraitId[]) : null,
        },
        given,
      );
      const item = findItem(version, r.item_id);
      const raw = item ? parseAnswerValue(item, r.value) : null;
      if (r.position !== k + 1 || step.done || step.screen.item.id !== r.item_id || raw === null) {
        outOfSequence++;
        fail(
          `${a.label}: stored answer ${k + 1} (${JSON.stringify(r)}) is not what the questionnaire serves there`,
        );
        break;
      }
      given.push({ itemId: r.item_id, raw, responseMs: 0 });
    }
    if (rows.length > a.answers.length) {
      unacknowledged += rows.length - a.answers.length;
      fail(`${a.label}: ${rows.length - a.answers.length} stored answers were never acknowledged`);
    }
    for (const ack of acks.filter((x) => x.attempt === i)) {
      const r = rows[ack.position - 1];
      if (!r) lost++;
      else if (r.item_id !== ack.itemId || r.value !== ack.value) {
        wrongValue++;
        fail(
          `${a.label}: position ${ack.position} stores ${r.item_id}=${r.value}, acknowledged ${ack.itemId}=${ack.value}`,
        );
      }
    }
  }
  if (lost) fail(`${lost} acknowledged answers are not stored`);
  return {
    duplicatePositions: duplicatePositions.length,
    duplicateItems: duplicateItems.length,
    multi: multi.length,
    lost,
    wrongValue,
    unacknowledged,
    outOfSequence,
    stored,
    totalAnswers,
  };
}

async function main() {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    console.log(
      "SKIP test:postgres-scale: TEST_DATABASE_URL is not set (e.g. postgres://rolefit:rolefit@127.0.0.1:5432/rolefit_test; the user needs CREATEDB).",
    );
    return;
  }
  const name = `rolefit_scale_${crypto.randomBytes(6).toString("hex")}`;
  const url = databaseUrl(adminUrl, name);
  await adminQuery(adminUrl, `create database ${name}`);
  const dataDirs = PORTS.map(() => tempDir("rolefit-pg-scale-"));
  const servers: RunningProcess[] = [];
  let database: AppDatabase | undefined;
  try {
    database = openPostgres(url);
    await migrateToLatest(database);
    const db = database.db;
    const version = await currentVersion(db);

    console.log(
      `seeding ${name}: an organization, a role, ${INVITATIONS} invitations, ${SELF_ATTEMPTS} self-assessments…`,
    );
    const owner = await signUp(db, {
      name: "Scale Owner",
      email: "scale-owner@example.com",
      password: "scale owner password 1",
      organizationName: "Scale Test Co",
    });
    if (!owner.ok) throw new Error("sign-up failed");
    const template = ROLE_TEMPLATES[0]!;
    const roleId = await createRole(db, owner.organizationId, {
      title: "Scale Test Role",
      templateId: template.id,
      source: "template",
      targets: template.targets,
      createdByUserId: owner.userId,
    });
    const invitations = await createCandidateInvitations(
      db,
      owner.organizationId,
      roleId,
      Array.from({ length: INVITATIONS }, (_, i) => ({
        name: `Candidate ${i + 1}`,
        email: `candidate-${i + 1}@example.com`,
      })),
      { createdByUserId: owner.userId },
    );
    const selfTokens: string[] = [];
    for (let i = 0; i < SELF_ATTEMPTS; i++) {
      const token = await startSelfAssessment(db, "adaptive");
      await recordSelfId(db, token, null);
      selfTokens.push(token);
    }

    const sessionSecret = crypto.randomBytes(32).toString("hex");
    for (const [k, port] of PORTS.entries()) {
      servers.push(
        await startApp({
          port,
          dataDir: dataDirs[k]!,
          env: { DATABASE_URL: url, SESSION_SECRET: sessionSecret, WEB_CONCURRENCY: "2" },
        }),
      );
    }
    console.log(`two apps of two workers each on ${servers.map((s) => s.url).join(" and ")}`);

    const consent = await consentRaces(servers, invitations, SELF_ATTEMPTS);
    console.log(
      `consent: ${INVITATIONS} invitations, each posted to both processes at once (${consent.consents} requests; both acknowledged for ${consent.bothAcknowledged})`,
    );

    const tokens = [
      ...selfTokens.map((t, i) => ({ token: t, label: `self attempt ${i}` })),
      ...invitations.map((inv, i) => ({ token: inv.token, label: `invitation ${i}` })),
    ];
    const attempts: AttemptState[] = [];
    for (const [i, t] of tokens.entries()) {
      const row = await db
        .selectFrom("attempts")
        .select(["seed", "form", "reported_traits"])
        .where("token_hash", "=", hashToken(t.token))
        .executeTakeFirst();
      if (!row) {
        fail(`${t.label}: no attempt`);
        continue;
      }
      const seed = Number(row.seed);
      attempts.push({
        ...t,
        ip: clientIp(i),
        seed,
        form: row.form as FormId,
        reported: row.reported_traits ? (JSON.parse(row.reported_traits) as TraitId[]) : null,
        person: demoPerson(seed, ((i % 5) - 2) / 2),
        random: mulberry32(seed ^ 0x5bd1e995),
        answers: [],
        finished: false,
      });
    }

    const acks: Ack[] = [];
    const started = Date.now();
    const requestsBefore = stats.requests;
    await answerLoad(servers, attempts, acks, version);
    const seconds = (Date.now() - started) / 1000;
    const sent = stats.requests - requestsBefore;
    console.log(
      `load: ${CONCURRENCY} concurrent workers for ${seconds.toFixed(1)} s: ${sent} answer requests (${(sent / seconds).toFixed(0)}/s), ${stats.races} races on one waiting question (${stats.sameValueRaces} with the same value)`,
    );

    const result = await verify(
      database,
      attempts,
      acks,
      invitations.map((inv) => inv.id),
      version,
    );
    const completed = attempts.filter((a) => nextStep({ version, ...a }, a.answers).done).length;
    console.log("");
    console.log(
      `answers acknowledged (302):        ${stats.acknowledged} (${acks.length - stats.racesBothAcknowledged} positions; both processes acknowledged ${stats.racesBothAcknowledged} same-value races)`,
    );
    console.log(
      `answers stored:                     ${result.stored} (answers table: ${result.totalAnswers})`,
    );
    console.log(`refused with 409 (lost a race):     ${stats.refused409}`);
    console.log(`acknowledged but missing:           ${result.lost}`);
    console.log(`stored but never acknowledged:      ${result.unacknowledged}`);
    console.log(`stored value differs from winner:   ${result.wrongValue}`);
    console.log(`duplicates (attempt, position):     ${result.duplicatePositions}`);
    console.log(`duplicates (attempt, item):         ${result.duplicateItems}`);
    console.log(`invitations with > 1 attempt:       ${result.multi} of ${INVITATIONS}`);
    console.log(
      `attempts out of sequence (nextStep): ${result.outOfSequence} of ${attempts.length}; completed during the run: ${completed}`,
    );
    const unexpected = Object.entries(stats.unexpected);
    console.log(
      `other statuses:                     ${unexpected.length ? unexpected.map(([k, v]) => `${k}: ${v}`).join(", ") : "none"}`,
    );
    if (result.stored !== acks.length - stats.racesBothAcknowledged)
      fail(`stored ${result.stored} answers, expected ${acks.length - stats.racesBothAcknowledged}`);
    if (stats.acknowledged === 0) fail("no answer was acknowledged");
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    if (failures.length)
      for (const s of servers)
        if (/error/i.test(s.output()))
          console.error(`--- output of ${s.url} ---\n${s.output().slice(-4000)}`);
    if (database) await database.close();
    await dropTestDatabase(adminUrl, name);
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length) {
    console.log(`FAIL: ${failures.length} problems`);
    process.exitCode = 1;
  } else {
    console.log("PASS: nothing lost, nothing duplicated, every attempt in questionnaire order");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
