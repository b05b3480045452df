import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import type { LogoType } from "~/domain/accounts/logo";
import { recordAuditEvent, type Actor } from "./audit-log.server.ts";
import { newId, nowIso } from "./ids.server.ts";

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

/** The id of the organization's current logo (its public URL's last part), or null. */
export async function currentLogoId(db: Kysely<Database>, organizationId: string): Promise<string | null> {
  const row = await db
    .selectFrom("organization_logos")
    .select("id")
    .where("organization_id", "=", organizationId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The public address of a logo: absolute, from the configured origin, since emails show it. */
export const logoUrl = (origin: string, logoId: string) => `${origin}/logos/${logoId}`;

/**
 * Replaces the organization's logo (the caller checked the bytes). A new id each time, so a cached
 * copy of the old logo is never shown for the new one. Returns the new id.
 */
export async function saveOrganizationLogo(
  db: Kysely<Database>,
  organizationId: string,
  logo: { bytes: Uint8Array; contentType: LogoType },
  actor: Actor,
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("organization_logos").where("organization_id", "=", organizationId).execute();
    await trx
      .insertInto("organization_logos")
      .values({
        id,
        organization_id: organizationId,
        content_type: logo.contentType,
        bytes: logo.bytes,
        created_at: nowIso(),
      })
      .execute();
    await recordAuditEvent(trx, organizationId, actor, {
      action: "organization.logo-update",
      subjectType: "organization",
      subjectId: organizationId,
      details: { logo: id },
    });
  });
  return id;
}

export async function removeOrganizationLogo(
  db: Kysely<Database>,
  organizationId: string,
  actor: Actor,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom("organization_logos")
      .where("organization_id", "=", organizationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await recordAuditEvent(trx, organizationId, actor, {
      action: "organization.logo-update",
      subjectType: "organization",
      subjectId: organizationId,
      details: { logo: null },
    });
    return true;
  });
}

/** A logo by its public id, for the public logo URL (nothing else about the organization). */
export async function findLogo(db: Kysely<Database>, logoId: string) {
  const row = await db
    .selectFrom("organization_logos")
    .select(["content_type", "bytes"])
    .where("id", "=", logoId)
    .executeTakeFirst();
  return row ? { contentType: row.content_type, bytes: new Uint8Array(row.bytes) } : null;
}
