import { formatDate, translator, type Locale } from "~/domain/i18n";
// The invitation email, in plain text: who is asking, for what, how long it takes, that an
// automated assessment is one input to a human decision, and how to ask for an accommodation.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Who a candidate asks for an accommodation, and where replies to the invitation go. The
 * organization's contact when it has one (an address or a short instruction); otherwise the person
 * who sent the invitation, so there is always someone. Replies go to the contact when it is an
 * address, else to the inviter: the sender address itself (MAIL_FROM) is usually no-reply.
 */
export function accommodationContact(
  organizationContact: string | null,
  inviterEmail: string,
): { contact: string; replyTo: string };
export function accommodationContact(
  organizationContact: string | null,
  inviterEmail: string | null,
): { contact: string | null; replyTo: string | null };
export function accommodationContact(
  organizationContact: string | null,
  inviterEmail: string | null,
): { contact: string | null; replyTo: string | null } {
  const contact = organizationContact?.trim() || inviterEmail || null;
  const replyTo =
    organizationContact && EMAIL.test(organizationContact.trim()) ? organizationContact.trim() : inviterEmail;
  return { contact, replyTo };
}

export function candidateInvitationEmail(input: {
  candidateName: string;
  organizationName: string;
  roleTitle: string;
  link: string;
  expiresAt: string;
  minutes: number;
  /** From accommodationContact. */
  contact: string;
  replyTo: string;
  /** The candidate's language (the invitation's, else its role's; English when neither is set). */
  locale?: Locale;
}): { subject: string; text: string; replyTo: string } {
  const locale = input.locale ?? "en";
  const t = translator(locale);
  const names = { organization: input.organizationName, role: input.roleTitle };
  const expires = formatDate(locale, input.expiresAt);
  const contactIsReplyTo = input.contact === input.replyTo;
  return {
    subject: t("email.invite.subject", names),
    replyTo: input.replyTo,
    text: [
      t("email.greeting", { name: input.candidateName }),
      "",
      t("email.invite.body", { ...names, minutes: input.minutes }),
      "",
      t("email.invite.start", { expires }),
      input.link,
      "",
      t("email.invite.automated"),
      contactIsReplyTo
        ? t("email.invite.replyAccommodation", { replyTo: input.replyTo })
        : t("email.invite.contactAccommodation", { contact: input.contact, replyTo: input.replyTo }),
    ].join("\n"),
  };
}

/** Where an invitation's latest email is: waiting (or retrying) in the job queue, sent, or given up. */
export interface InvitationEmailDelivery {
  state: "queued" | "sent" | "failed";
  /** The mail server's last answer when a try failed (a retry may still be coming if queued). */
  error: string | null;
  /** When the email was queued. */
  queuedAt: string;
}

/** One line for a manager: what happened to the invitation email. */
export function invitationEmailLabel(delivery: InvitationEmailDelivery): string {
  if (delivery.state === "sent") return "Email sent";
  if (delivery.state === "failed") return `Email failed: ${delivery.error ?? "the mail server refused it"}`;
  return delivery.error ? `Email queued, retrying (last try: ${delivery.error})` : "Email queued";
}
