import nodemailer from "nodemailer";
import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { newId, nowIso } from "./ids.server.ts";
import { enqueueJob } from "./jobs.server.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** An HTML part beside the text (candidate status emails carry the organization's logo). */
  html?: string;
  /** Where replies go (an organization's contact), since the sender address takes no replies. */
  replyTo?: string | null;
}

export interface MailMeta {
  /** The organization whose mail this is; null for account mail (sign-up, password reset). */
  organizationId: string | null;
  /** What the mail announces, e.g. "candidate-invitation:<id>", to show its delivery state. */
  reference?: string;
  idempotencyKey?: string;
}

/** Hands a message to SMTP or to the dev outbox. Only the job queue calls this. */
export interface Mailer {
  /** "outbox" when messages stay on this machine (no SMTP configured). */
  kind: "smtp" | "outbox";
  deliver(message: MailMessage, meta: MailMeta): Promise<void>;
}

export const MAIL_JOB = "mail";

/**
 * Every email goes through here: it becomes a job in the same transaction (pass the transaction as
 * `db`) as whatever it announces, and the job queue delivers it with retries. A slow or failing SMTP
 * server therefore never fails a request, loses a link, or makes a request's timing depend on
 * whether the address has an account.
 */
export async function enqueueMail(db: Kysely<Database>, message: MailMessage, meta: MailMeta): Promise<void> {
  await enqueueJob(db, {
    kind: MAIL_JOB,
    payload: { message, meta },
    organizationId: meta.organizationId,
    recipient: message.to.toLowerCase(),
    reference: meta.reference ?? null,
    idempotencyKey: meta.idempotencyKey ?? null,
  });
}

export function createMailer(options: {
  db: Kysely<Database>;
  smtpUrl?: string;
  from: string;
  quiet?: boolean;
  outboxUrl?: string;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: "smtp",
      async deliver(m) {
        await transport.sendMail({
          from: options.from,
          to: m.to,
          replyTo: m.replyTo ?? undefined,
          subject: m.subject,
          text: m.text,
          html: m.html,
        });
      },
    };
  }
  // Without SMTP, mail lands in the dev outbox (a page for visitors on this machine only). The
  // console says that a message arrived, never to whom or what it says: logs outlive erasure.
  return {
    kind: "outbox",
    async deliver(m, meta) {
      await options.db
        .insertInto("outbox_messages")
        .values({
          id: newId(),
          organization_id: meta.organizationId,
          to_address: m.to,
          subject: m.subject,
          text_body: m.text,
          reply_to: m.replyTo ?? null,
          html_body: m.html ?? null,
          created_at: nowIso(),
        })
        .execute();
      if (!options.quiet)
        console.log(
          `[mail] A message is waiting in the dev outbox${options.outboxUrl ? `: ${options.outboxUrl}` : ""}`,
        );
    },
  };
}

export async function listOutbox(db: Kysely<Database>, limit = 50) {
  return db.selectFrom("outbox_messages").selectAll().orderBy("created_at", "desc").limit(limit).execute();
}
