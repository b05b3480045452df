import { describe, expect, it } from "vitest";
import {
  isCrossSiteWrite,
  isDirectLocalRequest,
  newNonce,
  securityHeaders,
  unsupportedWriteContentType,
} from "./http-security.server.ts";

describe("isCrossSiteWrite", () => {
  const host = "localhost:3000";
  it("lets reads through whatever their origin", () => {
    expect(
      isCrossSiteWrite("GET", { origin: "https://evil.example", secFetchSite: "cross-site", host }),
    ).toBe(false);
  });
  it("refuses a form post that the browser marks cross-site", () => {
    expect(isCrossSiteWrite("POST", { secFetchSite: "cross-site", host })).toBe(true);
    expect(isCrossSiteWrite("POST", { secFetchSite: "same-site", host })).toBe(true);
  });
  it("refuses a post whose Origin is another host or opaque", () => {
    expect(isCrossSiteWrite("POST", { origin: "https://evil.example", host })).toBe(true);
    expect(isCrossSiteWrite("DELETE", { origin: "null", host })).toBe(true);
  });
  it("accepts same-origin posts and posts from the configured public address", () => {
    expect(
      isCrossSiteWrite("POST", { origin: "http://localhost:3000", secFetchSite: "same-origin", host }),
    ).toBe(false);
    expect(
      isCrossSiteWrite("POST", { origin: "https://rolefit.example.com", host: "127.0.0.1:3000" }, [
        "https://rolefit.example.com",
      ]),
    ).toBe(false);
  });
  it("trusts Sec-Fetch-Site over an opaque Origin sent by a no-referrer page's own form", () => {
    expect(isCrossSiteWrite("POST", { origin: "null", secFetchSite: "same-origin", host })).toBe(false);
  });
  it("lets non-browser clients without Origin or Sec-Fetch-Site through", () => {
    expect(isCrossSiteWrite("POST", { host })).toBe(false);
  });
});

describe("securityHeaders", () => {
  it("puts the nonce in script-src and never allows inline scripts", () => {
    const h = securityHeaders("abc123");
    expect(h["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc123'");
    expect(h["Content-Security-Policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("unsupportedWriteContentType", () => {
  it("accepts form posts and bodiless posts", () => {
    expect(unsupportedWriteContentType("POST", "/login", "application/x-www-form-urlencoded", 10)).toBe(
      false,
    );
    expect(
      unsupportedWriteContentType("POST", "/login", "application/x-www-form-urlencoded; charset=UTF-8", 10),
    ).toBe(false);
    expect(
      unsupportedWriteContentType("POST", "/roles/x/invite", "multipart/form-data; boundary=----abc", 10),
    ).toBe(false);
    expect(unsupportedWriteContentType("POST", "/logout", undefined, 0)).toBe(false);
  });
  it("refuses JSON, text, XML, multipart without a boundary and typeless bodies on pages", () => {
    for (const type of [
      "application/json",
      "text/plain",
      "application/xml",
      "multipart/form-data",
      "text/html; charset=utf-8",
    ]) {
      expect(unsupportedWriteContentType("POST", "/login", type, 10), type).toBe(true);
    }
    expect(unsupportedWriteContentType("POST", "/login", undefined, 5)).toBe(true);
  });
  it("leaves reads and the JSON API alone", () => {
    expect(unsupportedWriteContentType("GET", "/login", "application/json", 0)).toBe(false);
    expect(unsupportedWriteContentType("POST", "/api/v1/roles", "application/json", 10)).toBe(false);
  });
});

describe("isDirectLocalRequest", () => {
  it("is true only for a loopback socket without any proxy header", () => {
    expect(isDirectLocalRequest("127.0.0.1", {})).toBe(true);
    expect(isDirectLocalRequest("::1", { host: "localhost" })).toBe(true);
    expect(isDirectLocalRequest("::ffff:127.0.0.1", {})).toBe(true);
  });
  it("is false for other addresses, and for loopback requests a proxy relayed", () => {
    expect(isDirectLocalRequest("10.0.0.5", {})).toBe(false);
    expect(isDirectLocalRequest(undefined, {})).toBe(false);
    for (const header of ["x-forwarded-for", "forwarded", "x-real-ip", "via", "x-forwarded-host"]) {
      expect(isDirectLocalRequest("127.0.0.1", { [header]: "127.0.0.1" }), header).toBe(false);
    }
    // An empty X-Forwarded-For is still a proxy's mark.
    expect(isDirectLocalRequest("127.0.0.1", { "x-forwarded-for": "" })).toBe(false);
  });
});

describe("newNonce", () => {
  it("gives 16 random bytes per response, never the same twice, across refills of its pool", () => {
    // 1,000 nonces use the 4 KiB pool nearly four times over.
    const nonces = Array.from({ length: 1000 }, () => newNonce());
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
