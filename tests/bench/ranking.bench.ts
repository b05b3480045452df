/**
 * The ranked candidates page of a role with 10,000 completed candidates, against the same page
 * for a role with 100 candidates measured in the same run: what does ranking thousands cost?
 * Candidates are written straight to the tables (realistic compact profiles, as completed attempts
 * store them); the page is requested through the real server, signed in.
 */
import fs from "node:fs";
import SQLite from "better-sqlite3";
import path from "node:path";
import { openSqlite } from "../../db/connection.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { ROLE_TEMPLATES } from "../../app/domain/fit/templates";
import { TRAIT_IDS } from "../../app/domain/instrument/types";
import { mulberry32, normalSampler } from "../../app/domain/psychometrics/prng";
import { signUp } from "../../app/server/accounts.server";
import { newId } from "../../app/server/ids.server";
import { currentVersion } from "../../app/server/instrument-versions.server";
import { createRole } from "../../app/server/roles.server";
import { residentMemory, startApp, tempDir, type RunningProcess } from "./support/app-process";
import { load, sequentialLatency } from "./support/load";
import type { BenchResult } from "./types";

const PORT = 3420;
const PASSWORD = "bench-password-words";

async function seedRole(dataDir: string, sizes: number[]): Promise<{ email: string; roleIds: string[] }> {
  const database = openSqlite(path.join(dataDir, "rolefit.sqlite"));
  try {
    await migrateToLatest(database);
    database.sqlite!.pragma("synchronous = OFF");
    const owner = await signUp(database.db, {
      name: "Bench Owner",
      email: "bench@example.com",
      password: PASSWORD,
      organizationName: "Bench",
    });
    if (!owner.ok) throw new Error("sign-up failed");
    const version = await currentVersion(database.db);
    const template = ROLE_TEMPLATES.find((t) => t.id === "ae-enterprise")!;
    const normal = normalSampler(mulberry32(11));
    const roleIds: string[] = [];
    for (const size of sizes) {
      const roleId = await createRole(database.db, owner.organizationId, {
        title: `Role of ${size}`,
        templateId: template.id,
        source: "template",
        targets: template.targets,
        createdByUserId: owner.userId,
      });
      roleIds.push(roleId);
      const now = new Date().toISOString();
      const insert = database.sqlite!.transaction(() => {
        const inv = database.sqlite!.prepare(
          "insert into candidate_invitations (id, organization_id, role_id, candidate_name, email, token_hash, created_at, expires_at, send_count) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        );
        const att = database.sqlite!.prepare(
          "insert into attempts (id, token_hash, kind, organization_id, invitation_id, instrument_version_id, form, seed, status, self_id_step_done, consented_at, created_at, updated_at, completed_at) values (?, ?, 'invited', ?, ?, ?, 'adaptive', 1, 'completed', 1, ?, ?, ?, ?)",
        );
        const sc = database.sqlite!.prepare(
          "insert into attempt_scores (attempt_id, instrument_version_id, scores, sales_orientation, marketing_orientation, quality_flag_count, computed_at, profile) values (?, ?, '{}', 0, 0, ?, ?, ?)",
        );
        for (let i = 0; i < size; i++) {
          const invitationId = newId();
          const attemptId = newId();
          inv.run(
            invitationId,
            owner.organizationId,
            roleId,
            `Candidate ${i}`,
            `c${size}-${i}@example.com`,
            newId(),
            now,
            "2999-01-01T00:00:00.000Z",
          );
          att.run(attemptId, newId(), owner.organizationId, invitationId, version.id, now, now, now, now);
          const profile = Object.fromEntries(
            TRAIT_IDS.map((t) => [t, [Math.round(normal() * 1e4) / 1e4, 0.3]]),
          );
          sc.run(attemptId, version.id, i % 9 === 0 ? 1 : 0, now, JSON.stringify(profile));
        }
      });
      insert();
    }
    return { email: "bench@example.com", roleIds };
  } finally {
    await database.close();
  }
}

async function signIn(server: RunningProcess, email: string): Promise<string> {
  const res = await fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({ email, password: PASSWORD }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("rf_session="));
  if (res.status !== 302 || !cookie) throw new Error(`login failed: ${res.status}`);
  return cookie.split(";")[0]!;
}

export async function rankingBenchmarks(): Promise<BenchResult[]> {
  if (process.env.BENCH_SKIP_HTTP === "1") return [];
  const dataDir = tempDir("rolefit-bench-ranking-");
  const server = await (async () => {
    const seeded = await seedRole(dataDir, [10_000, 100]);
    const app = await startApp({
      port: PORT,
      dataDir,
    });
    return { app, ...seeded };
  })();
  try {
    const cookie = await signIn(server.app, server.email);
    const get = (roleId: string) => () =>
      fetch(`${server.app.url}/roles/${roleId}`, { headers: { Cookie: cookie } });
    // Warm both pages (first-request compilation and caches), then measure sequentially and under load.
    await sequentialLatency(3, get(server.roleIds[0]!));
    await sequentialLatency(3, get(server.roleIds[1]!));
    // Cold: the first view after a change to the role's candidates (here a recorded decision)
    // ranks all 10,000 afresh; warm views reuse the ranking until the next change.
    const writer = new SQLite(path.join(dataDir, "rolefit.sqlite"));
    const someone = writer
      .prepare("select id, organization_id from candidate_invitations where role_id = ? limit 1")
      .get(server.roleIds[0]) as { id: string; organization_id: string };
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      writer
        .prepare(
          "insert into candidate_decisions (id, organization_id, invitation_id, decision, decided_by_name, decided_at) values (?, ?, ?, 'hold', 'bench', ?)",
        )
        .run(newId(), someone.organization_id, someone.id, new Date(Date.now() + i).toISOString());
      cold.push((await sequentialLatency(1, get(server.roleIds[0]!))).median);
    }
    writer.close();
    cold.sort((a, b) => a - b);
    const big = await sequentialLatency(30, get(server.roleIds[0]!));
    const small = await sequentialLatency(30, get(server.roleIds[1]!));
    if (![...big.statuses, ...small.statuses].every((s) => s === 200))
      throw new Error(`unexpected statuses ${[...big.statuses]}`);
    const concurrent = await load({
      url: `${server.app.url}/roles/${server.roleIds[0]}`,
      connections: 10,
      duration: 5,
      headers: { Cookie: cookie },
    });
    // After the load every worker has ranked the 10,000 and holds the result.
    const memory = residentMemory(server.app);
    console.error(
      `  ranking: resident memory, workers ${memory.workers.map((m) => m.toFixed(0)).join(", ")} MiB; primary ${memory.primary.toFixed(0)} MiB`,
    );
    console.error(
      `  ranking: 10,000 candidates after a change (cold, 5 samples) median ${cold[2]!.toFixed(1)} ms; unchanged median ${big.median.toFixed(1)} ms, p95 ${big.p95.toFixed(1)} ms; 100 candidates median ${small.median.toFixed(1)} ms; 10 connections ${concurrent.requestsPerSecond.toFixed(1)} req/s p99 ${concurrent.p99} ms`,
    );
    return [
      {
        name: "ranked candidates page, 10,000 candidates, first view after a change: median latency",
        value: cold[2]!,
        unit: "ms",
        budget: 150,
        baseline: { name: "same page, 100 candidates", value: small.median },
        ratio: cold[2]! / small.median,
      },
      {
        name: "ranked candidates page, 10,000 candidates: median latency",
        value: big.median,
        unit: "ms",
        budget: 300,
        baseline: { name: "same page, 100 candidates", value: small.median },
        ratio: big.median / small.median,
      },
      {
        name: "ranked candidates page, 10,000 candidates: p95 latency (30 sequential)",
        value: big.p95,
        unit: "ms",
        budget: 300,
        baseline: { name: "same page, 100 candidates", value: small.p95 },
        ratio: big.p95 / small.p95,
      },
      {
        name: "ranked candidates page, 10,000 candidates: req/s at 10 connections",
        value: concurrent.requestsPerSecond,
        unit: "req/s",
      },
      {
        name: `resident memory per worker, 10,000 candidates ranked (${memory.workers.length} workers; largest)`,
        value: Math.max(...memory.workers, memory.workers.length ? 0 : memory.primary),
        unit: "MiB",
        baseline: { name: "the primary (migrations, job queue; serves nothing)", value: memory.primary },
      },
    ];
  } finally {
    await server.app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
