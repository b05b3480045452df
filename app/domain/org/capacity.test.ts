import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateCapacity } from "./capacity";
import { defaultProfile, type CompanyProfile } from "./profile";
import { STAFFING_SEAT_KEYS } from "./staffing";
import { STRUCTURE_IDS } from "./structures";

const profileArbitrary = fc.record({
  gtmHeadcount: fc.integer({ min: 1, max: 60 }),
  arr: fc.double({ min: 100_000, max: 50_000_000, noNaN: true }),
  growth: fc.double({ min: 0, max: 2, noNaN: true }),
  deal: fc.double({ min: 1_000, max: 300_000, noNaN: true }),
  cycle: fc.double({ min: 7, max: 300, noNaN: true }),
  releases: fc.double({ min: 0, max: 20, noNaN: true }),
  features: fc.double({ min: 0, max: 10, noNaN: true }),
  motion: fc.constantFrom<CompanyProfile["salesMotion"]>("self-serve", "transactional", "consultative"),
});

type Inputs = typeof profileArbitrary extends fc.Arbitrary<infer T> ? T : never;

function profileFrom(p: Inputs): CompanyProfile {
  return {
    ...defaultProfile(),
    gtmHeadcount: p.gtmHeadcount,
    arr: p.arr,
    arrGrowthPerYear: p.growth,
    averageDealSize: p.deal,
    salesCycleDays: p.cycle,
    releasesPerQuarter: p.releases,
    featuresPerRelease: p.features,
    salesMotion: p.motion,
  };
}

describe("capacity simulation", () => {
  it("finds the split point for the default company within the horizon", () => {
    const result = simulateCapacity(defaultProfile());
    expect(result.quarters).toBe(12);
    expect(result.demand).toHaveLength(13);
    expect(result.sustainableHoursPerPerson).toBe(384);
    expect(result.splitQuarter).not.toBeNull();
    const split = result.splitQuarter!;
    expect(result.demand[split]!.loadRatio).toBeGreaterThan(1);
    if (split > 0) expect(result.demand[split - 1]!.loadRatio).toBeLessThanOrEqual(1);
  });

  it("never delays the split when the product changes faster", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.double({ min: 0.1, max: 20, noNaN: true }), (x, extraReleases) => {
        const slow = profileFrom(x);
        const fast = { ...slow, releasesPerQuarter: (slow.releasesPerQuarter as number) + extraReleases };
        const slowSplit = simulateCapacity(slow, { structures: [] }).splitQuarter ?? Infinity;
        const fastSplit = simulateCapacity(fast, { structures: [] }).splitQuarter ?? Infinity;
        expect(fastSplit).toBeLessThanOrEqual(slowSplit);
      }),
      { numRuns: 150 },
    );
  });

  it("never reduces selling hours when more deals are needed (higher growth or smaller deals)", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.double({ min: 0.01, max: 1, noNaN: true }), (x, extra) => {
        const base = profileFrom(x);
        const moreGrowth = { ...base, arrGrowthPerYear: (base.arrGrowthPerYear as number) + extra };
        const smallerDeals = { ...base, averageDealSize: (base.averageDealSize as number) * (1 - extra / 2) };
        const a = simulateCapacity(base, { structures: [] }).demand;
        const b = simulateCapacity(moreGrowth, { structures: [] }).demand;
        const c = simulateCapacity(smallerDeals, { structures: [] }).demand;
        for (let q = 1; q < a.length; q++) {
          expect(b[q]!.deals).toBeGreaterThanOrEqual(a[q]!.deals);
          expect(b[q]!.sellingHours).toBeGreaterThanOrEqual(a[q]!.sellingHours - 1e-9);
          expect(c[q]!.sellingHours).toBeGreaterThanOrEqual(a[q]!.sellingHours - 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("plans every structure with headcount that never falls and hires that explain the growth", () => {
    const result = simulateCapacity(defaultProfile());
    for (const structure of STRUCTURE_IDS) {
      const plan = result.plans[structure];
      expect(plan).toHaveLength(13);
      for (let q = 1; q < plan.length; q++) {
        expect(plan[q]!.headcount).toBeGreaterThanOrEqual(plan[q - 1]!.headcount);
        for (const key of STAFFING_SEAT_KEYS) {
          expect(plan[q]!.staffing[key] - plan[q - 1]!.staffing[key]).toBeLessThanOrEqual(
            plan[q]!.hires[key],
          );
        }
        expect(plan[q]!.costPerQuarter).toBeGreaterThan(0);
      }
    }
    expect(result.plans.solo.every((p) => p.headcount === 1)).toBe(true);
  });

  it("keeps effective selling capacity at or above need once ramping reps count half", () => {
    const result = simulateCapacity({ ...defaultProfile(), arrGrowthPerYear: 2 });
    for (const p of result.plans["marketing-under-sales"]) {
      expect(p.sellingFteEffective).toBeGreaterThanOrEqual(p.sellingFteNeeded - 1e-9);
      expect(p.staffing.aes).toBeGreaterThanOrEqual(Math.ceil(p.sellingFteNeeded - 1e-9));
    }
  });

  it("adds SDRs only in split structures once ARR reaches $5M, at about one per 2.1 AEs", () => {
    const result = simulateCapacity({ ...defaultProfile(), arr: 8_000_000 });
    const shared = result.plans["shared-vp"][4]!.staffing;
    expect(shared.sdrs).toBe(Math.ceil(shared.aes / 2.1));
    expect(result.plans.combined[4]!.staffing.sdrs).toBe(0);
    const small = simulateCapacity({ ...defaultProfile(), arr: 1_000_000, arrGrowthPerYear: 0.2 });
    expect(small.plans["shared-vp"][0]!.staffing.sdrs).toBe(0);
  });

  it("clamps the horizon to 8–12 quarters", () => {
    expect(simulateCapacity(defaultProfile(), { quarters: 3, structures: [] }).quarters).toBe(8);
    expect(simulateCapacity(defaultProfile(), { quarters: 40, structures: [] }).quarters).toBe(12);
  });
});
