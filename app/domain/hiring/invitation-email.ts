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
