import { isLocale, type Locale } from "~/domain/i18n/locales";
import type { Kysely, Selectable } from "kysely";
import type { Database, RolesTable } from "#db/schema.ts";
import { FIT_MODEL_VERSION } from "~/domain/fit/fit";
import type { RoleTargets } from "~/domain/fit/types";
import { teamLinkFromJson, type TeamLink } from "~/domain/hiring/team-link";
import { newId, nowIso } from "./ids.server.ts";

// Roles belong to one organization; every function takes its id so no query can cross over.

export interface RoleRecord {
  id: string;
  title: string;
  templateId: string | null;
  source: "template" | "job-analysis" | "custom";
  targets: RoleTargets;
  jobAnalysis: Record<string, number> | null;
  status: "active" | "archived";
  /** Days an invitation link works (reminders: see reminders.server.ts). */
  deadlineDays: number;
  /** The team the role joins, for team-gap hiring (null: none). */
  teamLink: TeamLink | null;
  /** The language of the role's invitations (null: each candidate's browser decides). */
  candidateLocale: Locale | null;
  createdAt: string;
  updatedAt: string;
}

function toRecord(
  row: Pick<
    Selectable<RolesTable>,
    | "id"
    | "title"
    | "template_id"
    | "source"
    | "targets"
    | "job_analysis"
    | "status"
    | "deadline_days"
    | "team_link"
    | "candidate_locale"
    | "created_at"
    | "updated_at"
  >,
): RoleRecord {
  return {
    id: row.id,
    title: row.title,
    templateId: row.template_id,
    source: row.source,
    targets: JSON.parse(row.targets) as RoleTargets,
    jobAnalysis: row.job_analysis ? (JSON.parse(row.job_analysis) as Record<string, number>) : null,
    status: row.status,
    deadlineDays: Number(row.deadline_days),
    teamLink: teamLinkFromJson(row.team_link),
    candidateLocale: isLocale(row.candidate_locale) ? row.candidate_locale : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const roleColumns = [
  "id",
  "title",
  "template_id",
  "source",
  "targets",
  "job_analysis",
  "status",
  "deadline_days",
  "team_link",
  "candidate_locale",
  "created_at",
  "updated_at",
] as const;

export async function createRole(
  db: Kysely<Database>,
  organizationId: string,
  input: {
    title: string;
    templateId: string | null;
    source: RoleRecord["source"];
    targets: RoleTargets;
    jobAnalysis?: Record<string, number> | null;
    createdByUserId: string | null;
  },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("roles")
    .values({
      id,
      organization_id: organizationId,
      title: input.title,
      template_id: input.templateId,
      source: input.source,
      targets: JSON.stringify(input.targets),
      job_analysis: input.jobAnalysis ? JSON.stringify(input.jobAnalysis) : null,
      fit_model: FIT_MODEL_VERSION,
      created_by_user_id: input.createdByUserId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function findRole(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
): Promise<RoleRecord | null> {
  const row = await db
    .selectFrom("roles")
    .select(roleColumns)
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function listRoles(
  db: Kysely<Database>,
  organizationId: string,
  status: "active" | "archived" = "active",
) {
  const rows = await db
    .selectFrom("roles")
    .select(roleColumns)
    .select((eb) => [
      eb
        .selectFrom("candidate_invitations")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("candidate_invitations.role_id", "=", "roles.id")
        .as("candidates"),
      eb
        .selectFrom("candidate_invitations")
        .innerJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("candidate_invitations.role_id", "=", "roles.id")
        .where("attempts.status", "=", "completed")
        .as("completed"),
    ])
    .where("organization_id", "=", organizationId)
    .where("status", "=", status)
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map((r) => ({
    ...toRecord(r),
    candidates: Number(r.candidates ?? 0),
    completed: Number(r.completed ?? 0),
  }));
}

export async function updateRole(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  input: { title: string; targets: RoleTargets },
): Promise<boolean> {
  const result = await db
    .updateTable("roles")
    .set({
      title: input.title,
      targets: JSON.stringify(input.targets),
      fit_model: FIT_MODEL_VERSION,
      updated_at: nowIso(),
    })
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setRoleStatus(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  status: "active" | "archived",
): Promise<boolean> {
  const result = await db
    .updateTable("roles")
    .set({ status, updated_at: nowIso() })
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets the language of the role's invitations (null: the candidate's browser decides). */
export async function setRoleCandidateLocale(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  locale: Locale | null,
): Promise<void> {
  await db
    .updateTable("roles")
    .set({ candidate_locale: locale, updated_at: nowIso() })
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .execute();
}
