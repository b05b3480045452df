import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import type { AttemptScores } from "~/domain/assessment/scoring";
import { startSelfAssessment } from "./attempts.server.ts";
import { hashToken, newId, nowIso } from "./ids.server.ts";

// The team map: members who chose to share their own assessment with the organization.

export async function listTeamMap(db: Kysely<Database>, organizationId: string) {
  const rows = await db
    .selectFrom("team_map_entries")
    .innerJoin("users", "users.id", "team_map_entries.user_id")
    .innerJoin("attempts", "attempts.id", "team_map_entries.attempt_id")
    .leftJoin("attempt_scores", "attempt_scores.attempt_id", "attempts.id")
    .select([
      "team_map_entries.id",
      "team_map_entries.user_id",
      "users.name",
      "attempts.status",
      "attempt_scores.scores",
    ])
    .where("team_map_entries.organization_id", "=", organizationId)
    .orderBy("users.name")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    status: r.status,
    scores: r.scores ? (JSON.parse(r.scores) as AttemptScores) : null,
  }));
}

/** Starts the member's assessment for the map and returns its private link token. */
export async function joinTeamMap(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
): Promise<string> {
  await leaveTeamMap(db, organizationId, userId);
  const token = await startSelfAssessment(db, "adaptive");
  const attempt = await db
    .selectFrom("attempts")
    .select("id")
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirstOrThrow();
  await db
    .insertInto("team_map_entries")
    .values({
      id: newId(),
      organization_id: organizationId,
      user_id: userId,
      attempt_id: attempt.id,
      shared_at: nowIso(),
    })
    .execute();
  return token;
}

/** Stops sharing; the member's own assessment and its private link stay theirs. */
export async function leaveTeamMap(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("team_map_entries")
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findTeamMapEntry(db: Kysely<Database>, organizationId: string, entryId: string) {
  const row = await db
    .selectFrom("team_map_entries")
    .innerJoin("users", "users.id", "team_map_entries.user_id")
    .innerJoin("attempts", "attempts.id", "team_map_entries.attempt_id")
    .leftJoin("attempt_scores", "attempt_scores.attempt_id", "attempts.id")
    .select(["team_map_entries.id", "users.name", "attempts.completed_at", "attempt_scores.scores"])
    .where("team_map_entries.organization_id", "=", organizationId)
    .where("team_map_entries.id", "=", entryId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        completedAt: row.completed_at,
        scores: row.scores ? (JSON.parse(row.scores) as AttemptScores) : null,
      }
    : null;
}
