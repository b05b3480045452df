/**
 * `npm run test:crash-jobs`: the job queue loses nothing when the process running it is killed
 * with SIGKILL in the middle of deliveries. Needs no build.
 *
 * A fresh SQLite database gets JOBS_EMAILS emails (through enqueueMail) and JOBS_WEBHOOKS webhook
 * events (through enqueueWebhookEvent, one endpoint) queued. The receivers are real and local: an
 * SMTP server (smtp-server) and an HTTP server on 127.0.0.1 that answer each delivery after 30–150
 * ms. A job-runner process (tests/crash/support/job-runner.ts: the app's own startJobRunner, with
 * a 2 s lease) is started, killed with SIGKILL after a random 0.3–1.5 s at a moment when a delivery
 * is being answered, and restarted, CRASH_ROUNDS times (default 8); then a last runner drains the
 * queue. Checks: every email and every webhook message arrived at least once, every job ended
 * "done" (none failed, none left pending), and the kills did land mid-delivery. Repeats (at least
 * once) are counted and printed. A 3-minute timer bounds the run. Exits non-zero on any failure.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { openSqlite } from "../../db/connection.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { signUp } from "../../app/server/accounts.server";
import { enqueueMail } from "../../app/server/mail.server";
import { createWebhookEndpoint, enqueueWebhookEvent } from "../../app/server/webhooks.server";
import { root, tempDir } from "../bench/support/app-process";

const EMAILS = Number(process.env.JOBS_EMAILS ?? 150);
const WEBHOOKS = Number(process.env.JOBS_WEBHOOKS ?? 150);
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 8);
const LEASE_MS = 2000;

const hardStop = setTimeout(() => {
  console.error("FAIL the run took longer than 3 minutes");
  process.exit(1);
}, 180_000);

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
const randomBetween = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo));

// Receivers: count what arrived, and what is being answered right now.
const webhookArrivals = new Map<string, number>();
const mailArrivals = new Map<string, number>();
let inFlight = 0;
/** Counts a delivery as in flight until it is answered or its connection drops, whichever is first. */
function track(): () => void {
  inFlight++;
  let open = true;
  return () => {
    if (open) inFlight--;
    open = false;
  };
}

const httpReceiver = http.createServer((req, res) => {
  const release = track();
  res.on("close", release);
  req.resume();
  req.on("end", () => {
    const id = String(req.headers["webhook-id"]);
    setTimeout(
      () => {
        webhookArrivals.set(id, (webhookArrivals.get(id) ?? 0) + 1);
        release();
        res.end("ok");
      },
      randomBetween(30, 150),
    );
  });
});
const smtpReceiver = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    const release = track();
    stream.on("close", release);
    let text = "";
    stream.setEncoding("utf8");
    stream.on("data", (c) => (text += c));
    stream.on("end", () => {
      setTimeout(
        () => {
          const subject = /^Subject: (.*)$/m.exec(text)?.[1]?.trim() ?? "?";
          mailArrivals.set(subject, (mailArrivals.get(subject) ?? 0) + 1);
          release();
          callback();
        },
        randomBetween(30, 150),
      );
    });
  },
});

function startRunner(file: string, smtpUrl: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/crash/support/job-runner.ts")], {
    cwd: root,
    env: { ...process.env, JOBS_DB: file, SMTP_URL: smtpUrl, JOB_LEASE_MS: String(LEASE_MS) },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function ready(proc: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    proc.stdout!.on("data", (d) => String(d).includes("runner ready") && resolve());
    proc.once("exit", () => reject(new Error("runner exited before it was ready")));
  });
}

function killNow(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once("exit", () => resolve());
    proc.kill("SIGKILL");
  });
}

// A killed sender resets its connections; that is the point of the test, not an error.
smtpReceiver.on("error", () => {});
httpReceiver.on("clientError", (_e, socket) => socket.destroy());

