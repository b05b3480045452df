import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import type { AuditCandidate } from "~/domain/fairness/audit-summary";
import { roleFit } from "~/domain/fit/fit";
import type { RoleTargets } from "~/domain/fit/types";
import { profileFromCompact } from "~/domain/hiring/ranking";

/**
 * The scored candidates of an organization (optionally one role), completed within [from, to),
 * with self-identification, whether their latest decision is "advance", and their fit to their role.
 */
export async function auditCandidates(
  db: Kysely<Database>,
  organizationId: string,
  options: { roleId?: string; from?: string; to?: string } = {},
): Promise<AuditCandidate[]> {
  let query = db
    .selectFrom("candidate_invitations")
    .innerJoin("roles", "roles.id", "candidate_invitations.role_id")
    .innerJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
    .innerJoin("attempt_scores", "attempt_scores.attempt_id", "attempts.id")
    .leftJoin("self_identifications", "self_identifications.attempt_id", "attempts.id")
    .select([
      "roles.targets",
      "attempt_scores.profile",
      "self_identifications.sex",
      "self_identifications.race_ethnicity",
      "self_identifications.age_band",
    ])
    .select((eb) =>
      eb
        .selectFrom("candidate_decisions as d")
        .select("d.decision")
        .whereRef("d.invitation_id", "=", "candidate_invitations.id")
        .orderBy("d.decided_at", "desc")
        .limit(1)
        .as("decision"),
    )
    .where("candidate_invitations.organization_id", "=", organizationId)
    .where("attempts.status", "=", "completed");
  if (options.roleId) query = query.where("candidate_invitations.role_id", "=", options.roleId);
  if (options.from) query = query.where("attempts.completed_at", ">=", options.from);
  if (options.to) query = query.where("attempts.completed_at", "<", options.to);
  const rows = await query.execute();
  return rows
    .filter((r) => r.profile)
    .map((r) => ({
      sex: r.sex ?? null,
      raceEthnicity: r.race_ethnicity ?? null,
      ageBand: r.age_band ?? null,
      selected: r.decision === "advance",
      fit: roleFit(profileFromCompact(JSON.parse(r.profile!)), JSON.parse(r.targets) as RoleTargets).fit,
    }));
}
