import { describe, expect, it } from "vitest";
import { alreadySeparate, assessFeasibility, combinedRoleMustSplit, describeSplit } from "./feasibility";
import { VALIDATION_CASES } from "./validation/cases";
import { scenarioVerdict } from "./verdict";

const at = (gtmHeadcount: number, arr = 1_000_000, soloLoad = 0.8) => ({ gtmHeadcount, arr, soloLoad });

describe("feasibility", () => {
  it("allows one person doing both only while one person works in go-to-market", () => {
    expect(assessFeasibility("solo", at(1)).feasible).toBe(true);
    const eight = assessFeasibility("solo", at(8));
    expect(eight.feasible).toBe(false);
    expect(eight.reason).toMatch(/^Not feasible: 8 people work in go-to-market today/);
  });

  it("refuses a VP over both functions for a handful of people and penalises it up to ten", () => {
    expect(assessFeasibility("shared-vp", at(4)).feasible).toBe(false);
    const seven = assessFeasibility("shared-vp", at(7));
    expect(seven).toMatchObject({ feasible: true });
    expect(seven.penalty).toBeCloseTo(0.75);
    expect(assessFeasibility("shared-vp", at(12)).penalty).toBe(0);
  });

  it("penalises a generalist team from $5M ARR and refuses it past 25 people or $20M ARR", () => {
    expect(assessFeasibility("combined", at(6, 2_000_000)).penalty).toBe(0);
    expect(assessFeasibility("combined", at(6, 6_000_000)).penalty).toBeGreaterThan(0);
    expect(assessFeasibility("combined", at(6, 6_000_000)).reason).toMatch(/Bridge Group 2017/);
    expect(assessFeasibility("combined", at(30)).feasible).toBe(false);
    expect(assessFeasibility("combined", at(10, 25_000_000)).feasible).toBe(false);
  });

  it("needs two people for any structure with separate functions", () => {
    for (const s of ["marketing-under-sales", "sales-under-marketing", "peers"] as const) {
      expect(assessFeasibility(s, at(1)).feasible).toBe(false);
      expect(assessFeasibility(s, at(2)).feasible).toBe(true);
    }
  });

  it("splits the combined role when overloaded or past the size where combined teams exist", () => {
    expect(combinedRoleMustSplit(0.9, 1_000_000, 5)).toBe(false);
    expect(combinedRoleMustSplit(1.01, 1_000_000, 5)).toBe(true);
    expect(combinedRoleMustSplit(0.2, 30_000_000, 5)).toBe(true);
    expect(combinedRoleMustSplit(0.2, 1_000_000, 80)).toBe(true);
  });
});

describe("already split", () => {
  it("says a company past the size of combined teams has already split, not that it splits at quarter 0", () => {
    expect(alreadySeparate(30_000_000, 10)).toBe(true);
    expect(alreadySeparate(5_000_000, 26)).toBe(true);
    expect(alreadySeparate(5_000_000, 14)).toBe(false);
    expect(describeSplit(0, { arr: 50_000_000, gtmHeadcount: 80 })).toBe(
      "already split (separate teams at this size)",
    );
    expect(describeSplit(0, { arr: 1_500_000, gtmHeadcount: 4 })).toBe("now (quarter 0)");
    expect(describeSplit(5, { arr: 1_500_000, gtmHeadcount: 4 })).toBe("quarter 5");
    expect(describeSplit(null, { arr: 300_000, gtmHeadcount: 1 })).toBe("not within the horizon");
  });

  it("marks the validation companies that already run separate teams, and only those", () => {
    const marked = VALIDATION_CASES.filter(
      (c) =>
        scenarioVerdict(
          { profile: c.profile, weights: {}, quarters: 12 },
          { stage: c.stage, runs: 20, seed: 1 },
        ).alreadySplit,
    ).map((c) => c.id);
    expect(marked).toEqual([
      "series-b-consultative-integrated",
      "series-b-transactional",
      "growth-hybrid",
      "self-serve-50m",
      "enterprise-80m",
    ]);
  });
});
