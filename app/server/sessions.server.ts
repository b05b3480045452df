import type { Kysely } from "kysely";
import type { Database, User } from "#db/schema.ts";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from "~/domain/accounts/policy.ts";
import { hashToken, isoIn, looksLikeToken, randomToken } from "./ids.server.ts";

/** Starts a new session and returns its token (only the hash is stored). */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  organizationId: string | null,
): Promise<string> {
  const token = randomToken();
  const now = Date.now();
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      current_organization_id: organizationId,
      created_at: new Date(now).toISOString(),
      last_seen_at: new Date(now).toISOString(),
      expires_at: isoIn(SESSION_ABSOLUTE_MS, now),
    })
    .execute();
  return token;
}

export interface ActiveSession {
  id: string;
  currentOrganizationId: string | null;
  user: Pick<User, "id" | "email" | "name">;
}

/** The live session for a token, or null when unknown, revoked, idle too long or past its end. */
export async function findActiveSession(
  db: Kysely<Database>,
  token: unknown,
  now = Date.now(),
): Promise<ActiveSession | null> {
  if (!looksLikeToken(token)) return null;
  const id = hashToken(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id",
      "sessions.current_organization_id",
      "sessions.last_seen_at",
      "sessions.expires_at",
      "users.id as user_id",
      "users.email",
      "users.name",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = Date.parse(row.last_seen_at);
  if (Date.parse(row.expires_at) <= now || lastSeen + SESSION_IDLE_MS <= now) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  if (now - lastSeen > SESSION_TOUCH_MS) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: new Date(now).toISOString() })
      .where("id", "=", id)
      .execute();
  }
  return {
    id,
    currentOrganizationId: row.current_organization_id,
    user: { id: row.user_id, email: row.email, name: row.name },
  };
}

export async function setSessionOrganization(
  db: Kysely<Database>,
  sessionId: string,
  organizationId: string,
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ current_organization_id: organizationId })
    .where("id", "=", sessionId)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Ends every session of a user, e.g. after a password change or reset. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
