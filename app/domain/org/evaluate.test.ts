import { describe, expect, it } from "vitest";
import { closeCallSentence, evaluateStructures } from "./evaluate";
import { defaultProfile, modeOf, type CompanyProfile } from "./profile";

const seriesA: CompanyProfile = {
  ...defaultProfile(),
  stage: "series-a",
  gtmHeadcount: 14,
  arr: 5_000_000,
  arrGrowthPerYear: { low: 0.5, mode: 0.8, high: 1.1 },
};

describe("probability best and close calls", () => {
  it("gives feasible structures all the probability and infeasible ones none", () => {
    const e = evaluateStructures(seriesA, { runs: 120, seed: 5 });
    const feasible = e.assessment.ranking.filter((r) => r.feasible).map((r) => r.structureId);
    const total = e.odds.reduce((sum, o) => sum + o.probabilityBest, 0);
    expect(total).toBeCloseTo(1);
    for (const o of e.odds) if (!feasible.includes(o.structureId)) expect(o.probabilityBest).toBe(0);
    expect(e.odds.find((o) => o.structureId === "solo")!.probabilityBest).toBe(0);
  });

  it("calls a near-tie too close to call and names what tells the two apart", () => {
    const e = evaluateStructures(seriesA, { runs: 200, seed: 5 });
    expect(e.closeCall.isClose).toBe(true);
    expect(e.closeCall.lead).toBeLessThan(e.closeCall.band);
    expect(e.closeCall.runnerUp).not.toBeNull();
    expect(e.closeCall.runnerUp).not.toBe(e.closeCall.leader);
    expect(e.closeCall.differences).toHaveLength(3);
    expect(closeCallSentence(e.closeCall)).toMatch(/too close to call/);
  });

  it("is not a close call when one structure clearly leads", () => {
    const founder = { ...defaultProfile(), gtmHeadcount: 1, arr: 200_000 };
    const e = evaluateStructures(founder, { runs: 60 });
    expect(e.assessment.recommended).toBe("solo");
    expect(e.closeCall.isClose).toBe(false);
    expect(e.odds.find((o) => o.structureId === "solo")!.probabilityBest).toBe(1);
  });

  it("uses at least the resolution floor as the band when nothing is uncertain", () => {
    const p = defaultProfile();
    const fixed: CompanyProfile = {
      ...seriesA,
      arrGrowthPerYear: 0.8,
      averageDealSize: modeOf(p.averageDealSize),
      salesCycleDays: modeOf(p.salesCycleDays),
      releasesPerQuarter: modeOf(p.releasesPerQuarter),
      featuresPerRelease: modeOf(p.featuresPerRelease),
      selfServeBuyingShare: modeOf(p.selfServeBuyingShare),
    };
    expect(evaluateStructures(fixed, { runs: 30 }).closeCall.band).toBeGreaterThanOrEqual(0.1);
  });

  it("is reproducible for a seed", () => {
    expect(evaluateStructures(seriesA, { runs: 50, seed: 9 }).odds).toEqual(
      evaluateStructures(seriesA, { runs: 50, seed: 9 }).odds,
    );
  });
});
