/**
 * `npm run test:crash`: an acknowledged answer survives kill -9, and an online backup taken under
 * load is consistent.
 *
 * Each round starts the built app on the same DATA_DIR, keeps 100 answer submissions in flight
 * (100 simulated candidates, each answering its attempts' questions in order), sends SIGKILL at a
 * random moment, and restarts. After every restart: every answer that got its 302 is stored with
 * the posted value, each attempt's stored answers are exactly a prefix of the sequence it was
 * served (positions 1..n, no gaps), and PRAGMA integrity_check says ok. Then a backup
 * (`tsx scripts/db.ts backup FILE`) is taken while answers keep coming in; the backup must pass
 * integrity_check and hold between the answer counts seen just before and just after it.
 *
 * CRASH_ROUNDS (default 10) sets the number of kill rounds. Exits non-zero on any failure.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { seedAnswerPlans, type AttemptPlan } from "../bench/support/answer-plans";
import { root, startApp, tempDir, type RunningProcess } from "../bench/support/app-process";
import { hashToken } from "../../app/server/ids.server";

const PORT = 3420;
const CONCURRENCY = 100;
const ATTEMPTS = 300;
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 10);
const candidateIp = (i: number) => `10.9.${(i >> 8) & 255}.${i & 255}`;

const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  console.error(`FAIL ${message}`);
};

interface Ack {
  attempt: number;
  position: number;
  body: string;
}

/** Answers stored per attempt, in position order, read straight from the file. */
function storedAnswers(
  file: string,
  plans: AttemptPlan[],
): {
  perAttempt: Array<Array<{ item_id: string; value: string; position: number }>>;
  total: number;
  integrity: string;
} {
  const db = new SQLite(file, { readonly: true });
  try {
    const integrity = (db.pragma("integrity_check") as Array<{ integrity_check: string }>)
      .map((r) => r.integrity_check)
      .join("; ");
    const select = db.prepare(
      "select a.item_id, a.value, a.position from answers a join attempts t on t.id = a.attempt_id where t.token_hash = ? order by a.position",
    );
    const perAttempt = plans.map(
      (p) => select.all(hashToken(p.token)) as Array<{ item_id: string; value: string; position: number }>,
    );
    const total = Number((db.prepare("select count(*) as n from answers").get() as { n: number }).n);
    return { perAttempt, total, integrity };
  } finally {
    db.close();
  }
}

/** Checks acknowledged answers, prefix consistency and integrity; returns answers stored per attempt. */
function verify(label: string, file: string, plans: AttemptPlan[], acks: Ack[]): number[] {
  const { perAttempt, integrity } = storedAnswers(file, plans);
  if (integrity !== "ok") fail(`${label}: integrity_check: ${integrity}`);
  perAttempt.forEach((rows, i) => {
    rows.forEach((row, k) => {
      const expected = new URLSearchParams(plans[i]!.bodies[k]);
      if (
        row.position !== k + 1 ||
        row.item_id !== expected.get("itemId") ||
        row.value !== expected.get("value")
      ) {
        fail(`${label}: attempt ${i} answer ${k + 1} is ${JSON.stringify(row)}, expected ${expected}`);
      }
    });
  });
  let lost = 0;
  for (const ack of acks) if (perAttempt[ack.attempt]!.length < ack.position) lost++;
  if (lost) fail(`${label}: ${lost} acknowledged answers are missing`);
  return perAttempt.map((rows) => rows.length);
}

/**
 * Keeps CONCURRENCY submissions in flight: worker w answers attempts w, w+100, w+200, … in turn,
 * each from the position the database says it is at. Runs until stop() or the server dies.
 */
