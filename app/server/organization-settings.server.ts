import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";

export interface OrganizationSettings {
  name: string;
  candidateContact: string | null;
  showReportsToCandidates: boolean;
  /** Days after a candidate's last activity before they are erased; null keeps candidates until erased by hand. */
  retentionDays: number | null;
}

export async function findOrganizationSettings(
  db: Kysely<Database>,
  organizationId: string,
): Promise<OrganizationSettings> {
  const row = await db
    .selectFrom("organizations")
    .select(["name", "candidate_contact", "show_reports_to_candidates", "retention_days"])
    .where("id", "=", organizationId)
    .executeTakeFirstOrThrow();
  return {
    name: row.name,
    candidateContact: row.candidate_contact,
    showReportsToCandidates: Number(row.show_reports_to_candidates) === 1,
    retentionDays: row.retention_days === null ? null : Number(row.retention_days),
  };
}

export async function updateOrganizationSettings(
  db: Kysely<Database>,
  organizationId: string,
  settings: OrganizationSettings,
): Promise<void> {
  await db
    .updateTable("organizations")
    .set({
      name: settings.name,
      candidate_contact: settings.candidateContact,
      show_reports_to_candidates: settings.showReportsToCandidates ? 1 : 0,
      retention_days: settings.retentionDays,
    })
    .where("id", "=", organizationId)
    .execute();
}
