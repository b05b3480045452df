import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { PASSWORD_RESET_TTL_MS } from "~/domain/accounts/policy.ts";
import { writePasswordHash } from "./accounts.server.ts";
import { hashPassword } from "./password.server.ts";
import { hashToken, isoIn, looksLikeToken, newId, nowIso, randomToken } from "./ids.server.ts";

/** A reset token for the account with this email, or null when there is none (the caller says the same either way). */
export async function startPasswordReset(db: Kysely<Database>, email: string): Promise<{ token: string; name: string } | null> {
  const user = await db.selectFrom("users").select(["id", "name"]).where("email", "=", email).executeTakeFirst();
  if (!user) return null;
  const token = randomToken();
  await db
    .insertInto("password_resets")
    .values({ id: newId(), user_id: user.id, token_hash: hashToken(token), created_at: nowIso(), expires_at: isoIn(PASSWORD_RESET_TTL_MS), used_at: null })
    .execute();
  return { token, name: user.name };
}

export type ResetTokenStatus = { status: "valid"; resetId: string; userId: string } | { status: "unknown" | "expired" | "used" };

export async function checkResetToken(db: Kysely<Database>, token: unknown, now = Date.now()): Promise<ResetTokenStatus> {
  if (!looksLikeToken(token)) return { status: "unknown" };
  const row = await db
    .selectFrom("password_resets")
    .select(["id", "user_id", "expires_at", "used_at"])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return { status: "unknown" };
  if (row.used_at) return { status: "used" };
  if (Date.parse(row.expires_at) <= now) return { status: "expired" };
  return { status: "valid", resetId: row.id, userId: row.user_id };
}

/** Uses the token once: sets the password, ends all sessions, and voids the user's other reset links. */
export async function completePasswordReset(db: Kysely<Database>, token: string, password: string): Promise<ResetTokenStatus> {
  const check = await checkResetToken(db, token);
  if (check.status !== "valid") return check;
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    // Claiming the row only while it is unused makes a replayed or concurrent second use fail.
    const claimed = await trx
      .updateTable("password_resets")
      .set({ used_at: nowIso() })
      .where("id", "=", check.resetId)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return { status: "used" } as const;
    await trx.updateTable("password_resets").set({ used_at: nowIso() }).where("user_id", "=", check.userId).where("used_at", "is", null).execute();
    await writePasswordHash(trx, check.userId, passwordHash);
    return check;
  });
}
