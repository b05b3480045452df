import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { eraseCandidates } from "./erasure.server.ts";

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

/** Runs the purge now and then once a day, for as long as the process lives. */
export function scheduleRetention(db: Kysely<Database>, log: (message: string) => void = console.log): () => void {
  const run = () =>
    purgeExpiredCandidates(db).then(
      (n) => n > 0 && log(`Retention: erased ${n} candidate(s) past their organization's retention period.`),
      (error) => console.error("[retention] purge failed", error),
    );
  void run();
  const timer = setInterval(run, 24 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
