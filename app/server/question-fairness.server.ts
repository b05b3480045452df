import { asLocale } from "~/domain/i18n/locales";
import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { PREFER_NOT } from "~/domain/assessment/self-id";
import { DIF_MIN_PER_GROUP, type DifPerson } from "~/domain/fairness/question-fairness";
import { LIKERT_ITEMS, type TraitId } from "~/domain/instrument";

const LIKERT_IDS = new Set(LIKERT_ITEMS.map((i) => i.id));

/**
 * The organization's completed candidates (within [from, to)), with what they self-identified (if
 * anything), the language they answered in, their trait θs and their raw Likert answers: the input
 * of question fairness. Everyone has a language, so everyone counts for the language comparisons.
 */
export async function questionFairnessPeople(
  db: Kysely<Database>,
  organizationId: string,
  range: { from?: string; to?: string } = {},
): Promise<DifPerson[]> {
  const scoped = () => {
    let q = db
      .selectFrom("attempts")
      .innerJoin("candidate_invitations", "candidate_invitations.id", "attempts.invitation_id")
      .leftJoin("self_identifications", "self_identifications.attempt_id", "attempts.id")
      .where("candidate_invitations.organization_id", "=", organizationId)
      .where("attempts.status", "=", "completed");
    if (range.from) q = q.where("attempts.completed_at", ">=", range.from);
    if (range.to) q = q.where("attempts.completed_at", "<", range.to);
    return q;
  };
  const people = await scoped()
    .innerJoin("attempt_scores", "attempt_scores.attempt_id", "attempts.id")
    .select([
      "attempts.id",
      "self_identifications.sex",
      "self_identifications.race_ethnicity",
      "attempts.locale",
      "attempt_scores.profile",
    ])
    .execute();
  // No comparison can reach the minimum with fewer people: skip reading their answers at all.
  const answers =
    people.length < 2 * DIF_MIN_PER_GROUP
      ? []
      : await scoped()
          .innerJoin("answers", "answers.attempt_id", "attempts.id")
          .select(["answers.attempt_id", "answers.item_id", "answers.value"])
          .where("answers.item_id", "in", [...LIKERT_IDS])
          .execute();
  const byAttempt = new Map<string, Record<string, number>>();
  for (const a of answers) {
    if (!LIKERT_IDS.has(a.item_id) || !/^[0-4]$/.test(a.value)) continue;
    const record = byAttempt.get(a.attempt_id) ?? {};
    record[a.item_id] = Number(a.value);
    byAttempt.set(a.attempt_id, record);
  }
  const known = (v: string | null) => (v && v !== PREFER_NOT ? v : null);
  return people
    .filter((p) => p.profile)
    .map((p) => {
      const compact = JSON.parse(p.profile!) as Record<string, [number, number]>;
      return {
        sex: known(p.sex),
        raceEthnicity: known(p.race_ethnicity),
        language: asLocale(p.locale),
        theta: Object.fromEntries(
          Object.entries(compact).map(([trait, [theta]]) => [trait, theta]),
        ) as Partial<Record<TraitId, number>>,
        answers: byAttempt.get(p.id) ?? {},
      };
    });
}
