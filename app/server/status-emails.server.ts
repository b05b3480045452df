import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { DECISIONS, type Decision } from "~/domain/hiring/candidate-status";
import { accommodationContact } from "~/domain/hiring/invitation-email";
import {
  DEFAULT_STATUS_EMAIL_TEMPLATES,
  defaultStatusEmailTemplate,
  statusEmail,
  type StatusEmailTemplate,
} from "~/domain/hiring/status-email";
import type { Locale } from "~/domain/i18n/locales";
import { recordAuditEvent, type Actor } from "./audit-log.server.ts";
import { newId, nowIso } from "./ids.server.ts";
import type { MailMessage } from "./mail.server.ts";
import { currentLogoId, findOrganizationSettings, logoUrl } from "./organization-settings.server.ts";

/** Each kind's template as the organization uses it: its own wording, else the default. */
export async function findStatusEmailTemplates(
  db: Kysely<Database>,
  organizationId: string,
): Promise<Record<Decision, StatusEmailTemplate & { custom: boolean }>> {
  const rows = await db
    .selectFrom("decision_email_templates")
    .select(["kind", "subject", "body"])
    .where("organization_id", "=", organizationId)
    .execute();
  const own = new Map(rows.map((r) => [r.kind, r]));
  return Object.fromEntries(
    DECISIONS.map((kind) => {
      const row = own.get(kind);
      return [
        kind,
        row
          ? { subject: row.subject, body: row.body, custom: true }
          : { ...DEFAULT_STATUS_EMAIL_TEMPLATES[kind], custom: false },
      ];
    }),
  ) as Record<Decision, StatusEmailTemplate & { custom: boolean }>;
}

/** Saves the organization's wording of one kind (validated by statusEmailTemplateSchema). */
export async function saveStatusEmailTemplate(
  db: Kysely<Database>,
  organizationId: string,
  kind: Decision,
  template: StatusEmailTemplate,
  actor: Actor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = nowIso();
    await trx
      .insertInto("decision_email_templates")
      .values({ id: newId(), organization_id: organizationId, kind, ...template, updated_at: at })
      .onConflict((oc) =>
        oc.columns(["organization_id", "kind"]).doUpdateSet({ ...template, updated_at: at }),
      )
      .execute();
    await recordAuditEvent(trx, organizationId, actor, {
      action: "email-template.update",
      subjectType: "organization",
      subjectId: organizationId,
      details: { kind },
    });
  });
}

/** Back to the default text for one kind. */
export async function resetStatusEmailTemplate(
  db: Kysely<Database>,
  organizationId: string,
  kind: Decision,
  actor: Actor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("decision_email_templates")
      .where("organization_id", "=", organizationId)
      .where("kind", "=", kind)
      .execute();
    await recordAuditEvent(trx, organizationId, actor, {
      action: "email-template.update",
      subjectType: "organization",
      subjectId: organizationId,
      details: { kind, reset: true },
    });
  });
}

/** Writes one candidate's status email for a decision (without the recipient). */
export type StatusEmailComposer = (
  candidate: { name: string; locale?: Locale },
  decision: Decision,
) => Omit<MailMessage, "to">;

/**
 * The status emails of one organization and role: its templates, name and logo, and replies going
 * where replies to its invitations go (the candidate contact when it is an address, else the
 * person deciding). Read once per request, then composed per candidate.
 */
export async function statusEmailFor(
  db: Kysely<Database>,
  decider: { organizationId: string; organizationName: string; user: { email: string } },
  roleTitle: string,
  origin: string,
): Promise<StatusEmailComposer> {
  const organization = { id: decider.organizationId, name: decider.organizationName };
  const deciderEmail = decider.user.email;
  const [templates, settings, logoId] = await Promise.all([
    findStatusEmailTemplates(db, organization.id),
    findOrganizationSettings(db, organization.id),
    currentLogoId(db, organization.id),
  ]);
  const { replyTo } = accommodationContact(settings.candidateContact, deciderEmail);
  // The organization's own wording goes to everyone; the default goes in the candidate's language.
  return (candidate, decision) => {
    const own = templates[decision].custom;
    const locale = own ? "en" : (candidate.locale ?? "en");
    return statusEmail({
      template: own ? templates[decision] : defaultStatusEmailTemplate(decision, locale),
      locale,
      values: {
        candidate_name: candidate.name,
        role_title: roleTitle,
        organization_name: settings.name || organization.name,
      },
      logoUrl: logoId ? logoUrl(origin, logoId) : null,
      replyTo,
    });
  };
}

/** The job reference of a candidate's status emails (kept apart from their invitation's delivery state). */
export const statusMailReference = (invitationId: string) => `candidate-status:${invitationId}`;
