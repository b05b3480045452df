import { sql, type Kysely } from "kysely";
import { dialectOf } from "#db/connection.ts";
import type { Database } from "#db/schema.ts";
import { recordAuditEvent, type Actor } from "./audit-log.server.ts";
import { rememberDeletedLinks } from "./deleted-links.server.ts";
import { deleteGreenhouseJobsAbout } from "./greenhouse.server.ts";
import { deleteWebhookDeliveriesAbout, enqueueWebhookEvent } from "./webhooks.server.ts";

/**
 * Erases candidates of one organization from every table: the invitation (name, email), the
 * attempt with its answers, scores and self-identification, decisions, notes, recorded job
 * outcomes, and the emails this organization sent or queued for them. The audit log keeps one
 * "erased" row per candidate, with ids only. On SQLite the file
 * is then vacuumed and the WAL truncated, so no trace stays in free pages.
 */
export async function eraseCandidates(
  db: Kysely<Database>,
  organizationId: string,
  invitationIds: readonly string[],
  actor: Actor,
): Promise<number> {
  if (invitationIds.length === 0) return 0;
  const erased = await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("candidate_invitations")
      .select(["id", "email", "token_hash", "role_id"])
      .where("organization_id", "=", organizationId)
      .where("id", "in", invitationIds)
      .execute();
    for (const row of rows) {
      // So the candidate's link, opened later, says it was erased rather than "not valid".
      const attempts = await trx
        .selectFrom("attempts")
        .select("token_hash")
        .where("invitation_id", "=", row.id)
        .execute();
      await rememberDeletedLinks(trx, [row.token_hash, ...attempts.map((a) => a.token_hash)]);
      // Attempts hang off the invitation; delete them first so nothing depends on the order of cascades.
      await trx.deleteFrom("attempts").where("invitation_id", "=", row.id).execute();
      await trx
        .deleteFrom("candidate_outcomes")
        .where("organization_id", "=", organizationId)
        .where("invitation_id", "=", row.id)
        .execute();
      await trx
        .deleteFrom("candidate_invitations")
        .where("organization_id", "=", organizationId)
        .where("id", "=", row.id)
        .execute();
      // This organization's mail to them, delivered or queued; other organizations' mail is theirs.
      await trx
        .deleteFrom("outbox_messages")
        .where("organization_id", "=", organizationId)
        .where("to_address", "=", row.email)
        .execute();
      await trx
        .deleteFrom("jobs")
        .where("organization_id", "=", organizationId)
        .where("recipient", "=", row.email.toLowerCase())
        .execute();
      await recordAuditEvent(trx, organizationId, actor, {
        action: "candidate.erase",
        subjectType: "candidate",
        subjectId: row.id,
      });
      // Earlier webhook deliveries about them go (queued or logged); receivers learn of the erasure
      // by id, so they can erase their own copy.
      await deleteWebhookDeliveriesAbout(trx, organizationId, row.id);
      await deleteGreenhouseJobsAbout(trx, organizationId, row.id);
      await enqueueWebhookEvent(
        trx,
        organizationId,
        "candidate.erased",
        { candidate_id: row.id, role_id: row.role_id },
        null,
      );
    }
    return rows.length;
  });
  if (erased > 0) await compact(db);
  return erased;
}

/** Rewrites the SQLite file without free pages and empties the WAL; PostgreSQL reclaims space itself. */
export async function compact(db: Kysely<Database>): Promise<void> {
  if (dialectOf(db) !== "sqlite") return;
  await sql`vacuum`.execute(db);
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}
