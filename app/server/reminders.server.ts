import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { accommodationContact } from "~/domain/hiring/invitation-email";
import { candidateLocale } from "~/domain/i18n/locales";
import { nextReminder, parseReminderDays, reminderDueAt, reminderEmail } from "~/domain/reminders/schedule";
import { hashToken, nowIso } from "./ids.server.ts";
import { enqueueJob } from "./jobs.server.ts";
import { enqueueMail } from "./mail.server.ts";

/**
 * Reminders are jobs of the shared queue, one per invitation and reminder number, scheduled (run_at
 * in the future) when the invitation's link is emailed, since only then is the link itself at hand
 * (the database keeps its hash). The job checks again when it runs: nothing is sent once the
 * assessment is completed, the invitation withdrawn or expired, or its link replaced; a reminder
 * the role no longer has is dropped, and one whose day moved waits until the new day.
 */
export const REMINDER_JOB = "invitation-reminder";

export interface ReminderJobPayload {
  invitationId: string;
  number: number;
  link: string;
}

/** Schedules the role's reminders for a link just emailed; call it in the same transaction. */
export async function scheduleReminders(
  db: Kysely<Database>,
  invitation: {
    id: string;
    organizationId: string;
    email: string;
    link: string;
    sentAt: string;
    expiresAt: string;
  },
  reminderDays: readonly number[],
): Promise<void> {
  const token = invitation.link.slice(invitation.link.lastIndexOf("/") + 1);
  for (let number = 1; number <= reminderDays.length; number++) {
    const due = reminderDueAt(invitation.sentAt, reminderDays, number)!;
    if (due.getTime() >= Date.parse(invitation.expiresAt)) break;
    await enqueueJob(db, {
      kind: REMINDER_JOB,
      payload: { invitationId: invitation.id, number, link: invitation.link } satisfies ReminderJobPayload,
      organizationId: invitation.organizationId,
      recipient: invitation.email.toLowerCase(),
      reference: `candidate-invitation:${invitation.id}`,
      idempotencyKey: `reminder:${invitation.id}:${number}:${hashToken(token).slice(0, 16)}:${due.toISOString()}`,
      runAt: due,
    });
  }
}

/** The reminder job: sends reminder `number` if it is still wanted and due. */
export async function sendReminder(
  db: Kysely<Database>,
  payload: ReminderJobPayload,
  now: Date,
): Promise<void> {
  const inv = await db
    .selectFrom("candidate_invitations")
    .innerJoin("roles", "roles.id", "candidate_invitations.role_id")
    .innerJoin("organizations", "organizations.id", "candidate_invitations.organization_id")
    .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
    .leftJoin("users as inviter", "inviter.id", "candidate_invitations.created_by_user_id")
    .select([
      "candidate_invitations.id",
      "candidate_invitations.organization_id",
      "candidate_invitations.candidate_name",
      "candidate_invitations.email",
      "candidate_invitations.token_hash",
      "candidate_invitations.created_at",
      "candidate_invitations.last_sent_at",
      "candidate_invitations.expires_at",
      "candidate_invitations.revoked_at",
      "candidate_invitations.reminders_sent",
      "roles.title as roleTitle",
      "roles.reminder_days",
      "organizations.name as organizationName",
      "organizations.candidate_contact",
      "attempts.status as attemptStatus",
      "inviter.email as inviterEmail",
      "candidate_invitations.locale as invitationLocale",
      "roles.candidate_locale as roleLocale",
      "attempts.locale as attemptLocale",
    ])
    .where("candidate_invitations.id", "=", payload.invitationId)
    .executeTakeFirst();
  // Erased, or the link was replaced (the new link has its own reminders).
  if (!inv) return;
  const token = payload.link.slice(payload.link.lastIndexOf("/") + 1);
  if (hashToken(token) !== inv.token_hash) return;
  const closed =
    inv.revoked_at !== null ||
    inv.attemptStatus === "completed" ||
    Date.parse(inv.expires_at) <= now.getTime();
  const sentAt = inv.last_sent_at ?? inv.created_at;
  const days = parseReminderDays(inv.reminder_days);
  const next = nextReminder({
    sentAt,
    expiresAt: inv.expires_at,
    reminderDays: days,
    remindersSent: Number(inv.reminders_sent),
    closed,
  });
  if (!next || next.number !== payload.number) return;
  if (next.dueAt.getTime() > now.getTime() + 60_000) {
    // The role's reminder day moved later: wait for it.
    await scheduleReminders(
      db,
      {
        id: inv.id,
        organizationId: inv.organization_id,
        email: inv.email,
        link: payload.link,
        sentAt,
        expiresAt: inv.expires_at,
      },
      days,
    );
    return;
  }
  await db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const claimed = await trx
      .updateTable("candidate_invitations")
      .set({ reminders_sent: payload.number, last_reminder_at: at })
      .where("id", "=", inv.id)
      .where("reminders_sent", "=", payload.number - 1)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return;
    const { replyTo } = accommodationContact(inv.candidate_contact, inv.inviterEmail);
    const content = reminderEmail({
      candidateName: inv.candidate_name,
      organizationName: inv.organizationName,
      roleTitle: inv.roleTitle,
      link: payload.link,
      expiresAt: inv.expires_at,
      replyTo,
      locale: candidateLocale(inv),
    });
    await enqueueMail(
      trx,
      { to: inv.email, ...content },
      { organizationId: inv.organization_id, reference: `candidate-invitation:${inv.id}` },
    );
  });
}

