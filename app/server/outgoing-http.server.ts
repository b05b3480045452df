import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Env } from "./env.server.ts";
import { PermanentJobError } from "./jobs.server.ts";

/**
 * Every request RoleFit makes to an address someone else chose (webhook endpoints, the `url` of a
 * Greenhouse send_test) goes through sendOutgoing, so one set of rules guards them all (SSRF):
 * https only, to public addresses. In development and tests, loopback addresses (127.0.0.0/8, ::1,
 * localhost) are allowed too, over http or https. An origin listed in WEBHOOK_ALLOW_PRIVATE by the
 * operator may be private in any environment. The address is checked when the connection is made
 * (after DNS), so a name that later resolves to a private address is refused as well.
 */

/** A receiver must answer within this time; a slower answer counts as a failure. */
export const OUTGOING_TIMEOUT_MS = 10_000;

export type OutgoingEnv = Pick<Env, "nodeEnv" | "webhookPrivateOrigins">;

/** True for addresses an outgoing request must not reach by default: loopback, private, link-local, etc. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPrivateAddress(mapped[1]!);
  if (net.isIPv4(address)) {
    const [a, b] = address.split(".").map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      a >= 224 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19))
    );
  }
  const v6 = address.toLowerCase();
  return v6 === "::" || v6 === "::1" || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6);
}

export function isLoopbackAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const a = mapped ? mapped[1]! : address;
  return a === "::1" || (net.isIPv4(a) && a.startsWith("127."));
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Checks an address someone gave RoleFit to call; returns the normalised URL or why it is refused. */
export function checkOutgoingUrl(
  raw: string,
  env: OutgoingEnv,
): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: "Enter a full address starting with https://" };
  }
  if (url.username || url.password)
    return { ok: false, message: "Leave the user name and password out of the address." };
  const allowedPrivate = env.webhookPrivateOrigins?.includes(url.origin) ?? false;
  const devLoopback = env.nodeEnv !== "production" && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol === "https:") return { ok: true, url: url.toString() };
  if (url.protocol === "http:" && (devLoopback || allowedPrivate)) return { ok: true, url: url.toString() };
  return {
    ok: false,
    message: "The address must start with https:// (plain http only for this machine while developing).",
  };
}

/** Whether a connection to this resolved address may be made for this URL. */
function addressAllowed(address: string, url: URL, env: OutgoingEnv): boolean {
  if (!isPrivateAddress(address)) return true;
  if (env.webhookPrivateOrigins?.includes(url.origin)) return true;
  return env.nodeEnv !== "production" && isLoopbackAddress(address);
}

/** A refused address will be refused on every retry too, so the job fails at once. */
export class RefusedAddressError extends PermanentJobError {}

export interface OutgoingRequest {
  method: "POST" | "PATCH";
  url: string;
  headers: Record<string, string>;
  /** Empty for a request without a body (then Content-Length: 0). */
  body: string;
}

/** Sends the request; resolves with the status code, rejects on network errors, timeouts, refusals. */
export function sendOutgoing(request: OutgoingRequest, env: OutgoingEnv): Promise<number> {
  const url = new URL(request.url);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !addressAllowed(host, url, env)) {
    return Promise.reject(new RefusedAddressError(`Refused: ${host} is a private or loopback address`));
  }
  if (url.protocol !== "https:" && checkOutgoingUrl(request.url, env).ok === false) {
    return Promise.reject(new RefusedAddressError("Refused: the address must start with https://"));
  }
  const lookup: net.LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: false }, (error, address, family) => {
      if (error) return callback(error, "", 0);
      if (!addressAllowed(address as string, url, env)) {
        return callback(
          new RefusedAddressError(`Refused: ${hostname} resolves to a private or loopback address`),
          "",
          0,
        );
      }
      callback(null, address as string, family);
    });
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      {
        method: request.method,
        headers: { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) },
        lookup,
        timeout: OUTGOING_TIMEOUT_MS,
      },
      (response) => {
        response.resume(); // The body is not used; drain it so the socket is released.
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    outgoing.on("timeout", () =>
      outgoing.destroy(new Error(`No answer within ${OUTGOING_TIMEOUT_MS / 1000} s`)),
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}
