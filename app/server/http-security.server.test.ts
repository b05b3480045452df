import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, securityHeaders } from "./http-security.server.ts";

describe("isCrossSiteWrite", () => {
  const host = "localhost:3000";
  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteWrite("GET", { origin: "https://evil.example", secFetchSite: "cross-site", host })).toBe(false);
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
    expect(isCrossSiteWrite("POST", { origin: "http://localhost:3000", secFetchSite: "same-origin", host })).toBe(false);
    expect(isCrossSiteWrite("POST", { origin: "https://rolefit.example.com", host: "127.0.0.1:3000" }, ["https://rolefit.example.com"])).toBe(false);
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
