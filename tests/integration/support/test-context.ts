import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { dropTestDatabase } from "./drop-database.ts";
import { openPostgres, openSqlite, type DialectName } from "#db/connection.ts";
import { migrateToLatest } from "#db/migrate.ts";
import type { AppLoadContext } from "@remix-run/node";
import { createServices } from "~/server/context.server.ts";
import { runDueJobs } from "~/server/jobs.server.ts";
import type { Env } from "~/server/env.server.ts";

/** SQLite always; PostgreSQL as well when TEST_DATABASE_URL points at a server. */
export const testDialects: DialectName[] = [
  "sqlite",
  ...(process.env.TEST_DATABASE_URL ? (["postgres"] as const) : []),
];

export interface TestContext {
  context: AppLoadContext;
  /** A context for another client address (login throttling is per IP). */
  withIp(ip: string): AppLoadContext;
  /** Runs every due job now (the server's job runner does this in the background). */
  runJobs(): Promise<number>;
  cleanup(): Promise<void>;
}

/** A fresh, migrated database of the given dialect with the app's services around it. */
export async function createTestContext(dialect: DialectName): Promise<TestContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-test-"));
  let dropDatabase = async () => {};
  let database;
  if (dialect === "postgres") {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const name = `rolefit_test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = openPostgres(url.toString());
    dropDatabase = () => dropTestDatabase(adminUrl, name);
  } else {
    database = openSqlite(path.join(dir, "test.sqlite"));
  }
  await migrateToLatest(database);
  const env: Env = {
    nodeEnv: "test",
    port: 0,
    dataDir: dir,
    mailFrom: "RoleFit <test@rolefit.local>",
    sessionSecret: crypto.randomBytes(32).toString("hex"),
    publicOrigin: "http://localhost:3000",
    secureCookies: false,
    trustProxy: 0,
    demoSeed: false,
    webConcurrency: 1,
  };
  const services = createServices(database, env, { quietMail: true });
  const withIp = (ip: string): AppLoadContext => ({
    ...services,
    nonce: "test-nonce",
    clientIp: ip,
    isLocalRequest: true,
  });
  return {
    context: withIp("127.0.0.1"),
    withIp,
    runJobs: () => runDueJobs(services.db, services.jobHandlers),
    async cleanup() {
      await database.close();
      await dropDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
