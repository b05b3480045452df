// The account emails, in plain text. Links are built by the caller from the configured public
// address, never from a request.

export interface EmailContent {
  subject: string;
  text: string;
}

export function passwordResetEmail(input: { name: string; link: string }): EmailContent {
  return {
    subject: "Reset your RoleFit password",
    text: [
      `Hello ${input.name},`,
      "",
      "Someone (hopefully you) asked to reset your RoleFit password. Open this link within an hour to choose a new one:",
      "",
      input.link,
      "",
      "If you did not ask, ignore this email; your password stays as it is.",
    ].join("\n"),
  };
}

export function confirmSignupEmail(input: {
  name: string;
  organizationName: string;
  link: string;
}): EmailContent {
  return {
    subject: "Confirm your email to finish creating your RoleFit account",
    text: [
      `Hello ${input.name},`,
      "",
      `To create your RoleFit account and the workspace "${input.organizationName}", open this link within 24 hours:`,
      "",
      input.link,
      "",
      "If you did not sign up, ignore this email: nothing is created until the link is opened.",
    ].join("\n"),
  };
}

/** Sent instead of a confirmation when the address already has an account, so sign-up reveals nothing. */
export function existingAccountEmail(input: {
  name: string;
  loginLink: string;
  resetLink: string;
}): EmailContent {
  return {
    subject: "You already have a RoleFit account",
    text: [
      `Hello ${input.name},`,
      "",
      "Someone (hopefully you) tried to create a RoleFit account with this address, which already has one.",
      "",
      `Sign in: ${input.loginLink}`,
      `Forgot your password? Reset it: ${input.resetLink}`,
      "",
      "To start another workspace, sign in and create a new organization from the menu.",
      "If this was not you, ignore this email; nothing changed.",
    ].join("\n"),
  };
}

export function teamInvitationEmail(input: {
  inviterName: string;
  organizationName: string;
  roleLabel: string;
  link: string;
}): EmailContent {
  return {
    subject: `${input.inviterName} invited you to ${input.organizationName} on RoleFit`,
    text: [
      "Hello,",
      "",
      `${input.inviterName} invited you to join ${input.organizationName} on RoleFit as ${input.roleLabel.toLowerCase()}.`,
      "",
      "Accept the invitation here (the link works for 14 days):",
      "",
      input.link,
    ].join("\n"),
  };
}
