import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { eraseCandidates } from "./erasure.server.ts";
import { pruneWebhookLog } from "./webhooks.server.ts";
import { enqueueJob } from "./jobs.server.ts";

const RETENTION_ACTOR = { userId: null, name: "Retention policy" };

/** The latest of some ISO timestamps (ISO-8601 UTC text sorts in time order); null when all are null. */
function latest(times: ReadonlyArray<string | null | undefined>): string | null {
  let out: string | null = null;
  for (const t of times) if (t && (out === null || t > out)) out = t;
  return out;
}

/**
 * Erases, in every organization with a retention period, the candidates nothing has happened to
 * for longer than that period: not invited or reminded, not opened, no answer, no decision, no
 * note, no job outcome recorded. Counting from the last activity, not only from a decision, means candidates nobody decided
 * on are not kept forever. A candidate whose link still works is kept, so a short period never
 * erases someone who may still be answering.
 */
export async function purgeExpiredCandidates(db: Kysely<Database>, now = Date.now()): Promise<number> {
  const orgs = await db
    .selectFrom("organizations")
    .select(["id", "retention_days"])
    .where("retention_days", "is not", null)
    .execute();
  const nowIso = new Date(now).toISOString();
  let total = 0;
  for (const org of orgs) {
    const cutoff = new Date(now - Number(org.retention_days) * 86_400_000).toISOString();
    const rows = await db
      .selectFrom("candidate_invitations as i")
      .leftJoin("attempts as a", "a.invitation_id", "i.id")
      .select([
        "i.id",
        "i.created_at",
        "i.last_sent_at",
        "i.opened_at",
        "i.revoked_at",
        "i.expires_at",
        "a.status",
        "a.updated_at",
        "a.last_answer_at",
        "a.completed_at",
      ])
      .select((eb) => [
        eb
          .selectFrom("candidate_decisions as d")
          .select((x) => x.fn.max("d.decided_at").as("t"))
          .whereRef("d.invitation_id", "=", "i.id")
          .as("decided_at"),
        eb
          .selectFrom("candidate_notes as n")
          .select((x) => x.fn.max("n.created_at").as("t"))
          .whereRef("n.invitation_id", "=", "i.id")
          .as("noted_at"),
        // Recording how a hire did is using their data too (a 12-month rating must not be erased
        // by a shorter period counted from the decision).
        eb
          .selectFrom("candidate_outcomes as o")
          .select((x) => x.fn.max("o.recorded_at").as("t"))
          .whereRef("o.invitation_id", "=", "i.id")
          .as("outcome_at"),
      ])
      .where("i.organization_id", "=", org.id)
      .execute();
    const due = rows.filter((r) => {
      const linkStillWorks = !r.revoked_at && r.status !== "completed" && r.expires_at > nowIso;
      if (linkStillWorks) return false;
      const last = latest([
        r.created_at,
        r.last_sent_at,
        r.opened_at,
        r.revoked_at,
        r.updated_at,
        r.last_answer_at,
        r.completed_at,
        r.decided_at,
        r.noted_at,
        r.outcome_at,
      ]);
      return last !== null && last < cutoff;
    });
    total += await eraseCandidates(
      db,
      org.id,
      due.map((d) => d.id),
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
  return enqueueJob(db, {
    kind: RETENTION_JOB,
    payload: {},
    idempotencyKey: retentionJobKey(now),
    runAt: now,
  });
}

/**
 * Puts the daily purge on the job queue now and checks every hour whether a new day has begun.
 * The purge itself runs wherever the job queue runs; the per-day key makes it run once a day
 * however many processes schedule it.
 */
export function scheduleRetention(db: Kysely<Database>): () => void {
  const enqueue = () =>
    enqueueRetentionPurge(db).catch((error) => console.error("[retention] scheduling failed", error));
  void enqueue();
  const timer = setInterval(enqueue, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** The job handler: purges and says how many candidates were erased. */
export async function runRetentionPurge(
  db: Kysely<Database>,
  log: (message: string) => void = console.log,
): Promise<void> {
  // The webhook delivery log is kept 30 days, whatever the organization's retention.
  await pruneWebhookLog(db);
  const n = await purgeExpiredCandidates(db);
  if (n > 0) log(`Retention: erased ${n} candidate(s) past their organization's retention period.`);
}
