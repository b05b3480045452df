import { LOGIN_THROTTLE } from "~/domain/accounts/policy.ts";
import type { RateLimiter } from "./rate-limit.server.ts";

// Failed password checks, counted by the shared rate limiter. Per account, so one person's password
// cannot be guessed from many addresses; per address, so one password cannot be sprayed over many
// accounts. The same counters guard sign-in and the current-password check when changing it.

const accountKey = (account: string) => `password-failures:account:${account.toLowerCase()}`;
const ipKey = (ip: string) => `password-failures:ip:${ip}`;

/** Seconds until another password check is allowed for this account or address; 0 when allowed now. */
export async function passwordCheckRetryAfter(
  limiter: RateLimiter,
  account: string,
  ip: string,
): Promise<number> {
  const [byAccount, byIp] = await Promise.all([
    limiter.peek(accountKey(account), LOGIN_THROTTLE.maxFailuresPerAccount, LOGIN_THROTTLE.windowMs),
    limiter.peek(ipKey(ip), LOGIN_THROTTLE.maxFailuresPerIp, LOGIN_THROTTLE.windowMs),
  ]);
  return Math.max(byAccount, byIp);
}

export async function recordPasswordFailure(
  limiter: RateLimiter,
  account: string,
  ip: string,
): Promise<void> {
  await Promise.all([
    limiter.hit(accountKey(account), LOGIN_THROTTLE.maxFailuresPerAccount, LOGIN_THROTTLE.windowMs),
    limiter.hit(ipKey(ip), LOGIN_THROTTLE.maxFailuresPerIp, LOGIN_THROTTLE.windowMs),
  ]);
}

/** A correct password clears that account's failures (not the address's: a sprayer may hit one). */
export async function clearPasswordFailures(limiter: RateLimiter, account: string): Promise<void> {
  await limiter.reset(accountKey(account));
}
