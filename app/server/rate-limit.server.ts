import { data } from "@remix-run/node";

// A fixed-window counter per key, in memory. Good enough for one process; limits that must hold
// across processes (failed logins) are counted in the database instead (login-throttle.server.ts).
export interface RateLimiter {
  /** Counts one hit; returns seconds to wait when the key is over its limit, else 0. */
  hit(key: string, limit: number, windowMs: number): number;
}

export function createRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    hit(key, limit, windowMs) {
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [k, w] of windows) if (t - w.start > 3_600_000) windows.delete(k);
        lastSweep = t;
      }
      const w = windows.get(key);
      if (!w || t - w.start >= windowMs) {
        windows.set(key, { start: t, count: 1 });
        return 0;
      }
      w.count++;
      return w.count > limit ? Math.ceil((w.start + windowMs - t) / 1000) : 0;
    },
  };
}


/** Throws a 429 with a plain message when this client has used up the limit for an action. */
export function enforceRateLimit(
  context: { limiter: RateLimiter; clientIp: string },
  action: string,
  limit: number,
  windowMs: number,
): void {
  const wait = context.limiter.hit(`${action}:${context.clientIp}`, limit, windowMs);
  if (wait > 0) {
    throw data(
      { message: `Too many attempts. Please wait ${formatWait(wait)} and try again.` },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
}

export function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Route `headers` export for routes that can answer 429: under single fetch, headers given to
 * data() in an action or a thrown response reach the browser only through this function.
 */
export const retryAfterHeaders = ({ actionHeaders, errorHeaders, loaderHeaders }: { actionHeaders: Headers; errorHeaders?: Headers; loaderHeaders: Headers }) => {
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
