import crypto from "node:crypto";

export const newNonce = (): string => crypto.randomBytes(16).toString("base64");

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