async function main() {
  const dir = tempDir("rolefit-crash-jobs-");
  const file = path.join(dir, "jobs.sqlite");
  await new Promise<void>((r) => httpReceiver.listen(0, "127.0.0.1", r));
  await new Promise<void>((r) => smtpReceiver.listen(0, "127.0.0.1", r));
  const hookUrl = `http://127.0.0.1:${(httpReceiver.address() as AddressInfo).port}/hook`;
  const smtpUrl = `smtp://127.0.0.1:${(smtpReceiver.server.address() as AddressInfo).port}`;

  // Seed through the app's own functions.
  const database = openSqlite(file);
  await migrateToLatest(database);
  const db = database.db;
  const owner = await signUp(db, {
    name: "Crash Owner",
    email: "owner@example.com",
    password: "crash-password-words",
    organizationName: "Crash",
  });
  if (!owner.ok) throw new Error("sign-up failed");
  await createWebhookEndpoint(
    db,
    owner.organizationId,
    { url: hookUrl, description: "crash", events: ["decision.recorded"] },
    owner.userId,
  );
  const subjects: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < EMAILS; i++) {
      const subject = `crash mail ${i}`;
      subjects.push(subject);
      await enqueueMail(
        trx,
        { to: `person${i}@example.com`, subject, text: "x" },
        { organizationId: owner.organizationId },
      );
    }
    for (let i = 0; i < WEBHOOKS; i++) {
      await enqueueWebhookEvent(
        trx,
        owner.organizationId,
        "decision.recorded",
        { candidate_id: `c${i}`, decision: "hold" },
        null,
      );
    }
  });
  const messageIds = (await db.selectFrom("webhook_deliveries").select("message_id").execute()).map(
    (r) => r.message_id,
  );
  const total = EMAILS + WEBHOOKS;
  console.log(
    `queued ${EMAILS} emails and ${WEBHOOKS} webhooks; ${ROUNDS} kill rounds, lease ${LEASE_MS} ms`,
  );

  let killsInFlight = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const runner = startRunner(file, smtpUrl);
    await ready(runner);
    // Let it work a while, then kill it the moment a delivery is being answered (up to 2 s more).
    await delay(randomBetween(300, 1500));
    for (let waited = 0; inFlight === 0 && waited < 2000; waited += 5) await delay(5);
    const caught = inFlight;
    await killNow(runner);
    if (caught > 0) killsInFlight++;
    const done = Number(
      (
        await db
          .selectFrom("jobs")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("status", "=", "done")
          .executeTakeFirstOrThrow()
      ).n,
    );
    console.log(`round ${round}: killed with ${caught} deliveries in flight; ${done}/${total} jobs done`);
  }

  const last = startRunner(file, smtpUrl);
  await ready(last);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const open = Number(
      (
        await db
          .selectFrom("jobs")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("status", "!=", "done")
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (open === 0 || Date.now() > deadline) break;
    await delay(200);
  }
  await killNow(last);

  const failures: string[] = [];
  const statuses = await db
    .selectFrom("jobs")
    .select(["status", "kind", "last_error"])
    .where("status", "!=", "done")
    .execute();
  if (statuses.length)
    failures.push(`${statuses.length} jobs not done: ${JSON.stringify(statuses.slice(0, 3))}`);
  const lostMail = subjects.filter((s) => !mailArrivals.has(s));
  const lostHooks = messageIds.filter((id) => !webhookArrivals.has(id));
  if (lostMail.length) failures.push(`${lostMail.length} emails never arrived, e.g. ${lostMail[0]}`);
  if (lostHooks.length) failures.push(`${lostHooks.length} webhooks never arrived, e.g. ${lostHooks[0]}`);
  if (killsInFlight === 0)
    failures.push("no kill landed while a delivery was in flight: the test proved nothing");
  const repeats = [...mailArrivals.values(), ...webhookArrivals.values()].reduce((s, n) => s + (n - 1), 0);
  console.log(
    `delivered: ${mailArrivals.size}/${EMAILS} emails, ${webhookArrivals.size}/${WEBHOOKS} webhooks; ` +
      `${repeats} repeated deliveries (at least once); ${killsInFlight}/${ROUNDS} kills with deliveries in flight`,
  );
  await database.close();
  httpReceiver.close();
  smtpReceiver.close();
  clearTimeout(hardStop);
  if (failures.length) {
    for (const f of failures) console.error(`FAIL ${f}`);
    process.exit(1);
  }
  console.log("OK nothing lost");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
