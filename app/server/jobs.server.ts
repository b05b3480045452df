import type { Kysely, Selectable } from "kysely";
import { sql } from "kysely";
import { dialectOf } from "#db/connection.ts";
import type { Database, JobsTable } from "#db/schema.ts";
import { newId, nowIso } from "./ids.server.ts";

/**
 * The durable job queue: one table on SQLite and PostgreSQL for everything that happens after a
 * request answers (email now; webhooks and reminders use the same table). A job is written in the
 * same transaction as what it announces, so nothing is announced that was not saved and nothing
 * saved goes unannounced. Delivery is at least once: a job claimed by a process that dies is
 * claimed again when its lease runs out, so handlers must tolerate a repeat (idempotency keys stop
 * a job being enqueued twice). Several processes may run the queue; a claim is one atomic UPDATE
 * (with FOR UPDATE SKIP LOCKED on PostgreSQL), so each job runs in one place at a time.
 */

export type Job = Selectable<JobsTable>;

export interface NewJob {
  kind: string;
  payload: unknown;
  organizationId?: string | null;
  /** The email address the job is about, so erasure can remove it. */
  recipient?: string | null;
  /** What the job belongs to, e.g. "candidate-invitation:<id>". */
  reference?: string | null;
  /** A second job with the same key is not created. */
  idempotencyKey?: string | null;
  runAt?: Date;
}

/**
 * A handler throws to have the job retried later; a PermanentJobError fails it at once. `now` is
 * the queue's clock (a fake one in tests), so handlers that schedule or compare times agree with it.
 */
export type JobHandler = (payload: any, job: Job, now: Date) => Promise<void>;

/** A kind whose retries follow their own schedule instead of the default (e.g. webhooks: about a day). */
export interface RetryingJobHandler {
  run: JobHandler;
  maxAttempts: number;
  /** The wait after the given number of failed tries (1 after the first). */
  retryDelayMs(attempts: number): number;
}

export type JobHandlers = Record<string, JobHandler | RetryingJobHandler>;

export class PermanentJobError extends Error {}

/** How many times a job is tried before it is marked failed. */
export const MAX_JOB_ATTEMPTS = 10;
/** A claimed job is another process's to retry if its runner has not finished within this time. */
export const JOB_LEASE_MS = 5 * 60 * 1000;

/** 30 s, 1 min, 2 min, … doubling, at most 4 hours: ten tries span about eight hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 4 * 60 * 60 * 1000);
}

export async function enqueueJob(db: Kysely<Database>, job: NewJob): Promise<void> {
  const now = nowIso();
  await db
    .insertInto("jobs")
    .values({
      id: newId(),
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      organization_id: job.organizationId ?? null,
      recipient: job.recipient ?? null,
      reference: job.reference ?? null,
      idempotency_key: job.idempotencyKey ?? null,
      status: "pending",
      run_at: (job.runAt ?? new Date()).toISOString(),
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("idempotency_key").doNothing())
    .execute();
}

/** Takes the next due job for this process, or null when none is due. */
export async function claimNextJob(
  db: Kysely<Database>,
  now = new Date(),
  leaseMs = JOB_LEASE_MS,
): Promise<Job | null> {
  const at = now.toISOString();
  const lease = new Date(now.getTime() + leaseMs).toISOString();
  const skipLocked = dialectOf(db) === "postgres" ? sql` for update skip locked` : sql``;
  const rows = await sql<Job>`
    update jobs set locked_until = ${lease}, attempts = attempts + 1, updated_at = ${at}
    where id = (
      select id from jobs
      where status = 'pending' and run_at <= ${at} and (locked_until is null or locked_until < ${at})
      order by run_at limit 1${skipLocked}
    )
    returning *`.execute(db);
  return rows.rows[0] ?? null;
}

async function finishJob(
  db: Kysely<Database>,
  job: Job,
  error: unknown,
  now: Date,
  handler: JobHandlers[string] | undefined,
): Promise<void> {
  const at = now.toISOString();
  if (error === null) {
    // The payload (an email's text, a link) is not needed once delivered.
    await db
      .updateTable("jobs")
      .set({ status: "done", payload: "{}", locked_until: null, last_error: null, updated_at: at })
      .where("id", "=", job.id)
      .execute();
    return;
  }
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const policy =
    handler && typeof handler !== "function" ? handler : { maxAttempts: MAX_JOB_ATTEMPTS, retryDelayMs };
  const permanent = error instanceof PermanentJobError || Number(job.attempts) >= policy.maxAttempts;
  await db
    .updateTable("jobs")
    .set({
      status: permanent ? "failed" : "pending",
      run_at: permanent
        ? job.run_at
        : new Date(now.getTime() + policy.retryDelayMs(Number(job.attempts))).toISOString(),
      locked_until: null,
      last_error: message,
      updated_at: at,
    })
    .where("id", "=", job.id)
    .execute();
}

/** Runs every due job once (until none is due or `limit` ran); returns how many ran. */
export async function runDueJobs(
  db: Kysely<Database>,
  handlers: JobHandlers,
  options: { now?: () => Date; limit?: number; leaseMs?: number } = {},
): Promise<number> {
  const now = options.now ?? (() => new Date());
  let ran = 0;
  while (ran < (options.limit ?? 100)) {
    const job = await claimNextJob(db, now(), options.leaseMs);
    if (!job) break;
    ran++;
    const handler = handlers[job.kind];
    let error: unknown = null;
    try {
      if (!handler) throw new PermanentJobError(`No handler for jobs of kind "${job.kind}"`);
      await (typeof handler === "function" ? handler : handler.run)(JSON.parse(job.payload), job, now());
    } catch (e) {
      error = e ?? new Error("failed");
    }
    await finishJob(db, job, error, now(), handler);
  }
  return ran;
}

/** Done jobs older than this are deleted; failed ones stay for the delivery log until erased. */
const KEEP_DONE_JOBS_MS = 30 * 86_400_000;

/**
 * Polls the queue while the process lives. Short polls keep mail prompt (a reset link arrives
 * within a second) at the cost of one indexed query per interval.
 */
export function startJobRunner(
  db: Kysely<Database>,
  handlers: JobHandlers,
  options: { pollMs?: number; leaseMs?: number; log?: (error: unknown) => void } = {},
): { stop(): Promise<void> } {
  const log = options.log ?? ((error) => console.error("[jobs]", error));
  let stopped = false;
  let busy = false;
  let running: Promise<void> = Promise.resolve();
  let lastPrune = 0;
  const tick = async () => {
    try {
      await runDueJobs(db, handlers, { leaseMs: options.leaseMs });
      if (Date.now() - lastPrune > 3_600_000) {
        lastPrune = Date.now();
        await db
          .deleteFrom("jobs")
          .where("status", "=", "done")
          .where("updated_at", "<", new Date(Date.now() - KEEP_DONE_JOBS_MS).toISOString())
          .execute();
      }
    } catch (error) {
      log(error);
    }
  };
  const timer = setInterval(() => {
    if (stopped || busy) return;
    busy = true;
    running = tick().finally(() => {
      busy = false;
    });
  }, options.pollMs ?? 500);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
