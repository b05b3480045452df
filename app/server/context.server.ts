import type { Kysely } from "kysely";
import type { AppDatabase } from "#db/connection.ts";
import type { Database } from "#db/schema.ts";
import { createAppCookies, type AppCookies } from "./cookies.server.ts";
import type { Env } from "./env.server.ts";
import { createMailer, type Mailer } from "./mail.server.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limit.server.ts";

/** Long-lived things created once at start-up and shared by every request. */
export interface AppServices {
  database: AppDatabase;
  db: Kysely<Database>;
  env: Env;
  mailer: Mailer;
  limiter: RateLimiter;
  cookies: AppCookies;
}

/** What every loader and action receives as `context`. */
export interface AppContext extends AppServices {
  /** The CSP nonce of this response; every script tag carries it. */
  nonce: string;
  /** The client's address, for rate limits and login throttling. */
  clientIp: string;
}

declare module "@remix-run/node" {
  interface AppLoadContext extends AppContext {}
}

export function createServices(database: AppDatabase, env: Env, options: { quietMail?: boolean } = {}): AppServices {
  return {
    database,
    db: database.db,
    env,
    mailer: createMailer({ db: database.db, smtpUrl: env.smtpUrl, from: env.mailFrom, quiet: options.quietMail }),
    limiter: createRateLimiter(),
    cookies: createAppCookies(env),
  };
}

/** Absolute links in emails: APP_URL when configured, else the address the request came to. */
export function publicOrigin(context: AppContext, request: Request): string {
  return context.env.appUrl ?? new URL(request.url).origin;
}
