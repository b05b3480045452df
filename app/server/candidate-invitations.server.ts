import { employerLocale, type Locale } from "~/domain/i18n/locales";
import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { hashToken, isoIn, looksLikeToken, newId, nowIso, randomToken } from "./ids.server.ts";
import {
  accommodationContact,
  candidateInvitationEmail,
  type InvitationEmailDelivery,
} from "~/domain/hiring/invitation-email";
import { currentInstrument, formDuration } from "~/domain/instrument";
import { parseReminderDays } from "~/domain/reminders/schedule";
import { enqueueMail, MAIL_JOB, type MailMessage } from "./mail.server.ts";
import { scheduleReminders } from "./reminders.server.ts";
import { enqueueWebhookEvent } from "./webhooks.server.ts";
import { findOrganizationSettings } from "./organization-settings.server.ts";

/** The deadline of a new role (each role can change its own). */
export const CANDIDATE_INVITATION_TTL_DAYS = 14;

export interface NewCandidate {
  name: string;
  email: string;
}

/** The invitation email for one candidate, given the link to their questionnaire. */
export type InvitationEmailComposer = (
  candidate: NewCandidate,
  link: string,
  expiresAt: string,
  /** The candidate's language for this invitation. */
  locale: Locale,
) => Omit<MailMessage, "to">;

/** What is needed to email an invitation: the public origin of links and the composer. */
export interface InvitationEmail {
  origin: string;
  compose: InvitationEmailComposer;
}

/** The job reference that ties an invitation's emails to it (their delivery state is shown). */
export const invitationMailReference = (invitationId: string) => `candidate-invitation:${invitationId}`;

/** The invitation email of one organization and role, with the organization's candidate contact. */
export async function invitationEmailFor(
  db: Kysely<Database>,
  organization: { id: string; name: string },
  roleTitle: string,
  origin: string,
  /** Who sends it: replies and accommodation requests reach them when the organization set no contact. */
  inviterEmail: string,
): Promise<InvitationEmail> {
  const settings = await findOrganizationSettings(db, organization.id);
  const minutes = Math.round(formDuration(currentInstrument().forms, "adaptive").typicalSeconds / 60);
  const { contact, replyTo } = accommodationContact(settings.candidateContact, inviterEmail);
  return {
    origin,
    compose: (c, link, expiresAt, locale) =>
      candidateInvitationEmail({
        locale,
        candidateName: c.name,
        organizationName: organization.name,
        roleTitle,
        link,
        expiresAt,
        minutes,
        contact,
        replyTo,
      }),
  };
}

/**
 * The delivery state of each invitation's latest email, from the job queue (an invitation never
 * emailed has no entry). Emails are looked up by reference, within the organization.
 */
export async function invitationEmailDeliveries(
  db: Kysely<Database>,
  organizationId: string,
  invitationIds: readonly string[],
): Promise<Map<string, InvitationEmailDelivery>> {
  const deliveries = new Map<string, InvitationEmailDelivery>();
  if (invitationIds.length === 0) return deliveries;
  const byReference = new Map(invitationIds.map((id) => [invitationMailReference(id), id]));
  const rows = await db
    .selectFrom("jobs")
    .select(["reference", "status", "last_error", "created_at"])
    .where("organization_id", "=", organizationId)
    .where("kind", "=", MAIL_JOB)
    .where("reference", "in", [...byReference.keys()])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  // Ordered oldest first, so the latest email of each invitation is the one left in the map.
  for (const row of rows) {
    const id = byReference.get(row.reference ?? "");
    if (!id) continue;
    const state = row.status === "done" ? "sent" : row.status === "failed" ? "failed" : "queued";
    deliveries.set(id, { state, error: state === "sent" ? null : row.last_error, queuedAt: row.created_at });
  }
  return deliveries;
}

/**
 * Creates invitations (all or none) and returns each with the token for its link. With `email`,
 * each invitation's email is queued in the same transaction, so an invitation is never saved
 * without its email or emailed without being saved, and so are the role's reminders. The link
 * works for the role's deadline (`ttlDays` overrides it).
 */
