import type { Kysely } from "kysely";
import type { AppDatabase } from "#db/connection.ts";
import type { Database } from "#db/schema.ts";
import { createAppCookies, type AppCookies } from "./cookies.server.ts";
import type { Env } from "./env.server.ts";
import { createJobHandlers } from "./job-handlers.server.ts";
import type { JobHandlers } from "./jobs.server.ts";
import { createMailer, type Mailer } from "./mail.server.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limit.server.ts";

/** Long-lived things created once at start-up and shared by every request. */
export interface AppServices {
  database: AppDatabase;
  db: Kysely<Database>;
  env: Env;
  mailer: Mailer;
  limiter: RateLimiter;
  /** What the job queue runs for each kind of job. */
  jobHandlers: JobHandlers;
  /** Cookies for plain-http requests (Secure only when APP_URL is https)… */
  cookies: AppCookies;
  /** …and for requests that came over https, which always get Secure cookies. */
  httpsCookies: AppCookies;
}

/** What every loader and action receives as `context`. */
export interface AppContext extends AppServices {
  /** The CSP nonce of this response; every script tag carries it. */
  nonce: string;
  /** The client's address, for rate limits and login throttling (see TRUST_PROXY). */
  clientIp: string;
  /**
   * True only for a request made on this machine straight to the app: the socket is loopback and
   * no proxy header is present. A request relayed by a reverse proxy on the same host is not local.
   */
  isLocalRequest: boolean;
}

declare module "@remix-run/node" {
  interface AppLoadContext extends AppContext {}
}

export function createServices(
  database: AppDatabase,
  env: Env,
  options: { quietMail?: boolean } = {},
): AppServices {
  const mailer = createMailer({
    db: database.db,
    smtpUrl: env.smtpUrl,
    from: env.mailFrom,
    quiet: options.quietMail,
    outboxUrl: `${env.publicOrigin}/dev/outbox`,
  });
  return {
    database,
    db: database.db,
    env,
    mailer,
    limiter: createRateLimiter(database.counters),
    jobHandlers: createJobHandlers({ db: database.db, mailer, env }),
    cookies: createAppCookies(env),
    httpsCookies: createAppCookies({ ...env, secureCookies: true }),
  };
}

/** Absolute links in emails and copied links: the configured public address, never the request's Host. */
export function publicOrigin(context: Pick<AppContext, "env">): string {
  return context.env.publicOrigin;
}
