import nodemailer from "nodemailer";
import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { newId, nowIso } from "./ids.server.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Where replies go when the sender address does not take mail (MAIL_FROM is no-reply by default). */
  replyTo?: string;
}

export interface Mailer {
  /** "outbox" when messages stay on this machine (no SMTP configured). */
  kind: "smtp" | "outbox";
  send(message: MailMessage): Promise<void>;
}

export function createMailer(options: { db: Kysely<Database>; smtpUrl?: string; from: string; quiet?: boolean }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: "smtp",
      async send(m) {
        await transport.sendMail({ from: options.from, to: m.to, subject: m.subject, text: m.text, ...(m.replyTo ? { replyTo: m.replyTo } : {}) });
      },
    };
  }
  // Without SMTP, mail lands in the dev outbox (a page on loopback) and on the console, so a local
  // install can still reset passwords and accept invitations.
  return {
    kind: "outbox",
    async send(m) {
      await options.db
        .insertInto("outbox_messages")
        .values({ id: newId(), to_address: m.to, subject: m.subject, text_body: m.text, reply_to: m.replyTo ?? null, created_at: nowIso() })
        .execute();
      if (!options.quiet) console.log(`[mail] to ${m.to}${m.replyTo ? ` (reply-to ${m.replyTo})` : ""}: ${m.subject}\n${m.text}\n`);
    },
  };
}

export async function listOutbox(db: Kysely<Database>, limit = 50) {
  return db.selectFrom("outbox_messages").selectAll().orderBy("created_at", "desc").limit(limit).execute();
}
