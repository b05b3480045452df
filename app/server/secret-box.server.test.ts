import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box.server.ts";

const secret = "s".repeat(40);

describe("secret box", () => {
  it("opens what it sealed, and only with the same secret and purpose", () => {
    const sealed = sealSecret("rf_key", secret, "greenhouse-api-key");
    expect(sealed).not.toContain("rf_key");
    expect(openSecret(sealed, secret, "greenhouse-api-key")).toBe("rf_key");
    expect(openSecret(sealed, "t".repeat(40), "greenhouse-api-key")).toBeNull();
    expect(openSecret(sealed, secret, "another-purpose")).toBeNull();
  });

  it("refuses an altered value and seals the same text differently each time", () => {
    const sealed = sealSecret("rf_key", secret, "p");
    const parts = sealed.split(".");
    const flipped = parts[3]!.startsWith("A") ? "B" + parts[3]!.slice(1) : "A" + parts[3]!.slice(1);
    expect(openSecret([...parts.slice(0, 3), flipped].join("."), secret, "p")).toBeNull();
    expect(openSecret("not sealed", secret, "p")).toBeNull();
    expect(sealSecret("rf_key", secret, "p")).not.toBe(sealed);
  });
});
