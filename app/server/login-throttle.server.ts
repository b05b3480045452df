import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { LOGIN_THROTTLE } from "~/domain/accounts/policy.ts";
import { newId, nowIso } from "./ids.server.ts";

/** Seconds until another login attempt is allowed for this email or IP; 0 when allowed now. */
export async function loginRetryAfter(db: Kysely<Database>, email: string, ip: string, now = Date.now()): Promise<number> {
  const since = new Date(now - LOGIN_THROTTLE.windowMs).toISOString();
  const [byEmail, byIp] = await Promise.all([
    db
      .selectFrom("login_failures")
      .select((eb) => [eb.fn.countAll<string | number>().as("n"), eb.fn.min("created_at").as("oldest")])
      .where("email", "=", email)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("login_failures")
      .select((eb) => [eb.fn.countAll<string | number>().as("n"), eb.fn.min("created_at").as("oldest")])
      .where("ip", "=", ip)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow(),
  ]);
  const wait = (row: { n: string | number; oldest: string | null }, max: number) =>
    Number(row.n) >= max && row.oldest ? Math.max(1, Math.ceil((Date.parse(row.oldest) + LOGIN_THROTTLE.windowMs - now) / 1000)) : 0;
  return Math.max(wait(byEmail, LOGIN_THROTTLE.maxFailuresPerAccount), wait(byIp, LOGIN_THROTTLE.maxFailuresPerIp));
}

export async function recordLoginFailure(db: Kysely<Database>, email: string, ip: string): Promise<void> {
  await db.insertInto("login_failures").values({ id: newId(), email, ip, created_at: nowIso() }).execute();
  // Old rows are only noise for the window query; trim them opportunistically.
  const cutoff = new Date(Date.now() - 24 * 3_600_000).toISOString();
  await db.deleteFrom("login_failures").where("created_at", "<", cutoff).execute();
}

export async function clearLoginFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom("login_failures").where("email", "=", email).execute();
}
