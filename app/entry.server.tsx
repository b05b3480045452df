import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { provideMessages } from "./components/message-catalog";
import { NonceProvider } from "./components/nonce";
import { MESSAGES } from "./domain/i18n/messages";
import { documentResponse } from "./server/document-body.server";

// The server renders pages in every language: all of them are there from the start.
provideMessages(MESSAGES);

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.nonce;
  // No route defers data, so the whole document is ready when the shell is: it is rendered into one
  // buffer and sent in one write with a Content-Length (see documentResponse). (Streaming it had cost a write per React
  // chunk plus two stream conversions: writev alone was 6% of the questionnaire page's CPU.)
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const chunks: Buffer[] = [];
    const sink = new Writable({
      // React listens for "close" to abort a render whose client left; this sink only closes after
      // React has finished, when that abort would end the stream a second time and Node would build
      // an ERR_STREAM_ALREADY_FINISHED error, stack and all (1.7% of the framework floor's page CPU in the profile).
      emitClose: false,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        clearTimeout(timer);
        const body = Buffer.concat(chunks);
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        responseHeaders.set("Content-Length", String(body.length));
        // Pages can hold candidate or account data: never store them in shared or browser caches.
        if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "no-store");
        resolve(documentResponse(body, { headers: responseHeaders, status: responseStatusCode }));
        done();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          pipe(sink);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY + 1000);
  });
}

/** Unexpected errors are logged here; the visitor sees the friendly error page, never the stack. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  console.error(`[error] ${request.method} ${new URL(request.url).pathname}`, error);
};
