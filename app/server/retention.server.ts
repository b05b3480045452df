import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { eraseCandidates } from "./erasure.server.ts";
import { enqueueJob } from "./jobs.server.ts";

const RETENTION_ACTOR = { userId: null, name: "Retention policy" };

/**
 * Erases, in every organization with a retention period, the candidates whose latest decision is
 * older than that period. Candidates without a decision are kept: the clock starts at a decision.
 */
export async function purgeExpiredCandidates(db: Kysely<Database>, now = Date.now()): Promise<number> {
  const orgs = await db.selectFrom("organizations").select(["id", "retention_days"]).where("retention_days", "is not", null).execute();
  let total = 0;
  for (const org of orgs) {
    const cutoff = new Date(now - Number(org.retention_days) * 86_400_000).toISOString();
    const due = await db
      .selectFrom("candidate_decisions")
      .select("invitation_id")
      .where("organization_id", "=", org.id)
      .groupBy("invitation_id")
      .having((eb) => eb.fn.max("decided_at"), "<", cutoff)
      .execute();
    total += await eraseCandidates(
      db,
      org.id,
      due.map((d) => d.invitation_id),
      RETENTION_ACTOR,
    );
  }
  return total;
}

/** The job kind that runs the purge; one job per UTC day (see scheduleRetention). */
export const RETENTION_JOB = "retention-purge";

/** The idempotency key of a day's purge, e.g. "retention:2026-11-30": at most one job per day. */
export function retentionJobKey(now: Date): string {
  return `retention:${now.toISOString().slice(0, 10)}`;
}

/** Enqueues today's purge; a second call on the same day (from any process) adds nothing. */
export function enqueueRetentionPurge(db: Kysely<Database>, now = new Date()): Promise<void> {
  return enqueueJob(db, { kind: RETENTION_JOB, payload: {}, idempotencyKey: retentionJobKey(now), runAt: now });
}

/**
 * Puts the daily purge on the job queue now and checks every hour whether a new day has begun.
 * The purge itself runs wherever the job queue runs; the per-day key makes it run once a day
 * however many processes schedule it.
 */
export function scheduleRetention(db: Kysely<Database>): () => void {
  const enqueue = () => enqueueRetentionPurge(db).catch((error) => console.error("[retention] scheduling failed", error));
  void enqueue();
  const timer = setInterval(enqueue, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** The job handler: purges and says how many candidates were erased. */
export async function runRetentionPurge(db: Kysely<Database>, log: (message: string) => void = console.log): Promise<void> {
  const n = await purgeExpiredCandidates(db);
  if (n > 0) log(`Retention: erased ${n} candidate(s) past their organization's retention period.`);
}
