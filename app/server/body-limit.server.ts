import type { ServerResponse } from "node:http";
import { sendText, type AppRequest, type Middleware } from "./http-pipeline.server";

const TOO_LARGE = (limit: number) =>
  `That request is too large: RoleFit accepts at most ${Math.round(limit / 1024 / 1024)} MB. For long lists, upload them in parts.`;

/**
 * Reads a request body into req.body (a Buffer), refusing it with 413 as soon as it is known to be
 * over the limit: at once when Content-Length says so, and for a chunked body as soon as the bytes
 * received pass the limit. Nothing past the limit is kept. (body-parser's raw() drains the whole
 * body before answering, so a client announcing 200 MB could hold a request open indefinitely.)
 * Compressed request bodies are refused: a small gzip can unpack to gigabytes.
 */
export function bodyLimit(limit: number): Middleware {
  return (req, res, next) => {
    const declared = req.headers["content-length"];
    const chunked = req.headers["transfer-encoding"] !== undefined;
    if (declared === undefined && !chunked) return next();
    if (Number(declared) > limit) return refuse(req, res, 413, TOO_LARGE(limit));
    const encoding = req.headers["content-encoding"];
    if (encoding && encoding !== "identity")
      return refuse(req, res, 415, "Compressed request bodies are not accepted.");
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        chunks.length = 0;
        refuse(req, res, 413, TOO_LARGE(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (settled) return;
      settled = true;
      req.body = Buffer.concat(chunks, size);
      next();
    });
    req.on("error", (error) => {
      if (settled) return;
      settled = true;
      next(error);
    });
  };
}

/** Answers and closes the connection; whatever else the client sends is discarded, not stored. */
function refuse(req: AppRequest, res: ServerResponse, status: number, message: string) {
  sendText(res, status, message, { Connection: "close" });
  req.resume();
  // Give the client a moment to read the answer, then drop a sender that will not stop.
  res.on("finish", () => setTimeout(() => req.socket.destroy(), 1000).unref());
}
