import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * RoleFit's HTTP server is node:http with a short list of middleware run in order, not Express:
 * with the same Remix handler behind it, Express's router and request/response decoration cost
 * about 0.4 ms of CPU per request (measured by the benchmarks' framework floor), as much as Remix
 * and React render a page in. Middleware has the connect shape, so `compression` and `serve-static`
 * plug in unchanged.
 */
export interface AppRequest extends IncomingMessage {
  /** The path without the query string, as sent (still percent-encoded). */
  pathname: string;
  /** The body, read up to the limit by bodyLimit; undefined for requests without one. */
  body?: Buffer;
  /** This response's CSP nonce. */
  nonce: string;
}

export type Next = (error?: unknown) => void;
export type Middleware = (req: AppRequest, res: ServerResponse, next: Next) => void | Promise<void>;

/** One request listener that runs `middleware` in order; `onError` answers anything thrown or passed to next. */
export function pipeline(
  middleware: Middleware[],
  onError: (error: unknown, req: AppRequest, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (incoming, res) => {
    const req = incoming as AppRequest;
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    req.pathname = query === -1 ? url : url.slice(0, query);
    let index = 0;
    const fail = (error: unknown) => onError(error, req, res);
    const next: Next = (error) => {
      if (error !== undefined) return fail(error);
      const handler = middleware[index++];
      if (!handler) return fail(new Error(`No middleware answered ${req.method} ${req.pathname}`));
      try {
        // Connect-style middleware may return anything; only a promise is waited on.
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise) result.catch(fail);
      } catch (thrown) {
        fail(thrown);
      }
    };
    next();
  };
}

/** Answers with a short plain-text message (refusals and errors; pages come from Remix). */
export function sendText(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = Buffer.from(message);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(body.length),
  });
  res.end(body);
}

/**
 * The client's address. With TRUST_PROXY=n (n reverse proxies in front of RoleFit, each appending
 * to X-Forwarded-For) it is the address the nth proxy saw; with 0 (the default) the socket's, and
 * X-Forwarded-For is ignored, so a client cannot choose its own address.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socketAddress = req.socket.remoteAddress ?? "unknown";
  if (trustedProxies <= 0) return socketAddress;
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean)
    .reverse();
  // Nearest first: the socket (the last proxy), then what each trusted proxy says it saw.
  const chain = [socketAddress, ...forwarded];
  return chain[Math.min(trustedProxies, chain.length - 1)]!;
}

/** True when the client reached RoleFit over https: directly, or per a trusted proxy's X-Forwarded-Proto. */
export function isSecureRequest(req: IncomingMessage, trustedProxies: number): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (trustedProxies <= 0) return false;
  const header = req.headers["x-forwarded-proto"];
  const first = (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim();
  return first === "https";
}
