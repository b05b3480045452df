import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "#db/connection.ts";
import { migrateToLatest } from "#db/migrate.ts";
import { signUp } from "~/server/accounts.server.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("SQLite backup and restore", () => {
  it("backs up while writes continue, and the backup restores to a consistent database", async () => {
    const dataDir = path.join(dir, "data");
    const live = openSqlite(path.join(dataDir, "rolefit.sqlite"));
    await migrateToLatest(live);
    await signUp(live.db, {
      name: "Before",
      email: "before@example.com",
      password: "x-long-enough-1",
      organizationName: "Before Inc",
    });

    // Keep writing while the backup command (a separate process, as an operator would run it) copies.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await live.db
          .insertInto("organizations")
          .values({ id: crypto.randomUUID(), name: `Org ${written}`, created_at: new Date().toISOString() })
          .execute();
        written++;
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    const backupFile = path.join(dir, "backups", "copy.sqlite");
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db.ts", "backup", backupFile], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
      encoding: "utf8",
    });
    writing = false;
    await writer;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Backed up/);
    expect(written).toBeGreaterThan(0);
    await live.close();

    // Restore as the README says: stop the app, put the backup in place of the database file.
    const restoredDir = path.join(dir, "restored");
    fs.mkdirSync(restoredDir);
    fs.copyFileSync(backupFile, path.join(restoredDir, "rolefit.sqlite"));
    const check = new SQLite(path.join(restoredDir, "rolefit.sqlite"), { readonly: true });
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(check.prepare("select count(*) n from users where email = ?").get("before@example.com")).toEqual({
      n: 1,
    });
    check.close();
    const restored = openSqlite(path.join(restoredDir, "rolefit.sqlite"));
    expect((await migrateToLatest(restored)).applied).toEqual([]);
    await restored.close();
  });

  it("refuses to overwrite an existing file and explains the usage", () => {
    const existing = path.join(dir, "exists.sqlite");
    fs.writeFileSync(existing, "x");
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db.ts", "backup", existing], {
      env: { ...process.env, DATA_DIR: path.join(dir, "data2"), DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/already exists/);
    const usage = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db.ts", "backup"], {
      env: { ...process.env, DATA_DIR: path.join(dir, "data2") },
      encoding: "utf8",
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage/);
  });
});
