import { describe, expect, it } from "vitest";
import { formatUsd } from "./money.ts";

describe("formatUsd", () => {
  it("writes compact US dollars without trailing zeros", () => {
    expect(formatUsd(900)).toBe("$900");
    expect(formatUsd(150_000)).toBe("$150K");
    expect(formatUsd(1_500_000)).toBe("$1.5M");
    expect(formatUsd(80_000_000)).toBe("$80M");
  });
  it("keeps more decimals when asked (a flip of $1.25M is not $1.3M)", () => {
    expect(formatUsd(1_250_000, 2)).toBe("$1.25M");
    expect(formatUsd(1_250_000)).toBe("$1.3M");
  });
});
