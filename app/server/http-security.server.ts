import crypto from "node:crypto";

/**
 * Random bytes for nonces, drawn 16 at a time from a pool refilled 4 KiB at a time: asking the
 * system for 16 bytes per response cost more than building its headers (Node pools the bytes of
 * crypto.randomUUID the same way). The bytes are the same cryptographic randomness either way.
 */
const NONCE_BYTES = 16;
const noncePool = Buffer.alloc(4096);
let noncePoolOffset = noncePool.length;

export function newNonce(): string {
  if (noncePoolOffset + NONCE_BYTES > noncePool.length) {
    crypto.randomFillSync(noncePool);
    noncePoolOffset = 0;
  }
  const nonce = noncePool.toString("base64", noncePoolOffset, noncePoolOffset + NONCE_BYTES);
  noncePoolOffset += NONCE_BYTES;
  return nonce;
}

/**
 * Headers for every response. Scripts run only with this response's nonce (no 'unsafe-inline');
 * inline style attributes are allowed because server-rendered SVG charts use them and styles cannot
 * run code. Pages may not be framed anywhere.
 */
export function securityHeaders(nonce: string, options: { dev?: boolean } = {}): Record<string, string> {
  const connect = options.dev ? "'self' ws: wss:" : "'self'";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a state-changing request visibly comes from another site. Browsers send
 * Sec-Fetch-Site and Origin on cross-site form posts; a request with neither comes from a
 * non-browser client, which cannot ride on a visitor's cookies, so it is let through.
 */
export function isCrossSiteWrite(
  method: string,
  headers: { origin?: string | null; secFetchSite?: string | null; host?: string | null },
  allowedOrigins: string[] = [],
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  // Sec-Fetch-Site cannot be set by a page, so when present it decides. (Origin alone is not
  // enough: pages with a no-referrer policy send "Origin: null" even on their own form posts.)
  const site = headers.secFetchSite?.toLowerCase();
  if (site) return site !== "same-origin" && site !== "none";
  const origin = headers.origin;
  if (!origin) return false;
  if (origin === "null") return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  if (headers.host && originHost === headers.host) return false;
  return !allowedOrigins.some((allowed) => {
    try {
      return new URL(allowed).host === originHost;
    } catch {
      return false;
    }
  });
}

/** The largest request body RoleFit reads (forms and CSV uploads). Checked before reading. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Every page's actions read forms, so a write with another content type (JSON, text, XML) is
 * refused with 415 before it reaches an action that would fail parsing it. The JSON API (/api/)
 * is the exception. A write without a body passes (a button with no fields).
 */
export function unsupportedWriteContentType(
  method: string,
  path: string,
  contentType: string | undefined,
  bodyLength: number,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || path.startsWith("/api/")) return false;
  if (!contentType) return bodyLength > 0;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) return true;
  return type === "multipart/form-data" && !/;\s*boundary=/i.test(contentType);
}

/** Headers a reverse proxy adds; a request carrying any of them did not come straight from this machine. */
const PROXY_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-real-ip",
  "via",
  "client-ip",
  "true-client-ip",
  "cf-connecting-ip",
];

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * True for a request made on this machine straight to the app. The socket address is used, never
 * a forwarded one: behind a reverse proxy on the same host every request arrives from loopback, so
 * any proxy header makes the request non-local.
 */
export function isDirectLocalRequest(
  socketAddress: string | undefined,
  headers: Record<string, string | string[] | undefined>,
): boolean {
  if (!socketAddress || !LOOPBACK.test(socketAddress)) return false;
  return !PROXY_HEADERS.some((h) => headers[h] !== undefined);
}

/** HSTS for responses served over https: browsers then refuse plain http to this host for a year. */
export const HSTS_HEADER = "max-age=31536000; includeSubDomains";
