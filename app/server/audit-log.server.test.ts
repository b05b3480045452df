import { describe, expect, it } from "vitest";
import { isNewPageView } from "./audit-log.server.ts";

const get = (url: string, referer?: string, method = "GET") =>
  new Request(url, { method, headers: referer ? { Referer: referer } : {} });

describe("isNewPageView", () => {
  const page = "http://localhost:3000/roles/r1/candidates/c1";
  it("counts arriving from another page, a reload and a request without a Referer", () => {
    expect(isNewPageView(get(page, "http://localhost:3000/roles/r1"))).toBe(true);
    expect(isNewPageView(get(page))).toBe(true);
    expect(isNewPageView(get(`${page}.data`, "http://localhost:3000/roles/r1"))).toBe(true);
  });
  it("does not count the page reloading its data after one of its own actions", () => {
    expect(isNewPageView(get(`${page}.data?_routes=routes%2Fx`, page))).toBe(false);
    expect(isNewPageView(get(page, page))).toBe(false);
    expect(isNewPageView(get(page, page, "POST"))).toBe(false);
  });
  it("counts a different query on the same path (a new date range is a new view)", () => {
    expect(
      isNewPageView(get("http://localhost:3000/fairness?from=2026-01-01", "http://localhost:3000/fairness")),
    ).toBe(true);
    expect(isNewPageView(get("http://localhost:3000/_root.data", "http://localhost:3000/"))).toBe(false);
  });
});
