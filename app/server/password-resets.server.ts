import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { PASSWORD_RESET_TTL_MS } from "~/domain/accounts/policy.ts";
import { passwordResetEmail } from "~/domain/accounts/emails.ts";
import { writePasswordHash } from "./accounts.server.ts";
import { enqueueJob } from "./jobs.server.ts";
import { enqueueMail } from "./mail.server.ts";
import { hashPassword } from "./password.server.ts";
import { hashToken, isoIn, looksLikeToken, newId, nowIso, randomToken } from "./ids.server.ts";

export const PASSWORD_RESET_JOB = "password-reset";

/**
 * The request half of "forgot password": one insert, whatever the address. Whether an account
 * exists is looked up by the job, so neither the answer nor its timing tells the requester.
 */
export async function requestPasswordReset(db: Kysely<Database>, email: string): Promise<void> {
  await enqueueJob(db, { kind: PASSWORD_RESET_JOB, payload: { email }, recipient: email });
}

/** The job half: a reset link for an account with this address; nothing for an unknown address. */
export async function processPasswordReset(
  db: Kysely<Database>,
  origin: string,
  email: string,
  jobId: string,
): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(["id", "name"])
    .where("email", "=", email)
    .executeTakeFirst();
  if (!user) return;
  await db.transaction().execute(async (trx) => {
    const token = await issuePasswordResetToken(trx, user.id);
    const mail = passwordResetEmail({ name: user.name, link: `${origin}/reset-password/${token}` });
    await enqueueMail(
      trx,
      { to: email, ...mail },
      { organizationId: null, idempotencyKey: `password-reset-mail:${jobId}` },
    );
  });
}

/** A new one-hour reset token for the user (stored hashed). */
export async function issuePasswordResetToken(db: Kysely<Database>, userId: string): Promise<string> {
  const token = randomToken();
  await db
    .insertInto("password_resets")
    .values({
      id: newId(),
      user_id: userId,
      token_hash: hashToken(token),
      created_at: nowIso(),
      expires_at: isoIn(PASSWORD_RESET_TTL_MS),
      used_at: null,
    })
    .execute();
  return token;
}

export type ResetTokenStatus =
  { status: "valid"; resetId: string; userId: string } | { status: "unknown" | "expired" | "used" };

export async function checkResetToken(
  db: Kysely<Database>,
  token: unknown,
  now = Date.now(),
): Promise<ResetTokenStatus> {
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
export async function completePasswordReset(
  db: Kysely<Database>,
  token: string,
  password: string,
): Promise<ResetTokenStatus> {
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
    await trx
      .updateTable("password_resets")
      .set({ used_at: nowIso() })
      .where("user_id", "=", check.userId)
      .where("used_at", "is", null)
      .execute();
    await writePasswordHash(trx, check.userId, passwordHash);
    return check;
  });
}
