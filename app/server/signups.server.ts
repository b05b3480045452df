import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { confirmSignupEmail, existingAccountEmail } from "~/domain/accounts/emails.ts";
import { SIGNUP_CONFIRMATION_TTL_MS } from "~/domain/accounts/policy.ts";
import { createAccount, findUserByEmail, type SignupResult } from "./accounts.server.ts";
import { hashToken, isoIn, looksLikeToken, newId, nowIso, randomToken } from "./ids.server.ts";
import { enqueueJob } from "./jobs.server.ts";
import { enqueueMail } from "./mail.server.ts";
import { hashPassword } from "./password.server.ts";

// Sign-up confirms the address before creating anything, so the form answers the same whether or
// not the address has an account: the request only hashes the password and queues a job; the job
// emails either a confirmation link or a note that the account exists.

export const SIGNUP_JOB = "account-signup";

export interface SignupRequest {
  name: string;
  email: string;
  organizationName: string;
  passwordHash: string;
}

/** The request half: the same work for every address (one hash, one insert). */
export async function requestSignup(
  db: Kysely<Database>,
  input: { name: string; email: string; password: string; organizationName: string },
): Promise<void> {
  const payload: SignupRequest = {
    name: input.name,
    email: input.email,
    organizationName: input.organizationName,
    passwordHash: await hashPassword(input.password),
  };
  await enqueueJob(db, { kind: SIGNUP_JOB, payload, recipient: input.email });
}

/** The job half: a confirmation link for a new address, a sign-in reminder for a known one. */
export async function processSignupRequest(
  db: Kysely<Database>,
  origin: string,
  request: SignupRequest,
  jobId: string,
): Promise<void> {
  const existing = await findUserByEmail(db, request.email);
  const idempotencyKey = `signup-mail:${jobId}`;
  if (existing) {
    const mail = existingAccountEmail({
      name: existing.name,
      loginLink: `${origin}/login`,
      resetLink: `${origin}/forgot-password`,
    });
    await enqueueMail(db, { to: request.email, ...mail }, { organizationId: null, idempotencyKey });
    return;
  }
  const token = randomToken();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("pending_signups")
      .values({
        id: newId(),
        token_hash: hashToken(token),
        email: request.email,
        name: request.name,
        organization_name: request.organizationName,
        password_hash: request.passwordHash,
        expires_at: isoIn(SIGNUP_CONFIRMATION_TTL_MS),
        created_at: nowIso(),
      })
      .execute();
    const mail = confirmSignupEmail({
      name: request.name,
      organizationName: request.organizationName,
      link: `${origin}/signup/confirm/${token}`,
    });
    await enqueueMail(trx, { to: request.email, ...mail }, { organizationId: null, idempotencyKey });
  });
}

export type PendingSignupStatus =
  | { status: "valid"; id: string; name: string; email: string; organizationName: string }
  | { status: "unknown" | "expired" };

export async function findPendingSignup(
  db: Kysely<Database>,
  token: unknown,
  now = Date.now(),
): Promise<PendingSignupStatus> {
  if (!looksLikeToken(token)) return { status: "unknown" };
  const row = await db
    .selectFrom("pending_signups")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return { status: "unknown" };
  if (Date.parse(row.expires_at) <= now) return { status: "expired" };
  return {
    status: "valid",
    id: row.id,
    name: row.name,
    email: row.email,
    organizationName: row.organization_name,
  };
}

/** Creates the account of a confirmed sign-up; the link then stops working. */
export async function confirmSignup(
  db: Kysely<Database>,
  token: unknown,
): Promise<SignupResult | { ok: false; error: "unknown" | "expired" }> {
  const pending = await findPendingSignup(db, token);
  if (pending.status !== "valid") return { ok: false, error: pending.status };
  const row = await db
    .selectFrom("pending_signups")
    .select("password_hash")
    .where("id", "=", pending.id)
    .executeTakeFirstOrThrow();
  // Every pending sign-up of this address goes: one confirmed account, no second link left live.
  const claimed = await db
    .deleteFrom("pending_signups")
    .where("email", "=", pending.email)
    .executeTakeFirst();
  if (Number(claimed.numDeletedRows) === 0) return { ok: false, error: "unknown" };
  if (await findUserByEmail(db, pending.email)) return { ok: false, error: "email-taken" };
  return createAccount(db, {
    name: pending.name,
    email: pending.email,
    organizationName: pending.organizationName,
    passwordHash: row.password_hash,
  });
}

/** Unconfirmed sign-ups past their expiry are deleted (they hold a password hash). */
export async function purgeExpiredSignups(db: Kysely<Database>, now = Date.now()): Promise<void> {
  await db.deleteFrom("pending_signups").where("expires_at", "<", new Date(now).toISOString()).execute();
}
