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
}): { subject: string; text: string; replyTo: string } {
  const expires = new Date(input.expiresAt).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const contactIsReplyTo = input.contact === input.replyTo;
  return {
    subject: `${input.organizationName} invites you to a short questionnaire for ${input.roleTitle}`,
    replyTo: input.replyTo,
    text: [
      `Hello ${input.candidateName},`,
      "",
      `As part of your application for ${input.roleTitle}, ${input.organizationName} invites you to a questionnaire of about ${input.minutes} minutes about how you like to work in sales and marketing.`,
      "",
      `Start here (the link works until ${expires}; you can stop and come back with it):`,
      input.link,
      "",
      "This is an automated assessment. It is one input among several, and a person makes every decision.",
      contactIsReplyTo
        ? `If you need an accommodation or a different process, reply to this email (it reaches ${input.replyTo}); asking will not count against you.`
        : `If you need an accommodation or a different process: ${input.contact}. You can also reply to this email (it reaches ${input.replyTo}). Asking will not count against you.`,
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
