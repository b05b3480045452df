import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { CsvFormatError, readCsvTable, type CsvTable } from "~/domain/csv/read";
import { roleFit } from "~/domain/fit/fit";
import type { RoleTargets } from "~/domain/fit/types";
import { profileFromCompact } from "~/domain/hiring/ranking";
import { TRAIT_IDS } from "~/domain/instrument";
import { outcomesFromTable, type ImportRowProblem, type OutcomeEntry } from "~/domain/validation/outcomes";
import type { StudyCandidate } from "~/domain/validation/study";
import { recordAuditEvent, type Actor } from "./audit-log.server.ts";
import { hasCompletedAttempt } from "./candidate-invitations.server.ts";
import { newId, nowIso } from "./ids.server.ts";

export interface RecordedOutcome {
  measure: string;
  value: number;
  recordedBy: string;
  recordedAt: string;
}

/** The outcomes recorded for one candidate of the organization, oldest measure first. */
export async function listOutcomes(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
): Promise<RecordedOutcome[]> {
  const rows = await db
    .selectFrom("candidate_outcomes")
    .select(["measure", "value", "recorded_by_name", "recorded_at"])
    .where("organization_id", "=", organizationId)
    .where("invitation_id", "=", invitationId)
    .orderBy("measure")
    .execute();
  return rows.map((r) => ({
    measure: r.measure,
    value: Number(r.value),
    recordedBy: r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));
}

async function writeOutcomes(
  trx: Kysely<Database>,
  organizationId: string,
  invitationId: string,
  set: readonly OutcomeEntry[],
  clear: readonly string[],
  actor: Actor,
) {
  const replaced = [...set.map((e) => e.measure), ...clear];
  if (replaced.length) {
    await trx
      .deleteFrom("candidate_outcomes")
      .where("organization_id", "=", organizationId)
      .where("invitation_id", "=", invitationId)
      .where("measure", "in", replaced)
      .execute();
  }
  const at = nowIso();
  if (set.length) {
    await trx
      .insertInto("candidate_outcomes")
      .values(
        set.map((e) => ({
          id: newId(),
          organization_id: organizationId,
          invitation_id: invitationId,
          measure: e.measure,
          value: e.value,
          recorded_by_user_id: actor.userId,
          recorded_by_name: actor.name,
          recorded_at: at,
        })),
      )
      .execute();
  }
  // Measure keys only in the audit row, never the values (they are personal data).
  await recordAuditEvent(trx, organizationId, actor, {
    action: "candidate.record-outcome",
    subjectType: "candidate",
    subjectId: invitationId,
    details: { set: set.map((e) => e.measure), cleared: clear },
  });
}

/** Sets and clears outcomes of one candidate; false when they have no completed assessment. */
export async function saveOutcomes(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
  change: { set: readonly OutcomeEntry[]; clear: readonly string[] },
  actor: Actor,
): Promise<boolean> {
  if (!(await hasCompletedAttempt(db, organizationId, invitationId))) return false;
  await db
    .transaction()
    .execute((trx) => writeOutcomes(trx, organizationId, invitationId, change.set, change.clear, actor));
  return true;
}

/**
 * Imports an outcomes CSV for one role: rows naming completed candidates of that role by email.
 * Usable rows are written in one transaction; every other row comes back with its reason.
 */
export async function importOutcomes(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  csvText: string,
  actor: Actor,
): Promise<{ candidates: number; values: number; problems: ImportRowProblem[] }> {
  let table: CsvTable;
  try {
    table = readCsvTable(csvText);
  } catch (error) {
    if (error instanceof CsvFormatError)
      return { candidates: 0, values: 0, problems: [{ row: 0, problem: error.message }] };
    throw error;
  }
  const completed = await db
    .selectFrom("candidate_invitations")
    .innerJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
    .select(["candidate_invitations.id", "candidate_invitations.email"])
    .where("candidate_invitations.organization_id", "=", organizationId)
    .where("candidate_invitations.role_id", "=", roleId)
    .where("attempts.status", "=", "completed")
    .execute();
  const { entries, problems } = outcomesFromTable(
    table,
    new Map(completed.map((c) => [c.email.toLowerCase(), c.id])),
  );
  if (entries.length) {
    await db.transaction().execute(async (trx) => {
      for (const entry of entries)
        await writeOutcomes(trx, organizationId, entry.invitationId, entry.outcomes, [], actor);
      await recordAuditEvent(trx, organizationId, actor, {
        action: "outcomes.import",
        subjectType: "role",
        subjectId: roleId,
        details: { candidates: entries.length },
      });
    });
  }
  return { candidates: entries.length, values: entries.reduce((s, e) => s + e.outcomes.length, 0), problems };
}

/** Every completed candidate of a role with fit, trait θs and recorded outcomes: the study's input. */
export async function roleStudyCandidates(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  targets: RoleTargets,
): Promise<StudyCandidate[]> {
  const [scored, outcomes] = await Promise.all([
    db
      .selectFrom("candidate_invitations")
      .innerJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
      .innerJoin("attempt_scores", "attempt_scores.attempt_id", "attempts.id")
      .select(["candidate_invitations.id", "attempt_scores.profile"])
      .where("candidate_invitations.organization_id", "=", organizationId)
      .where("candidate_invitations.role_id", "=", roleId)
      .where("attempts.status", "=", "completed")
      .execute(),
    db
      .selectFrom("candidate_outcomes")
      .innerJoin("candidate_invitations", "candidate_invitations.id", "candidate_outcomes.invitation_id")
      .select(["candidate_outcomes.invitation_id", "candidate_outcomes.measure", "candidate_outcomes.value"])
      .where("candidate_outcomes.organization_id", "=", organizationId)
      .where("candidate_invitations.role_id", "=", roleId)
      .execute(),
  ]);
  const byCandidate = new Map<string, Record<string, number>>();
  for (const o of outcomes) {
    const record = byCandidate.get(o.invitation_id) ?? {};
    record[o.measure] = Number(o.value);
    byCandidate.set(o.invitation_id, record);
  }
  return scored
    .filter((row) => row.profile)
    .map((row) => {
      const compact = JSON.parse(row.profile!) as Record<string, [number, number]>;
      const profile = profileFromCompact(compact);
      return {
        fit: roleFit(profile, targets).fit,
        traits: Object.fromEntries(TRAIT_IDS.filter((t) => compact[t]).map((t) => [t, compact[t]![0]])),
        outcomes: byCandidate.get(row.id) ?? {},
      };
    });
}
