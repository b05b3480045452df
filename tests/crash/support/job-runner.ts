/**
 * A process that runs only the job queue (as the app server does in the background), for
 * tests/crash/kill-during-jobs.ts: JOBS_DB is the SQLite file, SMTP_URL the mail server; the lease
 * is short (JOB_LEASE_MS) so a job claimed by a killed process is taken over within seconds.
 */
import crypto from "node:crypto";
import path from "node:path";
import { openSqlite } from "../../../db/connection.ts";
import { createServices } from "../../../app/server/context.server.ts";
import { startJobRunner } from "../../../app/server/jobs.server.ts";

const file = process.env.JOBS_DB!;
const database = openSqlite(file);
const services = createServices(database, {
  nodeEnv: "test",
  demoSeed: false,
  webConcurrency: 1,
  port: 0,
  dataDir: path.dirname(file),
  smtpUrl: process.env.SMTP_URL,
  mailFrom: "RoleFit <crash@rolefit.local>",
  sessionSecret: crypto.randomBytes(32).toString("hex"),
  publicOrigin: "http://localhost:3000",
  secureCookies: false,
  trustProxy: 0,
});
startJobRunner(database.db, services.jobHandlers, {
  pollMs: 20,
  leaseMs: Number(process.env.JOB_LEASE_MS ?? 3000),
});
console.log("runner ready");
// Keep the process alive; the parent ends it with SIGKILL or SIGTERM.
setInterval(() => {}, 60_000);
