import { describe, expect, it } from "vitest";
import { CRITERION_IDS } from "./criteria";
import { RELATIONSHIP_STAGES } from "./diagnostic";
import { defaultProfile, type CompanyProfile } from "./profile";
import { scoreCriterion, scoreStructures } from "./scoring";
import { STRUCTURE_IDS } from "./structures";

const consultativeScaleUp: CompanyProfile = {
  ...defaultProfile(),
  gtmHeadcount: 14,
  arr: 8_000_000,
  salesMotion: "consultative",
  averageDealSize: 80_000,
  salesCycleDays: 120,
};

describe("structure scoring", () => {
  it("scores every structure on every criterion, 0–10, with a one-sentence reason", () => {
    for (const profile of [
      defaultProfile(),
      consultativeScaleUp,
      { ...defaultProfile(), salesMotion: "self-serve" as const },
    ]) {
      for (const stage of RELATIONSHIP_STAGES) {
        const assessment = scoreStructures(profile, { stage });
        expect(assessment.ranking).toHaveLength(STRUCTURE_IDS.length);
        for (const structure of assessment.ranking) {
          expect(structure.criteria.map((c) => c.criterionId)).toEqual([...CRITERION_IDS]);
          for (const c of structure.criteria) {
            expect(c.score).toBeGreaterThanOrEqual(0);
            expect(c.score).toBeLessThanOrEqual(10);
            expect(c.reason.trim().length).toBeGreaterThan(20);
            expect(c.reason.trim().endsWith(".")).toBe(true);
            expect(c.reason).not.toMatch(/NaN|Infinity|\[object/);
          }
        }
      }
    }
  });

  it("builds reasons from the inputs", () => {
    const assessment = scoreStructures(consultativeScaleUp, { stage: "undefined" });
    const shared = assessment.ranking.find((s) => s.structureId === "shared-vp")!;
    const arbitration = shared.criteria.find((c) => c.criterionId === "conflict-arbitration")!;
    expect(arbitration.reason).toContain("14 GTM people");
    expect(arbitration.reason).toContain("consultative");
    expect(arbitration.reason).toContain("an undefined relationship");
  });

  it("ranks best first with totals equal to the weighted sum of scores", () => {
    const assessment = scoreStructures(defaultProfile(), { weights: { "selling-capacity": 3 } });
    const feasible = assessment.ranking.filter((s) => s.feasible);
    const infeasible = assessment.ranking.filter((s) => !s.feasible);
    expect(assessment.ranking).toEqual([...feasible, ...infeasible]);
    for (const group of [feasible, infeasible]) {
      const totals = group.map((s) => s.total);
      expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    }
    for (const s of assessment.ranking) {
      const expected =
        s.criteria.reduce((sum, c) => sum + c.score * assessment.weights[c.criterionId], 0) - s.penalty;
      expect(s.total).toBeCloseTo(Math.max(0, expected), 9);
    }
    expect(assessment.recommended).toBe(assessment.ranking[0]!.structureId);
    expect(assessment.ranking.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("lets a maturing relationship favour one revenue leader over peers in a complex business", () => {
    const undefinedStage = scoreStructures(consultativeScaleUp, { stage: "undefined" }).context;
    const integrated = scoreStructures(consultativeScaleUp, { stage: "integrated" }).context;
    const gap = (c: typeof undefinedStage) =>
      scoreCriterion("shared-vp", "conflict-arbitration", c).score -
      scoreCriterion("peers", "conflict-arbitration", c).score;
    expect(gap(integrated)).toBeGreaterThan(gap(undefinedStage));
  });

  it("uses the CEO-reporting base rate for peers: higher for small companies than mid-size ones", () => {
    const small = scoreStructures({ ...defaultProfile(), gtmHeadcount: 10 }).context;
    const mid = scoreStructures({ ...defaultProfile(), gtmHeadcount: 40 }).context;
    expect(small.ceoReportingBaseRate).toBe(0.81);
    expect(mid.ceoReportingBaseRate).toBeCloseTo(0.695);
    expect(scoreCriterion("peers", "conflict-arbitration", small).reason).toContain("81%");
  });

  it("keeps one person doing both and a VP over four people out of the recommendation", () => {
    const seed = scoreStructures({ ...defaultProfile(), gtmHeadcount: 4, arr: 1_500_000 });
    const byId = Object.fromEntries(seed.ranking.map((r) => [r.structureId, r]));
    expect(byId["shared-vp"]!.feasible).toBe(false);
    expect(byId["shared-vp"]!.feasibilityReason).toMatch(/^Not feasible/);
    expect(byId.solo!.feasible).toBe(false);
    expect(["solo", "shared-vp"]).not.toContain(seed.recommended);
  });

  it("recommends a shared VP for a consultative scale-up with an undefined relationship", () => {
    expect(scoreStructures(consultativeScaleUp, { stage: "undefined" }).recommended).toBe("shared-vp");
  });

  it("lowers the solo option's selling capacity as the workload grows", () => {
    const small = scoreStructures({ ...defaultProfile(), gtmHeadcount: 1, arr: 300_000 }).context;
    const large = scoreStructures({ ...defaultProfile(), gtmHeadcount: 1, arr: 5_000_000 }).context;
    expect(scoreCriterion("solo", "selling-capacity", large).score).toBeLessThan(
      scoreCriterion("solo", "selling-capacity", small).score,
    );
  });

  it("rewards sales reporting to marketing more when buyers do more of the journey online", () => {
    const offline = scoreStructures({
      ...defaultProfile(),
      salesMotion: "self-serve",
      selfServeBuyingShare: 0.1,
    }).context;
    const online = scoreStructures({
      ...defaultProfile(),
      salesMotion: "self-serve",
      selfServeBuyingShare: 0.9,
    }).context;
    expect(scoreCriterion("sales-under-marketing", "sales-motion-fit", online).score).toBeGreaterThan(
      scoreCriterion("sales-under-marketing", "sales-motion-fit", offline).score,
    );
  });
});
