import crypto from "node:crypto";

/**
 * Secrets RoleFit must send back later in plain text (the API key Greenhouse expects on its PATCH)
 * are stored sealed: AES-256-GCM under a key derived (HKDF-SHA256) from the session secret, with the
 * purpose as the HKDF info, so a copy of the database alone reveals nothing. A changed session
 * secret makes old sealed values unreadable (openSecret returns null), which callers treat as gone.
 */

const VERSION = "v1";

function keyFor(sessionSecret: string, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", sessionSecret, "rolefit-secret-box", purpose, 32));
}

export function sealSecret(plain: string, sessionSecret: string, purpose: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFor(sessionSecret, purpose), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plain text, or null when the value was sealed under another secret, purpose or was altered. */
export function openSecret(value: string, sessionSecret: string, purpose: string): string | null {
  const [version, iv, tag, sealed] = value.split(".");
  if (version !== VERSION || !iv || !tag || sealed === undefined) return null;
  try {
    const decipher = crypto.createDecipheriv(
      "aes-256-gcm",
      keyFor(sessionSecret, purpose),
      Buffer.from(iv, "base64url"),
    );
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}
