import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openSqlite, type AppDatabase } from "#db/connection.ts";
import { migrateToLatest } from "#db/migrate.ts";
import { createRateLimiter } from "~/server/rate-limit.server";

/**
 * Another process holding SQLite's write lock (here: a second connection in this process, which
 * can only let go if this process keeps running) must not put the app's process to sleep: the
 * write waits without blocking the event loop and goes through once the lock is free.
 */
describe("waiting for another connection's SQLite write lock", () => {
  let dir: string;
  let database: AppDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open() {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-busy-"));
    const file = path.join(dir, "app.sqlite");
    database = openSqlite(file);
    await migrateToLatest(database);
    return { file, counters: path.join(dir, "app-counters.sqlite") };
  }

  /** Runs timers until `promise` settles or `turns` timer turns have passed; returns whether it settled. */
  async function settlesWithin(promise: Promise<unknown>, turns: number) {
    let settled = false;
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let i = 0; i < turns && !settled; i++) await new Promise((r) => setTimeout(r, 1));
    return settled;
  }

  it("begins a transaction once the other writer commits, serving timers meanwhile", async () => {
    const { file } = await open();
    const other = new SQLite(file);
    other.exec("begin immediate");
    const write = database!.db.transaction().execute(async (trx) => {
      await sql`select 1 as one`.execute(trx);
      return "done";
    });
    expect(await settlesWithin(write, 20)).toBe(false);
    other.exec("commit");
    other.close();
    expect(await write).toBe("done");
  });

  it("counts a rate-limit hit once the other writer lets go of the counters file", async () => {
    const { counters } = await open();
    const limiter = createRateLimiter(database!.counters);
    const other = new SQLite(counters);
    other.exec("begin immediate");
    const hit = limiter.hit("probe", 5, 60_000);
    expect(await settlesWithin(hit, 20)).toBe(false);
    other.exec("commit");
    other.close();
    expect(await hit).toBe(0);
    expect(await limiter.peek("probe", 1, 60_000)).toBeGreaterThan(0);
  });
});
