import { describe, expect, it } from "vitest";
import { simulateCapacity } from "./capacity";
import { runMonteCarlo, quantileSorted } from "./montecarlo";
import { defaultProfile, modeOf, type CompanyProfile } from "./profile";
import { mulberry32 } from "../psychometrics/prng";
import { sampleTriangular, triangularMean } from "./triangular";

describe("Monte Carlo", () => {
  const profile = defaultProfile();

  it("gives the same result for the same seed and different results for different seeds", () => {
    const a = runMonteCarlo(profile, { structureId: "combined", seed: 42 });
    const b = runMonteCarlo(profile, { structureId: "combined", seed: 42 });
    const c = runMonteCarlo(profile, { structureId: "combined", seed: 43 });
    expect(b).toEqual(a);
    expect(c.fan.sellingHours.bands).not.toEqual(a.fan.sellingHours.bands);
  });

  it("runs 1,000 runs by default and returns ordered percentiles for every quarter", () => {
    const result = runMonteCarlo(profile, { structureId: "shared-vp", quarters: 12 });
    expect(result.runs).toBe(1000);
    for (const series of Object.values(result.fan)) {
      expect(series.bands).toHaveLength(13);
      for (const band of series.bands) {
        expect(band.p10).toBeLessThanOrEqual(band.p25);
        expect(band.p25).toBeLessThanOrEqual(band.p50);
        expect(band.p50).toBeLessThanOrEqual(band.p75);
        expect(band.p75).toBeLessThanOrEqual(band.p90);
      }
    }
    expect(result.fan.headcount.bands[12]!.p90).toBeGreaterThan(result.fan.headcount.bands[12]!.p10);
  });

  it("gives cumulative split probabilities that never fall and add up with 'never'", () => {
    const result = runMonteCarlo(profile, { structureId: "combined" });
    const p = result.splitProbabilityByQuarter;
    for (let q = 1; q < p.length; q++) expect(p[q]).toBeGreaterThanOrEqual(p[q - 1]!);
    expect(p[p.length - 1]! + result.splitNeverProbability).toBeCloseTo(1);
    if (result.medianSplitQuarter !== null) expect(p[result.medianSplitQuarter]).toBeGreaterThanOrEqual(0.5);
  });

  it("collapses to the deterministic plan when nothing is uncertain", () => {
    const fixed: CompanyProfile = {
      ...profile,
      arrGrowthPerYear: modeOf(profile.arrGrowthPerYear),
      averageDealSize: modeOf(profile.averageDealSize),
      salesCycleDays: modeOf(profile.salesCycleDays),
      releasesPerQuarter: modeOf(profile.releasesPerQuarter),
      featuresPerRelease: modeOf(profile.featuresPerRelease),
      selfServeBuyingShare: modeOf(profile.selfServeBuyingShare),
    };
    const mc = runMonteCarlo(fixed, {
      structureId: "peers",
      runs: 50,
      effortUncertainty: { low: 1, mode: 1, high: 1 },
      modelUncertainty: false,
    });
    const plan = simulateCapacity(fixed).plans.peers;
    mc.fan.headcount.bands.forEach((band, q) => {
      expect(band.p10).toBe(plan[q]!.headcount);
      expect(band.p90).toBe(plan[q]!.headcount);
      expect(mc.fan.costPerQuarter.bands[q]!.p50).toBeCloseTo(plan[q]!.costPerQuarter);
    });
  });

  it("refuses a non-positive number of runs", () => {
    expect(() => runMonteCarlo(profile, { structureId: "solo", runs: 0 })).toThrow(RangeError);
  });

  it("draws triangular values inside the range around the right mean", () => {
    const random = mulberry32(7);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < 20_000; i++) {
      const x = sampleTriangular(random, 10, 20, 60);
      min = Math.min(min, x);
      max = Math.max(max, x);
      sum += x;
    }
    expect(min).toBeGreaterThanOrEqual(10);
    expect(max).toBeLessThanOrEqual(60);
    expect(sum / 20_000).toBeCloseTo(triangularMean(10, 20, 60), 0);
    expect(sampleTriangular(random, 5, 5, 5)).toBe(5);
  });

  it("interpolates quantiles between order statistics", () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantileSorted([0, 10], 0.1)).toBeCloseTo(1);
  });
});
