import { describe, expect, it } from "vitest";
import { safeRedirect } from "./schemas.ts";

describe("safeRedirect", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeRedirect("/roles/abc?tab=2#top")).toBe("/roles/abc?tab=2#top");
    expect(safeRedirect("/join/xyz")).toBe("/join/xyz");
  });
  it("refuses anything a browser would read as another host", () => {
    const hostile = [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example", // browsers drop the tab: "//evil.example"
      "/\n/evil.example",
      "/\r/evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "https://evil.example/",
      "http:evil.example",
      "javascript:alert(1)",
      " /evil",
      "\\\\evil.example",
      "/\u0000/evil.example",
      "/\u007f/evil.example",
      "/\u0085/evil.example",
    ];
    for (const to of hostile) expect(safeRedirect(to), JSON.stringify(to)).toBe("/dashboard");
  });
  it("returns a plain, percent-encoded path for unusual characters (never a header-breaking one)", () => {
    for (const to of ["/caf\u00e9", "/a\u2028b", "/a\u200bb", "/\ufeffx", "/a b"]) {
      const out = safeRedirect(to);
      expect(out.startsWith("/") && !out.startsWith("//"), to).toBe(true);
      expect(out, to).toMatch(/^[\x21-\x7e]+$/);
    }
  });
  it("falls back for non-strings and absurdly long targets", () => {
    expect(safeRedirect(undefined)).toBe("/dashboard");
    expect(safeRedirect(42)).toBe("/dashboard");
    expect(safeRedirect(`/${"a".repeat(3000)}`)).toBe("/dashboard");
  });
});
