import { describe, expect, it } from "vitest";
import { chiSquareSurvival, logGamma, regularizedBeta, studentTTwoSided } from "./distributions";

describe("tail probabilities", () => {
  it("gives the textbook χ² critical values", () => {
    // 3.841 and 5.991 are the .05 critical values of χ²(1) and χ²(2); 6.635 the .01 one of χ²(1).
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(6.634897, 1)).toBeCloseTo(0.01, 6);
    expect(chiSquareSurvival(5.991465, 2)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(0, 1)).toBe(1);
  });

  it("gives the textbook t critical values", () => {
    // t(.975, 10) = 2.228139, t(.975, 28) = 2.048407, t(.995, 5) = 4.032143.
    expect(studentTTwoSided(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(studentTTwoSided(-2.048407, 28)).toBeCloseTo(0.05, 6);
    expect(studentTTwoSided(4.032143, 5)).toBeCloseTo(0.01, 6);
    expect(studentTTwoSided(0, 7)).toBeCloseTo(1, 12);
  });

  it("log Γ and the incomplete beta agree with closed forms", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    // I_x(1, 1) = x; I_x(2, 1) = x².
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedBeta(0.6, 2, 1)).toBeCloseTo(0.36, 12);
  });
});