function answerLoad(url: string, plans: AttemptPlan[], next: number[], acks: Ack[]) {
  let stopped = false;
  let sent = 0;
  const statuses: Record<string, number> = {};
  const worker = async (w: number) => {
    const mine = plans.map((_, i) => i).filter((i) => i % CONCURRENCY === w);
    for (let turn = 0; !stopped; turn++) {
      const attempt = mine[turn % mine.length]!;
      const position = next[attempt]! + 1;
      const body = plans[attempt]!.bodies[position - 1];
      if (!body) continue;
      sent++;
      try {
        const res = await fetch(`${url}/a/${plans[attempt]!.token}`, {
          method: "POST",
          redirect: "manual",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Origin: url,
            "X-Forwarded-For": candidateIp(attempt),
          },
          body,
        });
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 302) {
          acks.push({ attempt, position, body });
          next[attempt] = position;
        } else {
          // Not acknowledged: stop sending for this worker until the next round re-reads the state.
          stopped = stopped || res.status >= 500;
          fail(`unexpected status ${res.status} for attempt ${attempt} position ${position}`);
          return;
        }
      } catch {
        return; // the server is gone
      }
    }
  };
  const done = Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  return {
    stop: () => {
      stopped = true;
      return done;
    },
    done,
    stats: () => ({ sent, statuses }),
  };
}

async function main() {
  const dataDir = tempDir("rolefit-crash-");
  const file = path.join(dataDir, "rolefit.sqlite");
  let server: RunningProcess | undefined;
  try {
    console.log(`seeding ${ATTEMPTS} attempts…`);
    const plans = await seedAnswerPlans(dataDir, ATTEMPTS, 84);
    const acks: Ack[] = [];
    let next = plans.map(() => 0);
    let storedBefore = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      server = await startApp({ port: PORT, dataDir });
      const before = acks.length;
      const loadRun = answerLoad(server.url, plans, next, acks);
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 1200));
      await server.kill();
      server = undefined;
      await loadRun.done;
      const { sent, statuses } = loadRun.stats();
      const storedCounts = verify(`round ${round}`, file, plans, acks);
      const stored = storedCounts.reduce((a, b) => a + b, 0);
      const ackedThisRound = acks.length - before;
      const storedThisRound = stored - storedBefore;
      storedBefore = stored;
      console.log(
        `round ${round}: killed after ${sent} submissions, ${ackedThisRound} acknowledged, ${storedThisRound} stored this round ` +
          `(all acknowledged so far: ${acks.length}, stored in total: ${stored}) ${JSON.stringify(statuses)}`,
      );
      // The database is the truth: an answer stored but not acknowledged is the next one's predecessor.
      next = storedCounts;
    }

    // A final restart reads everything back through the app's own migrations and start-up.
    server = await startApp({ port: PORT, dataDir });
    await server.stop();
    server = undefined;
    verify("after the last restart", file, plans, acks);

    // Online backup under load.
    server = await startApp({ port: PORT, dataDir });
    const loadRun = answerLoad(server.url, plans, next, acks);
    await new Promise((r) => setTimeout(r, 800));
    const countNow = () => storedAnswers(file, []).total;
    const beforeBackup = countNow();
    const backupFile = path.join(dataDir, "backup.sqlite");
    // Asynchronously, so the answers keep coming while the backup runs.
    const backup = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/db.ts", "backup", backupFile],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
        encoding: "utf8",
      },
    ).then(
      (r) => ({ status: 0, stderr: r.stderr }),
      (e: { code?: number; stderr?: string }) => ({ status: e.code ?? 1, stderr: e.stderr ?? String(e) }),
    );
    const afterBackup = countNow();
    const duringBackup = loadRun.stats().sent;
    await loadRun.stop();
    await server.stop();
    server = undefined;
    if (backup.status !== 0) fail(`backup failed: ${backup.stderr}`);
    else {
      const { total, integrity } = storedAnswers(backupFile, []);
      const ok = integrity === "ok" && total >= beforeBackup && total <= afterBackup;
      if (!ok)
        fail(
          `backup: integrity ${integrity}, ${total} answers, expected between ${beforeBackup} and ${afterBackup}`,
        );
      console.log(
        `backup under load: integrity ${integrity}, ${total} answers (before ${beforeBackup}, after ${afterBackup}; ${duringBackup} submissions sent by then) → ${ok ? "ok" : "FAIL"}`,
      );
    }
    verify("after the backup run", file, plans, acks);
  } finally {
    await server?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`\n${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log(`\nok: ${ROUNDS} kill -9 rounds, no acknowledged answer lost, integrity ok, backup consistent`);
}

await main();
