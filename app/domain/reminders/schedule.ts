import { formatDate, translator, type Locale } from "~/domain/i18n";
import { z } from "zod";

// Deadlines and reminders of invited candidates. Pure: the server decides when to call it.

export const DEFAULT_DEADLINE_DAYS = 14;
export const DEFAULT_REMINDER_DAYS: readonly number[] = [3, 7];
export const MAX_REMINDERS = 3;
const DAY_MS = 86_400_000;

/** The role's reminder days as stored (a JSON array); anything unreadable means no reminders. */
export function parseReminderDays(json: string | null | undefined): number[] {
  try {
    const value: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(value)
      ? value.filter((d): d is number => Number.isInteger(d) && d > 0).slice(0, MAX_REMINDERS)
      : [];
  } catch {
    return [];
  }
}

const dayField = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? undefined : v),
  z.coerce.number().int().min(1).max(90).optional(),
);

/** The deadline-and-reminders form of a role: a deadline and up to three reminders before it. */
export const reminderSettingsSchema = z
  .object({
    deadlineDays: z.coerce
      .number({ message: "Enter the number of days a link works." })
      .int()
      .min(1, "At least 1 day.")
      .max(90, "At most 90 days."),
    reminder1: dayField,
    reminder2: dayField,
    reminder3: dayField,
  })
  .transform((v) => ({
    deadlineDays: v.deadlineDays,
    reminderDays: [v.reminder1, v.reminder2, v.reminder3].filter((d): d is number => d !== undefined),
  }))
  .refine((v) => v.reminderDays.every((d, i) => i === 0 || d > v.reminderDays[i - 1]!), {
    message: "Each reminder must come after the one before it.",
  })
  .refine((v) => v.reminderDays.every((d) => d < v.deadlineDays), {
    message: "Every reminder must come before the link expires.",
  });

export interface ReminderState {
  /** When the current link was sent (or created). */
  sentAt: string;
  expiresAt: string;
  reminderDays: readonly number[];
  remindersSent: number;
  /** Completed, withdrawn or erased: no more reminders. */
  closed: boolean;
}

/** When reminder `number` (1-based) of the current link is due. */
export function reminderDueAt(sentAt: string, reminderDays: readonly number[], number: number): Date | null {
  const days = reminderDays[number - 1];
  return days === undefined ? null : new Date(Date.parse(sentAt) + days * DAY_MS);
}

/** The next reminder still to send, or null when none will be (closed, all sent, or past the deadline). */
export function nextReminder(state: ReminderState): { number: number; dueAt: Date } | null {
  if (state.closed) return null;
  const number = state.remindersSent + 1;
  const dueAt = reminderDueAt(state.sentAt, state.reminderDays, number);
  if (!dueAt || dueAt.getTime() >= Date.parse(state.expiresAt)) return null;
  return { number, dueAt };
}

export function reminderEmail(input: {
  candidateName: string;
  organizationName: string;
  roleTitle: string;
  link: string;
  expiresAt: string;
  replyTo: string | null;
  /** The candidate's language: the attempt's once started, else the invitation's (English by default). */
  locale?: Locale;
}) {
  const locale = input.locale ?? "en";
  const t = translator(locale);
  const names = { organization: input.organizationName, role: input.roleTitle };
  return {
    subject: t("email.reminder.subject", names),
    replyTo: input.replyTo,
    text: [
      t("email.greeting", { name: input.candidateName }),
      "",
      t("email.reminder.body", { ...names, expires: formatDate(locale, input.expiresAt) }),
      input.link,
      "",
      t("email.reminder.ignore"),
    ].join("\n"),
  };
}

/** The candidate row's line: "Reminder 1 sent 4 Dec · next 8 Dec", or null when there is nothing to say. */
export function reminderSummary(status: {
  remindersSent: number;
  lastReminderAt: string | null;
  nextReminderAt: string | null;
}): string | null {
  const day = (iso: string) =>
    new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  const parts: string[] = [];
  if (status.remindersSent > 0 && status.lastReminderAt)
    parts.push(`Reminder ${status.remindersSent} sent ${day(status.lastReminderAt)}`);
  if (status.nextReminderAt)
    parts.push(
      parts.length ? `next ${day(status.nextReminderAt)}` : `Next reminder ${day(status.nextReminderAt)}`,
    );
  return parts.length ? parts.join(" · ") : null;
}