export interface ReminderStatus {
  lastReminderAt: string | null;
  remindersSent: number;
  nextReminderAt: string | null;
}

/**
 * Per candidate shown on the candidate list: the last reminder sent and when the next is due. Only
 * the shown candidates are read (a role can have 10,000; the list shows 25 at a time).
 */
export async function reminderStatuses(
  db: Kysely<Database>,
  organizationId: string,
  invitationIds: readonly string[],
  now = Date.now(),
): Promise<Record<string, ReminderStatus>> {
  if (invitationIds.length === 0) return {};
  const rows = await db
    .selectFrom("candidate_invitations")
    .innerJoin("roles", "roles.id", "candidate_invitations.role_id")
    .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
    .select([
      "candidate_invitations.id",
      "candidate_invitations.created_at",
      "candidate_invitations.last_sent_at",
      "candidate_invitations.expires_at",
      "candidate_invitations.revoked_at",
      "candidate_invitations.reminders_sent",
      "candidate_invitations.last_reminder_at",
      "roles.reminder_days",
      "attempts.status as attemptStatus",
    ])
    .where("candidate_invitations.organization_id", "=", organizationId)
    .where("candidate_invitations.id", "in", invitationIds)
    .execute();
  const out: Record<string, ReminderStatus> = {};
  for (const r of rows) {
    // Reminders go only with emailed links (a copied link was never sent by RoleFit).
    const emailed = r.last_sent_at !== null;
    const closed =
      !emailed || r.revoked_at !== null || r.attemptStatus === "completed" || Date.parse(r.expires_at) <= now;
    const next = nextReminder({
      sentAt: r.last_sent_at ?? r.created_at,
      expiresAt: r.expires_at,
      reminderDays: parseReminderDays(r.reminder_days),
      remindersSent: Number(r.reminders_sent),
      closed,
    });
    out[r.id] = {
      lastReminderAt: r.last_reminder_at,
      remindersSent: Number(r.reminders_sent),
      nextReminderAt: next?.dueAt.toISOString() ?? null,
    };
  }
  return out;
}

/** The role's deadline and reminder days. */
export async function findReminderSettings(db: Kysely<Database>, organizationId: string, roleId: string) {
  const row = await db
    .selectFrom("roles")
    .select(["deadline_days", "reminder_days"])
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
  return row
    ? { deadlineDays: Number(row.deadline_days), reminderDays: parseReminderDays(row.reminder_days) }
    : null;
}

export async function updateReminderSettings(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  settings: { deadlineDays: number; reminderDays: number[] },
): Promise<boolean> {
  const result = await db
    .updateTable("roles")
    .set({
      deadline_days: settings.deadlineDays,
      reminder_days: JSON.stringify(settings.reminderDays),
      updated_at: nowIso(),
    })
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
