import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";

export interface AttemptAccess {
  /** The inviting organization, or null for a self-assessment. */
  organizationName: string | null;
  /** Whether the candidate may see their own report. */
  reportVisible: boolean;
  /** Why no more answers are taken (invitation withdrawn or expired), else null. */
  closedReason: string | null;
}

/** The part of an attempt that decides access (attempts.server.ts imports this module, not the reverse). */
export interface AttemptOrigin {
  kind: "self" | "invited";
  invitationId: string | null;
}

/** What the candidate behind an attempt may do, given its invitation and organization. */
export async function attemptAccess(
  db: Kysely<Database>,
  attempt: AttemptOrigin,
  now = Date.now(),
): Promise<AttemptAccess> {
  if (attempt.kind === "self" || !attempt.invitationId)
    return { organizationName: null, reportVisible: true, closedReason: null };
  const row = await db
    .selectFrom("candidate_invitations")
    .innerJoin("organizations", "organizations.id", "candidate_invitations.organization_id")
    .select([
      "organizations.name",
      "organizations.show_reports_to_candidates",
      "candidate_invitations.expires_at",
      "candidate_invitations.revoked_at",
    ])
    .where("candidate_invitations.id", "=", attempt.invitationId)
    .executeTakeFirst();
  if (!row)
    return {
      organizationName: null,
      reportVisible: false,
      closedReason: "This invitation no longer exists.",
    };
  const closedReason = row.revoked_at
    ? `${row.name} withdrew this invitation, so no more answers can be taken.`
    : Date.parse(row.expires_at) <= now
      ? `This invitation expired on ${new Date(row.expires_at).toLocaleDateString("en-GB")}. Ask ${row.name} for a new one if you still want to take part.`
      : null;
  return {
    organizationName: row.name,
    reportVisible: Number(row.show_reports_to_candidates) === 1,
    closedReason,
  };
}
