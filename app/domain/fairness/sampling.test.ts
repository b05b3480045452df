import { describe, expect, it } from "vitest";
import { fisherExactP, wilsonInterval } from "./sampling";

describe("wilsonInterval", () => {
  it("matches published 95% intervals", () => {
    // Newcombe (1998), Table I: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605.
    const [lo1, hi1] = wilsonInterval(81, 263);
    expect(lo1).toBeCloseTo(0.2553, 4);
    expect(hi1).toBeCloseTo(0.3662, 4);
    const [lo2, hi2] = wilsonInterval(15, 148);
    expect(lo2).toBeCloseTo(0.0624, 4);
    expect(hi2).toBeCloseTo(0.1605, 4);
  });
  it("is exact at 0% and 100% and wide for small groups", () => {
    expect(wilsonInterval(0, 10)[0]).toBe(0);
    expect(wilsonInterval(0, 10)[1]).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(5, 5)[1]).toBe(1);
    const [lo, hi] = wilsonInterval(2, 5);
    expect(hi - lo).toBeGreaterThan(0.6);
  });
  it("refuses impossible counts", () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
  });
});

describe("fisherExactP", () => {
  it("matches scipy.stats.fisher_exact on textbook tables", () => {
    // Fisher's tea-tasting table, [[3, 1], [1, 3]]: p = 0.4857.
    expect(fisherExactP(3, 4, 1, 4)).toBeCloseTo(0.4857143, 6);
    // [[1, 9], [11, 3]]: p = 0.002759.
    expect(fisherExactP(1, 10, 11, 14)).toBeCloseTo(0.002759456, 8);
  });
  it("is 1 for equal rates and symmetric in the two groups", () => {
    expect(fisherExactP(4, 10, 4, 10)).toBeCloseTo(1, 12);
    expect(fisherExactP(4, 10, 6, 10)).toBeCloseTo(fisherExactP(6, 10, 4, 10), 12);
  });
  it("says a four-fifths gap in small groups is well within chance", () => {
    // 4 of 10 against 6 of 10: impact ratio 0.67, yet p ≈ 0.66.
    expect(fisherExactP(4, 10, 6, 10)).toBeCloseTo(0.6562818, 6);
  });
});
