import { createCookie, type Cookie } from "@remix-run/node";
import { SESSION_ABSOLUTE_MS } from "~/domain/accounts/policy.ts";
import type { Env } from "./env.server.ts";

export interface AppCookies {
  /** Holds the session token, signed with SESSION_SECRET so a tampered value is simply ignored. */
  session: Cookie;
  /** One-shot messages shown after a redirect ("Invitation sent"). */
  flash: Cookie;
  /** The language a candidate chose with the switcher (a Locale); it outranks the browser's. */
  language: Cookie;
}

export function createAppCookies(env: Pick<Env, "sessionSecret" | "secureCookies">): AppCookies {
  const common = {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env.secureCookies,
    path: "/",
    secrets: [env.sessionSecret],
  };
  return {
    session: createCookie("rf_session", { ...common, maxAge: SESSION_ABSOLUTE_MS / 1000 }),
    flash: createCookie("rf_flash", { ...common, maxAge: 60 }),
    language: createCookie("rf_lang", { ...common, maxAge: 365 * 24 * 60 * 60 }),
  };
}
