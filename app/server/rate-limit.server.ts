import { data } from "@remix-run/node";
import { sql, type Kysely } from "kysely";
import type { CountersDatabase } from "#db/schema.ts";

/**
 * The one rate limiter: a fixed-window counter per key, kept in the database so a limit holds across
 * restarts and across every app process (see db/connection.ts for where the counters live). Every
 * limit in RoleFit — requests per address, invitations per organization, failed logins and failed
 * password checks — is a key here.
 */
export interface RateLimiter {
  /** Counts one hit; returns seconds to wait when the key is now over its limit, else 0. */
  hit(key: string, limit: number, windowMs: number): Promise<number>;
  /** Seconds to wait when the key has already used its limit in the current window, else 0. Counts nothing. */
  peek(key: string, limit: number, windowMs: number): Promise<number>;
  /** Forgets the key (a successful login clears that account's failures). */
  reset(key: string): Promise<void>;
}

/** Windows are at most an hour; a day-old counter is garbage. */
const SWEEP_AFTER_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_HITS = 1000;

export function createRateLimiter(
  counters: Kysely<CountersDatabase>,
  now: () => number = Date.now,
): RateLimiter {
  let hitsSinceSweep = 0;
  const waitSeconds = (hits: number, windowStart: number, limit: number, windowMs: number, t: number) =>
    hits > limit ? Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)) : 0;
  return {
    async hit(key, limit, windowMs) {
      const t = now();
      const expired = t - windowMs;
      // One statement: start a new window when the stored one has passed, else count this hit.
      const row = await counters
        .insertInto("rate_limit_counters")
        .values({ key, window_start: t, hits: 1 })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            hits: sql<number>`case when rate_limit_counters.window_start <= ${expired} then 1 else rate_limit_counters.hits + 1 end`,
            window_start: sql<number>`case when rate_limit_counters.window_start <= ${expired} then ${t} else rate_limit_counters.window_start end`,
          }),
        )
        .returning(["hits", "window_start"])
        .executeTakeFirstOrThrow();
      if (++hitsSinceSweep >= SWEEP_EVERY_HITS) {
        hitsSinceSweep = 0;
        await counters
          .deleteFrom("rate_limit_counters")
          .where("window_start", "<", t - SWEEP_AFTER_MS)
          .execute();
      }
      return waitSeconds(Number(row.hits), Number(row.window_start), limit, windowMs, t);
    },
    async peek(key, limit, windowMs) {
      const t = now();
      const row = await counters
        .selectFrom("rate_limit_counters")
        .select(["hits", "window_start"])
        .where("key", "=", key)
        .executeTakeFirst();
      if (!row || Number(row.window_start) <= t - windowMs) return 0;
      // Used up means the limit is reached: the next failure would be one too many.
      return waitSeconds(Number(row.hits) + 1, Number(row.window_start), limit, windowMs, t);
    },
    async reset(key) {
      await counters.deleteFrom("rate_limit_counters").where("key", "=", key).execute();
    },
  };
}

/** Thrown as a 429 with Retry-After and a plain message; routes render it in their ErrorBoundary. */
export function tooManyRequests(
  wait: number,
  message = `Too many attempts. Please wait ${formatWait(wait)} and try again.`,
) {
  return data({ message }, { status: 429, headers: { "Retry-After": String(wait) } });
}

/** Counts one request of this client (by address) for an action; throws a 429 over the limit. */
export async function enforceRateLimit(
  context: { limiter: RateLimiter; clientIp: string },
  action: string,
  limit: number,
  windowMs: number,
): Promise<void> {
  await enforceLimit(context.limiter, `${action}:ip:${context.clientIp}`, limit, windowMs);
}

/** Counts one hit on any key (an organization, an account); throws a 429 over the limit. */
export async function enforceLimit(
  limiter: RateLimiter,
  key: string,
  limit: number,
  windowMs: number,
): Promise<void> {
  const wait = await limiter.hit(key, limit, windowMs);
  if (wait > 0) throw tooManyRequests(wait);
}

export function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Route `headers` export for routes that can answer 429: under single fetch, headers given to
 * data() in an action or a thrown response reach the browser only through this function.
 */
export const retryAfterHeaders = ({
  actionHeaders,
  errorHeaders,
  loaderHeaders,
}: {
  actionHeaders: Headers;
  errorHeaders?: Headers;
  loaderHeaders: Headers;
}) => {
  const headers = new Headers();
  for (const source of [errorHeaders, actionHeaders, loaderHeaders]) {
    const wait = source?.get("Retry-After");
    if (wait) {
      headers.set("Retry-After", wait);
      break;
    }
  }
  return headers;
};
