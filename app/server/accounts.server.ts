import type { Kysely } from "kysely";
import type { Database, MemberRole } from "#db/schema.ts";
import { newId, nowIso } from "./ids.server.ts";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password.server.ts";
import { deleteUserSessions } from "./sessions.server.ts";

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("users").select(["id", "email", "name"]).where("email", "=", email).executeTakeFirst();
}

export type SignupResult =
  { ok: true; userId: string; organizationId: string } | { ok: false; error: "email-taken" };

/** Creates the user, their first organization and the owner membership, all or nothing. */
export async function signUp(
  db: Kysely<Database>,
  input: { name: string; email: string; password: string; organizationName: string },
): Promise<SignupResult> {
  if (await findUserByEmail(db, input.email)) return { ok: false, error: "email-taken" };
  return createAccount(db, { ...input, passwordHash: await hashPassword(input.password) });
}

/** signUp with the password already hashed (a confirmed pending sign-up). */
export async function createAccount(
  db: Kysely<Database>,
  input: { name: string; email: string; passwordHash: string; organizationName: string },
): Promise<SignupResult> {
  const userId = newId();
  const organizationId = newId();
  const now = nowIso();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("users")
        .values({
          id: userId,
          email: input.email,
          name: input.name,
          password_hash: input.passwordHash,
          created_at: now,
          password_changed_at: now,
        })
        .execute();
      await trx
        .insertInto("organizations")
        .values({ id: organizationId, name: input.organizationName, created_at: now })
        .execute();
      await trx
        .insertInto("memberships")
        .values({
          id: newId(),
          organization_id: organizationId,
          user_id: userId,
          role: "owner",
          created_at: now,
        })
        .execute();
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (await findUserByEmail(db, input.email)) return { ok: false, error: "email-taken" };
    throw error;
  }
  return { ok: true, userId, organizationId };
}

/** Creates a user without an organization (someone accepting an invitation). */
export async function createUser(
  db: Kysely<Database>,
  input: { name: string; email: string; password: string },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("users")
    .values({
      id,
      email: input.email,
      name: input.name,
      password_hash: await hashPassword(input.password),
      created_at: now,
      password_changed_at: now,
    })
    .execute();
  return id;
}

/** The user id when the password matches, else null; the same work either way. */
export async function checkCredentials(
  db: Kysely<Database>,
  email: string,
  password: string,
): Promise<string | null> {
  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash"])
    .where("email", "=", email)
    .executeTakeFirst();
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  return (await verifyPassword(user.password_hash, password)) ? user.id : null;
}

/** Sets a new password and ends every session of the user; the caller starts a fresh one if needed. */
export async function setPassword(db: Kysely<Database>, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction().execute((trx) => writePasswordHash(trx, userId, passwordHash));
}

/** The write half of setPassword, for callers that already run a transaction. */
export async function writePasswordHash(
  trx: Kysely<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await trx
    .updateTable("users")
    .set({ password_hash: passwordHash, password_changed_at: nowIso() })
    .where("id", "=", userId)
    .execute();
  await deleteUserSessions(trx, userId);
}

export async function changePassword(
  db: Kysely<Database>,
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<{ ok: true } | { ok: false; error: "wrong-password" }> {
  const user = await db
    .selectFrom("users")
    .select(["password_hash"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, currentPassword)))
    return { ok: false, error: "wrong-password" };
  await setPassword(db, userId, newPassword);
  return { ok: true };
}

export type { MemberRole };
