// The invitation email, in plain text: who is asking, for what, how long it takes, that an
// automated assessment is one input to a human decision, and how to ask for an accommodation.
export function candidateInvitationEmail(input: {
  candidateName: string;
  organizationName: string;
  roleTitle: string;
  link: string;
  expiresAt: string;
  minutes: number;
  contact: string | null;
}): { subject: string; text: string } {
  const expires = new Date(input.expiresAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  return {
    subject: `${input.organizationName} invites you to a short questionnaire for ${input.roleTitle}`,
    text: [
      `Hello ${input.candidateName},`,
      "",
      `As part of your application for ${input.roleTitle}, ${input.organizationName} invites you to a questionnaire of about ${input.minutes} minutes about how you like to work in sales and marketing.`,
      "",
      `Start here (the link works until ${expires}; you can stop and come back with it):`,
      input.link,
      "",
      "This is an automated assessment. It is one input among several, and a person makes every decision.",
      `If you need an accommodation or a different process, ${input.contact ? `contact ${input.contact}` : "reply to this email"}; asking will not count against you.`,
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
