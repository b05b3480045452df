// Every settings page, in the order the settings index lists them, with who may open it: the same
// role each page's own guard asks for (tests/integration/settings-index.test.ts keeps them in step).
import type { MemberRole } from "./policy";

export interface SettingsPage {
  path: string;
  title: string;
  description: string;
  /** The least role that may open it. */
  role: MemberRole;
}

export const SETTINGS_PAGES: readonly SettingsPage[] = [
  {
    path: "/settings/members",
    title: "Members",
    description: "Who belongs to the organization and their role; owners invite and remove people.",
    role: "viewer",
  },
  {
    path: "/settings/organization",
    title: "Organization",
    description:
      "Name, logo, the candidates' contact for accommodations, and how long candidate data is kept.",
    role: "owner",
  },
  {
    path: "/settings/email-templates",
    title: "Candidate emails",
    description: "The words of the status emails sent with an advance, hold or reject decision.",
    role: "manager",
  },
  {
    path: "/settings/api-keys",
    title: "API keys",
    description: "Keys for the REST API and for Greenhouse, each with what it may do.",
    role: "owner",
  },
  {
    path: "/settings/webhooks",
    title: "Webhooks",
    description: "Addresses told when a candidate finishes, a decision is made or an invitation changes.",
    role: "owner",
  },
  {
    path: "/settings/audit",
    title: "Audit log",
    description: "Who saw or changed what, and when; exportable.",
    role: "owner",
  },
];
