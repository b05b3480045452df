import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, isSecureRequest, pipeline, type Middleware } from "./http-pipeline.server";

const request = (
  headers: Record<string, string | string[]>,
  socket: { remoteAddress?: string; encrypted?: boolean } = { remoteAddress: "10.0.0.9" },
) => ({ headers, socket, url: "/a/x?change=1", method: "GET" }) as unknown as IncomingMessage;

describe("clientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, so a client cannot pick its address", () => {
    expect(clientAddress(request({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("10.0.0.9");
  });

  it("takes the address the trusted proxy saw, not what the client wrote before it", () => {
    // The client sent "6.6.6.6"; the one proxy appended the address it saw.
    expect(clientAddress(request({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), 1)).toBe("203.0.113.7");
    expect(clientAddress(request({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }), 2)).toBe(
      "203.0.113.7",
    );
  });

  it("falls back to the furthest known address when fewer proxies forwarded than are trusted", () => {
    expect(clientAddress(request({}), 1)).toBe("10.0.0.9");
    expect(clientAddress(request({ "x-forwarded-for": "203.0.113.7" }), 3)).toBe("203.0.113.7");
  });
});

describe("isSecureRequest", () => {
  it("trusts X-Forwarded-Proto only behind a declared proxy", () => {
    expect(isSecureRequest(request({ "x-forwarded-proto": "https" }), 0)).toBe(false);
    expect(isSecureRequest(request({ "x-forwarded-proto": "https" }), 1)).toBe(true);
    expect(isSecureRequest(request({ "x-forwarded-proto": "http, https" }), 1)).toBe(false);
  });

  it("is true on a TLS socket", () => {
    expect(isSecureRequest(request({}, { remoteAddress: "10.0.0.9", encrypted: true }), 0)).toBe(true);
  });
});

describe("pipeline", () => {
  const response = () => {
    const sent: { status?: number; body?: string } = {};
    const res = {
      headersSent: false,
      writeHead(status: number) {
        sent.status = status;
      },
      end(body?: Buffer | string) {
        sent.body = String(body ?? "");
      },
    } as unknown as ServerResponse;
    return { res, sent };
  };

  it("runs middleware in order with the path split from the query", async () => {
    const seen: string[] = [];
    const { res, sent } = response();
    const handler = pipeline(
      [
        (req, _res, next) => {
          seen.push(`first ${req.pathname}`);
          next();
        },
        (_req, r) => {
          seen.push("second");
          r.end("done");
        },
      ],
      () => seen.push("error"),
    );
    handler(request({}), res);
    expect(seen).toEqual(["first /a/x", "second"]);
    expect(sent.body).toBe("done");
  });

  it("hands a thrown error, a rejected promise and next(error) to the error handler", async () => {
    const errors: unknown[] = [];
    const run = (middleware: Middleware) =>
      pipeline([middleware], (error) => errors.push(error))(request({}), response().res);
    run(() => {
      throw new Error("thrown");
    });
    run(async () => {
      throw new Error("rejected");
    });
    run((_req, _res, next) => next(new Error("passed")));
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors.map((e) => (e as Error).message)).toEqual(["thrown", "passed", "rejected"]);
  });
});