export async function createCandidateInvitations(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  candidates: readonly NewCandidate[],
  options: {
    createdByUserId: string | null;
    ttlDays?: number;
    email?: InvitationEmail;
    /** The language of these invitations; null or absent: the role's. */
    locale?: Locale | null;
  },
): Promise<Array<NewCandidate & { id: string; token: string }>> {
  const now = nowIso();
  const created = candidates.map((c) => ({ ...c, id: newId(), token: randomToken() }));
  const email = options.email;
  await db.transaction().execute(async (trx) => {
    const role = await trx
      .selectFrom("roles")
      .select(["deadline_days", "reminder_days", "candidate_locale"])
      .where("organization_id", "=", organizationId)
      .where("id", "=", roleId)
      .executeTakeFirst();
    const locale = employerLocale(options.locale ?? null, role?.candidate_locale ?? null) ?? "en";
    const expires = isoIn(
      (options.ttlDays ?? Number(role?.deadline_days ?? CANDIDATE_INVITATION_TTL_DAYS)) * 86_400_000,
    );
    const reminderDays = parseReminderDays(role?.reminder_days);
    for (const c of created) {
      await trx
        .insertInto("candidate_invitations")
        .values({
          id: c.id,
          organization_id: organizationId,
          role_id: roleId,
          candidate_name: c.name,
          email: c.email,
          token_hash: hashToken(c.token),
          created_by_user_id: options.createdByUserId,
          created_at: now,
          expires_at: expires,
          last_sent_at: email ? now : null,
          send_count: email ? 1 : 0,
          opened_at: null,
          revoked_at: null,
          locale: options.locale ?? null,
        })
        .execute();
      if (email) {
        const link = `${email.origin}/i/${c.token}`;
        const content = email.compose(c, link, expires, locale);
        await enqueueMail(
          trx,
          { to: c.email, ...content },
          { organizationId, reference: invitationMailReference(c.id) },
        );
        await scheduleReminders(
          trx,
          { id: c.id, organizationId, email: c.email, link, sentAt: now, expiresAt: expires },
          reminderDays,
        );
      }
    }
  });
  return created;
}

export type CandidateInvitationLookup =
  | {
      status: "valid";
      id: string;
      organizationId: string;
      organizationName: string;
      candidateContact: string | null;
      /** The person who created the invitation, when they still have an account. */
      inviterEmail: string | null;
      roleTitle: string;
      candidateName: string;
      expiresAt: string;
      hasAttempt: boolean;
      /** The employer's language for this invitation (its own, else its role's); null: none set. */
      locale: Locale | null;
    }
  | { status: "unknown" }
  | { status: "expired" | "revoked"; organizationName: string; hasAttempt: boolean; locale: Locale | null };

export async function lookUpCandidateInvitation(
  db: Kysely<Database>,
  token: unknown,
  now = Date.now(),
): Promise<CandidateInvitationLookup> {
  if (!looksLikeToken(token)) return { status: "unknown" };
  const row = await db
    .selectFrom("candidate_invitations")
    .innerJoin("organizations", "organizations.id", "candidate_invitations.organization_id")
    .innerJoin("roles", "roles.id", "candidate_invitations.role_id")
    .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
    .leftJoin("users as inviter", "inviter.id", "candidate_invitations.created_by_user_id")
    .select([
      "inviter.email as inviterEmail",
      "candidate_invitations.id",
      "candidate_invitations.organization_id",
      "candidate_invitations.candidate_name",
      "candidate_invitations.expires_at",
      "candidate_invitations.revoked_at",
      "organizations.name as organizationName",
      "organizations.candidate_contact",
      "roles.title as roleTitle",
      "attempts.id as attemptId",
      "candidate_invitations.locale",
      "roles.candidate_locale as roleLocale",
    ])
    .where("candidate_invitations.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return { status: "unknown" };
  const hasAttempt = row.attemptId !== null;
  const locale = employerLocale(row.locale, row.roleLocale);
  if (row.revoked_at)
    return { status: "revoked", organizationName: row.organizationName, hasAttempt, locale };
  if (Date.parse(row.expires_at) <= now)
    return { status: "expired", organizationName: row.organizationName, hasAttempt, locale };
  return {
    status: "valid",
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organizationName,
    candidateContact: row.candidate_contact,
    inviterEmail: row.inviterEmail,
    roleTitle: row.roleTitle,
    candidateName: row.candidate_name,
    expiresAt: row.expires_at,
    hasAttempt,
    locale,
  };
}

/** Notes the first time the candidate opened the link (for the "opened" status and its webhook). */
export async function markInvitationOpened(db: Kysely<Database>, invitationId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = nowIso();
    const result = await trx
      .updateTable("candidate_invitations")
      .set({ opened_at: at })
      .where("id", "=", invitationId)
      .where("opened_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return;
    const inv = await trx
      .selectFrom("candidate_invitations")
      .select(["organization_id", "role_id"])
      .where("id", "=", invitationId)
      .executeTakeFirstOrThrow();
    await enqueueWebhookEvent(
      trx,
      inv.organization_id,
      "invitation.opened",
      { candidate_id: invitationId, role_id: inv.role_id, opened_at: at },
      invitationId,
    );
  });
}

/** Whether the candidate (of this organization) finished the assessment. */
export async function hasCompletedAttempt(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("candidate_invitations")
    .innerJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
    .select("attempts.id")
    .where("candidate_invitations.organization_id", "=", organizationId)
    .where("candidate_invitations.id", "=", invitationId)
    .where("attempts.status", "=", "completed")
    .executeTakeFirst();
  return row !== undefined;
}
