import { describe, expect, it } from "vitest";
import { erf, erfc, localPercentile, normalCdf, referencePercentile } from "./norms";

describe("norms", () => {
  it("erf and Φ match reference values to ~1e-14", () => {
    expect(erf(0)).toBe(0);
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 14);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 14);
    expect(erf(-1.5)).toBeCloseTo(-0.9661051464753108, 14);
    expect(erf(2.5)).toBeCloseTo(0.999593047982555, 14);
    expect(erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 12);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 10);
    expect(normalCdf(-10) / 7.619853024160527e-24).toBeCloseTo(1, 10);
    expect(normalCdf(40)).toBe(1);
    expect(referencePercentile(0)).toBeCloseTo(50, 12);
  });

  it("is continuous where the series hands over to the continued fraction", () => {
    expect(Math.abs(erf(1.9999999999) - erf(2.0000000001))).toBeLessThan(1e-10);
    expect(erf(2)).toBeCloseTo(0.9953222650189527, 14);
  });

  it("local norms use mid-rank ties and report small n", () => {
    const scores = [1, 2, 2, 3];
    const result = localPercentile(2, scores);
    expect(result.percentile).toBe(50); // (1 below + ½·2 equal) / 4
    expect(result.n).toBe(4);
    expect(result.tooFewScores).toBe(true);
    expect(result.note).toMatch(/Only 4/);
    const many = Array.from({ length: 40 }, (_, i) => i);
    expect(localPercentile(39.5, many)).toMatchObject({ percentile: 100, tooFewScores: false, note: null });
    expect(localPercentile(1, []).percentile).toBeNull();
  });
});
