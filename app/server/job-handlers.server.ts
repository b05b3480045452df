import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import type { JobHandlers } from "./jobs.server.ts";
import { MAIL_JOB, type MailMessage, type MailMeta, type Mailer } from "./mail.server.ts";
import { PASSWORD_RESET_JOB, processPasswordReset } from "./password-resets.server.ts";
import { RETENTION_JOB, runRetentionPurge } from "./retention.server.ts";
import { processSignupRequest, SIGNUP_JOB, type SignupRequest } from "./signups.server.ts";
import type { Env } from "./env.server.ts";
import { GREENHOUSE_COMPLETE_JOB, greenhouseCompletionHandler } from "./greenhouse.server.ts";
import { REMINDER_JOB, sendReminder, type ReminderJobPayload } from "./reminders.server.ts";
import { WEBHOOK_JOB, webhookDeliveryHandler } from "./webhooks.server.ts";

/** What each kind of job does. Add a kind here, with its enqueue function beside its data access. */
export function createJobHandlers(services: {
  db: Kysely<Database>;
  mailer: Mailer;
  env: Pick<Env, "publicOrigin" | "nodeEnv" | "webhookPrivateOrigins" | "sessionSecret">;
}): JobHandlers {
  const { db, mailer, env } = services;
  return {
    [MAIL_JOB]: (payload: { message: MailMessage; meta: MailMeta }) =>
      mailer.deliver(payload.message, payload.meta),
    [PASSWORD_RESET_JOB]: (payload: { email: string }, job) =>
      processPasswordReset(db, env.publicOrigin, payload.email, job.id),
    [SIGNUP_JOB]: (payload: SignupRequest, job) =>
      processSignupRequest(db, env.publicOrigin, payload, job.id),
    [WEBHOOK_JOB]: webhookDeliveryHandler(db, env),
    [GREENHOUSE_COMPLETE_JOB]: greenhouseCompletionHandler(db, env),
    [REMINDER_JOB]: (payload: ReminderJobPayload, _job, now) => sendReminder(db, payload, now),
    [RETENTION_JOB]: () => runRetentionPurge(db),
  };
}
