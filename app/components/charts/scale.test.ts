import { describe, expect, it } from "vitest";
import { theta1 } from "./scale";

describe("theta1", () => {
  it("never writes −0.0", () => {
    expect(theta1(-0.04)).toBe("0.0");
    expect(theta1(-0)).toBe("0.0");
    expect(theta1(-0.05)).toBe("-0.1");
    expect(theta1(1.26)).toBe("1.3");
  });
});
