import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";
import * as accounts from "./2026-11-28-01-accounts.ts";
import * as assessments from "./2026-11-28-02-assessments.ts";
import * as hiring from "./2026-11-28-03-hiring.ts";
import * as trust from "./2026-11-28-04-trust.ts";
import * as orgDesigner from "./2026-11-28-05-org-designer.ts";
import * as hardening from "./2026-11-30-00-hardening.ts";
import * as fitModel from "./2026-11-30-01-fit-model.ts";
import * as outcomes from "./2026-11-30-03-outcomes.ts";
import * as replyToAndDeletedLinks from "./2026-11-30-11-reply-to-and-deleted-links.ts";
import * as apiKeys from "./2026-11-30-20-api-keys.ts";
import * as webhooksReminders from "./2026-11-30-21-webhooks-reminders.ts";
import * as greenhouseCompletion from "./2026-11-30-30-greenhouse-completion.ts";
import * as statusEmailsLogo from "./2026-11-30-31-status-emails-logo.ts";
import * as reportedTraits from "./2026-12-06-00-reported-traits.ts";
import * as roleTeam from "./2026-12-06-10-role-team.ts";
import * as languages from "./2026-12-06-20-languages.ts";
import * as nextStep from "./2026-12-06-30-next-step.ts";

export interface DatedMigration {
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

// Listed explicitly (not globbed) so the bundled server and the CLI see the same set in the same
// order. Names sort by date; never rename or edit a released one.
export const migrations: Record<string, DatedMigration> = {
  "2026-11-28-01-accounts": accounts,
  "2026-11-28-02-assessments": assessments,
  "2026-11-28-03-hiring": hiring,
  "2026-11-28-04-trust": trust,
  "2026-11-28-05-org-designer": orgDesigner,
  "2026-11-30-00-hardening": hardening,
  "2026-11-30-01-fit-model": fitModel,
  "2026-11-30-03-outcomes": outcomes,
  "2026-11-30-11-reply-to-and-deleted-links": replyToAndDeletedLinks,
  "2026-11-30-20-api-keys": apiKeys,
  "2026-11-30-21-webhooks-reminders": webhooksReminders,
  "2026-11-30-30-greenhouse-completion": greenhouseCompletion,
  "2026-11-30-31-status-emails-logo": statusEmailsLogo,
  "2026-12-06-00-reported-traits": reportedTraits,
  "2026-12-06-10-role-team": roleTeam,
  "2026-12-06-20-languages": languages,
  "2026-12-06-30-next-step": nextStep,
};
