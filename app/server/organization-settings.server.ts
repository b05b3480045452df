import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";

export interface OrganizationSettings {
  name: string;
  candidateContact: string | null;
  showReportsToCandidates: boolean;
}

export async function findOrganizationSettings(db: Kysely<Database>, organizationId: string): Promise<OrganizationSettings> {
  const row = await db
    .selectFrom("organizations")
    .select(["name", "candidate_contact", "show_reports_to_candidates"])
    .where("id", "=", organizationId)
    .executeTakeFirstOrThrow();
  return { name: row.name, candidateContact: row.candidate_contact, showReportsToCandidates: Number(row.show_reports_to_candidates) === 1 };
}

export async function updateOrganizationSettings(db: Kysely<Database>, organizationId: string, settings: OrganizationSettings): Promise<void> {
  await db
    .updateTable("organizations")
    .set({ name: settings.name, candidate_contact: settings.candidateContact, show_reports_to_candidates: settings.showReportsToCandidates ? 1 : 0 })
    .where("id", "=", organizationId)
    .execute();
}
