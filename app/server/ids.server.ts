import crypto from "node:crypto";

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();
export const isoIn = (ms: number, from = Date.now()): string => new Date(from + ms).toISOString();

/** 256 random bits, URL-safe. Used for session, reset and invitation tokens. */
export const randomToken = (): string => crypto.randomBytes(32).toString("base64url");

/** Tokens are stored only as hashes: a leaked database cannot be turned into live links or logins. */
export const hashToken = (token: string): string => crypto.createHash("sha256").update(token).digest("hex");

/** A syntactically valid token: 43 base64url characters. Cheap rejection before touching the DB. */
export const looksLikeToken = (token: unknown): token is string =>
  typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
