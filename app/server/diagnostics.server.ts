import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { reportDiagnostic, type DiagnosticResponse, type RelationshipStage } from "~/domain/org/diagnostic";
import { hashToken, looksLikeToken, newId, nowIso, randomToken } from "./ids.server.ts";

// Rounds of the sales–marketing relationship diagnostic. Respondents are anonymous: a response
// stores only the team and the twenty ratings.

export async function createDiagnosticRound(
  db: Kysely<Database>,
  organizationId: string,
  title: string,
  createdByUserId: string | null,
): Promise<{ id: string; token: string }> {
  const id = newId();
  const token = randomToken();
  await db
    .insertInto("diagnostic_rounds")
    .values({
      id,
      organization_id: organizationId,
      title,
      token_hash: hashToken(token),
      created_by_user_id: createdByUserId,
      created_at: nowIso(),
      closed_at: null,
    })
    .execute();
  return { id, token };
}

export async function listDiagnosticRounds(db: Kysely<Database>, organizationId: string) {
  const rows = await db
    .selectFrom("diagnostic_rounds")
    .select(["id", "title", "created_at", "closed_at"])
    .select((eb) =>
      eb
        .selectFrom("diagnostic_responses")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("diagnostic_responses.round_id", "=", "diagnostic_rounds.id")
        .as("responses"),
    )
    .where("organization_id", "=", organizationId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({ ...r, responses: Number(r.responses ?? 0) }));
}

async function responsesOf(
  db: Kysely<Database>,
  organizationId: string,
  roundId: string,
): Promise<DiagnosticResponse[]> {
  const rows = await db
    .selectFrom("diagnostic_responses")
    .select(["id", "team", "ratings"])
    .where("organization_id", "=", organizationId)
    .where("round_id", "=", roundId)
    .execute();
  return rows.map((r) => ({ respondentId: r.id, team: r.team, ratings: JSON.parse(r.ratings) as number[] }));
}

export async function diagnosticResults(db: Kysely<Database>, organizationId: string, roundId: string) {
  const round = await db
    .selectFrom("diagnostic_rounds")
    .select(["id", "title", "created_at", "closed_at"])
    .where("organization_id", "=", organizationId)
    .where("id", "=", roundId)
    .executeTakeFirst();
  if (!round) return null;
  const responses = await responsesOf(db, organizationId, roundId);
  // Only what the minimum group size allows: no side's numbers from fewer than three people.
  return {
    round,
    result: responses.length ? reportDiagnostic(responses) : null,
    responses: responses.length,
  };
}

/** The stage of the latest round with answers from both teams, which feeds the structure scoring. */
export async function latestRelationshipStage(
  db: Kysely<Database>,
  organizationId: string,
): Promise<{ stage: RelationshipStage; roundTitle: string } | null> {
  for (const round of await listDiagnosticRounds(db, organizationId)) {
    if (round.responses === 0) continue;
    const result = reportDiagnostic(await responsesOf(db, organizationId, round.id));
    if (result.stage === null) continue; // too few answers to report anything yet
    return { stage: result.stage, roundTitle: round.title };
  }
  return null;
}

export async function findOpenRound(db: Kysely<Database>, token: unknown) {
  if (!looksLikeToken(token)) return null;
  return (
    (await db
      .selectFrom("diagnostic_rounds")
      .innerJoin("organizations", "organizations.id", "diagnostic_rounds.organization_id")
      .select([
        "diagnostic_rounds.id",
        "diagnostic_rounds.organization_id",
        "diagnostic_rounds.title",
        "diagnostic_rounds.closed_at",
        "organizations.name as organizationName",
      ])
      .where("diagnostic_rounds.token_hash", "=", hashToken(token))
      .executeTakeFirst()) ?? null
  );
}

export async function recordDiagnosticResponse(
  db: Kysely<Database>,
  round: { id: string; organization_id: string },
  team: "sales" | "marketing",
  ratings: number[],
): Promise<void> {
  await db
    .insertInto("diagnostic_responses")
    .values({
      id: newId(),
      organization_id: round.organization_id,
      round_id: round.id,
      team,
      ratings: JSON.stringify(ratings),
      created_at: nowIso(),
    })
    .execute();
}

export async function closeDiagnosticRound(
  db: Kysely<Database>,
  organizationId: string,
  roundId: string,
): Promise<boolean> {
  const result = await db
    .updateTable("diagnostic_rounds")
    .set({ closed_at: nowIso() })
    .where("organization_id", "=", organizationId)
    .where("id", "=", roundId)
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
