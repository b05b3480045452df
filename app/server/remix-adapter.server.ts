import {
  createRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { documentBody } from "./document-body.server";
import type { AppRequest, Middleware } from "./http-pipeline.server";

/**
 * Hands a request to Remix. Unlike @remix-run/express's handler this one (1) builds the
 * request URL from the configured public origin, so no loader or action can ever see a Host or
 * X-Forwarded-Host a client chose, and (2) passes the body that the body-limit middleware already
 * read (req.body, a Buffer), so the limit holds for chunked uploads as well.
 */
export function createRemixHandler(options: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  origin: string;
  getLoadContext: (req: AppRequest, res: ServerResponse) => AppLoadContext;
}): Middleware {
  const handle = createRequestHandler(options.build, options.mode);
  return async (req, res, next) => {
    try {
      const controller = new AbortController();
      // Stop loaders and actions once the client is gone and the response can no longer be sent.
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const init: RequestInit = {
        method: req.method,
        headers: canonicalHeaders(req.headers, options.origin),
        signal: controller.signal,
      };
      if (req.method !== "GET" && req.method !== "HEAD" && Buffer.isBuffer(req.body))
        init.body = new Uint8Array(req.body);
      // The server refuses request targets that do not start with "/"; appending the target (not
      // resolving it) keeps "//host/x" a path.
      const request = new Request(`${options.origin}${req.url}`, init);
      const response = await handle(request, options.getLoadContext(req, res));
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The request's headers as Remix should see them: addressed to the public origin. Cross-site writes
 * were already refused by the server's own check (Sec-Fetch-Site, Origin against Host and APP_URL),
 * so a write that got here is same-site; its Host and Origin are rewritten to the public origin, and
 * forwarded-host headers dropped, so nothing downstream reads a host a client chose, and Remix's
 * narrower Origin-equals-Host check cannot refuse a post that came through a proxy or APP_URL.
 */
function canonicalHeaders(incoming: IncomingHttpHeaders, origin: string): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(incoming)) {
    if (key === "host" || key === "origin" || key === "x-forwarded-host" || key === "forwarded") continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  headers.set("host", new URL(origin).host);
  if (incoming.origin !== undefined) headers.set("origin", origin);
  return headers;
}

async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  // entries() gives each Set-Cookie on its own; appendHeader keeps them all.
  for (const [key, value] of response.headers.entries()) res.appendHeader(key, value);
  const document = documentBody(response);
  if (document) res.end(document);
  else if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
