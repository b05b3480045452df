import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const optionalUrl = (protocols: RegExp, hint: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || protocols.test(v), { message: hint });

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: optionalUrl(
    /^postgres(ql)?:\/\//,
    "DATABASE_URL must start with postgres:// (leave it unset for SQLite)",
  ),
  SMTP_URL: optionalUrl(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://"),
  MAIL_FROM: z.string().trim().min(3).default("RoleFit <no-reply@rolefit.local>"),
  SESSION_SECRET: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || v.length >= 32, {
      message: "SESSION_SECRET must be at least 32 characters",
    }),
  APP_URL: optionalUrl(/^https?:\/\//, "APP_URL must be an http:// or https:// address"),
  TRUST_PROXY: z.coerce
    .number({ message: "TRUST_PROXY must be the number of reverse proxies in front of RoleFit (0 to 5)" })
    .int()
    .min(0)
    .max(5)
    .default(0),
  DEMO_SEED: z
    .enum(["0", "1"], { message: "DEMO_SEED must be 1 (seed a demo workspace into a new database) or 0" })
    .default("1"),
  // Origins (e.g. "https://hooks.internal:8443") on private networks that webhooks may reach.
  WEBHOOK_ALLOW_PRIVATE: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((o) => /^https?:\/\/[^/]+$/.test(o)), {
      message:
        "WEBHOOK_ALLOW_PRIVATE must be a comma-separated list of origins such as https://hooks.internal:8443",
    }),
  WEB_CONCURRENCY: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 64), {
      message: "WEB_CONCURRENCY must be the number of worker processes (1 to 64; unset: one per core)",
    }),
});

export interface Env {
  nodeEnv: "development" | "production" | "test";
  port: number;
  dataDir: string;
  databaseUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  sessionSecret: string;
  appUrl?: string;
  /**
   * The origin of every absolute link RoleFit writes (emails, copied invitation links): APP_URL,
   * or http://localhost:PORT when it is unset. Never taken from a request's Host or
   * X-Forwarded-Host, which a client chooses (a reset link must not point at an attacker's host).
   */
  publicOrigin: string;
  /**
   * Cookies always get the Secure flag when APP_URL is https; otherwise they get it per request
   * when that request arrived over https (directly or through a trusted proxy).
   */
  secureCookies: boolean;
  /** How many reverse proxies in front of the app may set X-Forwarded-For / -Proto (0: none). */
  trustProxy: number;
  /**
   * Whether a new (empty) database gets the demo workspace at start-up. On by default so that
   * `npm start` shows the product; DEMO_SEED=0 for production. An existing database is never seeded.
   */
  demoSeed: boolean;
  /** Origins on private or loopback networks that webhooks may reach anyway (WEBHOOK_ALLOW_PRIVATE). */
  webhookPrivateOrigins?: string[];
  /** How many worker processes serve requests (WEB_CONCURRENCY; default: one per core). */
  webConcurrency: number;
}

export class EnvError extends Error {}

/**
 * Validates the environment. SESSION_SECRET, when unset, is generated once into DATA_DIR so that
 * sessions survive restarts without the operator having to configure anything.
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const appUrl = e.APP_URL ? new URL(e.APP_URL).origin : undefined;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    appUrl,
    publicOrigin: appUrl ?? `http://localhost:${e.PORT}`,
    secureCookies: appUrl?.startsWith("https://") ?? false,
    trustProxy: e.TRUST_PROXY,
    demoSeed: e.DEMO_SEED === "1",
    webhookPrivateOrigins: e.WEBHOOK_ALLOW_PRIVATE.map((o) => new URL(o).origin),
    webConcurrency: e.WEB_CONCURRENCY ? Number(e.WEB_CONCURRENCY) : os.availableParallelism(),
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  // Created for this user only; an existing directory keeps the mode its owner gave it.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not there yet: create it below.
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
