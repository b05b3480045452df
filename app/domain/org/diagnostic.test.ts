import { describe, expect, it } from "vitest";
import {
  DIAGNOSTIC_STATEMENTS,
  scoreDiagnostic,
  reportDiagnostic,
  MIN_GROUP_SIZE,
  scoreRespondent,
  stageForTotal,
  type DiagnosticResponse,
} from "./diagnostic";

const uniform = (id: string, team: "sales" | "marketing", rating: number): DiagnosticResponse => ({
  respondentId: id,
  team,
  ratings: Array.from({ length: 20 }, () => rating),
});

describe("relationship diagnostic", () => {
  it("has 20 distinct statements of RoleFit's own wording", () => {
    expect(DIAGNOSTIC_STATEMENTS).toHaveLength(20);
    expect(new Set(DIAGNOSTIC_STATEMENTS.map((s) => s.id)).size).toBe(20);
    expect(new Set(DIAGNOSTIC_STATEMENTS.map((s) => s.text)).size).toBe(20);
  });

  it("maps totals onto the four stages at the published boundaries", () => {
    expect(stageForTotal(20)).toBe("undefined");
    expect(stageForTotal(39)).toBe("undefined");
    expect(stageForTotal(40)).toBe("defined");
    expect(stageForTotal(59)).toBe("defined");
    expect(stageForTotal(59.9)).toBe("defined");
    expect(stageForTotal(60)).toBe("aligned");
    expect(stageForTotal(79)).toBe("aligned");
    expect(stageForTotal(80)).toBe("integrated");
    expect(stageForTotal(100)).toBe("integrated");
  });

  it("scores a respondent 20–100 and rejects malformed answers", () => {
    expect(scoreRespondent(uniform("a", "sales", 1)).total).toBe(20);
    expect(scoreRespondent(uniform("b", "sales", 5))).toMatchObject({ total: 100, stage: "integrated" });
    expect(() => scoreRespondent({ respondentId: "c", team: "sales", ratings: [1, 2, 3] })).toThrow(
      RangeError,
    );
    expect(() =>
      scoreRespondent({
        ...uniform("d", "sales", 3),
        ratings: [...uniform("d", "sales", 3).ratings.slice(1), 6],
      }),
    ).toThrow(RangeError);
    expect(() =>
      scoreRespondent({
        ...uniform("e", "sales", 3),
        ratings: [...uniform("e", "sales", 3).ratings.slice(1), 2.5],
      }),
    ).toThrow(RangeError);
  });

  it("summarises each team, the gap between them and the widest disagreements", () => {
    const salesView = uniform("s1", "sales", 4);
    const marketingRatings = Array.from({ length: 20 }, () => 4);
    marketingRatings[7] = 1; // sellers' edits to the message: marketing sees it very differently
    marketingRatings[11] = 2;
    const result = scoreDiagnostic([
      salesView,
      uniform("s2", "sales", 2),
      { respondentId: "m1", team: "marketing", ratings: marketingRatings },
    ]);
    expect(result.sales!.meanTotal).toBe(60);
    expect(result.marketing!.meanTotal).toBe(75);
    expect(result.teamGap).toBe(-15);
    expect(result.overallTotal).toBe(67.5); // mean of team means: two sellers do not outvote one marketer
    expect(result.stage).toBe("aligned");
    expect(result.widestDisagreements[0]!.statementId).toBe("message-edits");
    expect(result.widestDisagreements[0]!.gap).toBe(2);
    expect(result.widestDisagreements).toHaveLength(5);
  });

  it("works with one team only, without a gap", () => {
    const result = scoreDiagnostic([uniform("s1", "sales", 2)]);
    expect(result.marketing).toBeNull();
    expect(result.teamGap).toBeNull();
    expect(result.widestDisagreements).toEqual([]);
    expect(result.stage).toBe("defined");
    expect(() => scoreDiagnostic([])).toThrow(RangeError);
  });
});

describe("minimum group size", () => {
  const rate = (id: string, team: "sales" | "marketing", value: number) => ({
    respondentId: id,
    team,
    ratings: Array.from({ length: DIAGNOSTIC_STATEMENTS.length }, () => value),
  });

  it("never shows one person's ratings as a side's view, nor lets the overall reveal them", () => {
    const responses = [
      rate("s1", "sales", 4),
      rate("s2", "sales", 4),
      rate("s3", "sales", 4),
      rate("m1", "marketing", 1),
    ];
    const report = reportDiagnostic(responses);
    expect(report.counts).toEqual({ sales: 3, marketing: 1 });
    expect(report.marketing).toBeNull();
    expect(report.teamGap).toBeNull();
    expect(report.widestDisagreements).toEqual([]);
    expect(report.sales!.meanTotal).toBe(80);
    // The lone marketer's 20 must not move the overall: it is built from the shown side only.
    expect(report.overallTotal).toBe(80);
  });

  it("withholds a side of two, since each could subtract their own ratings", () => {
    const report = reportDiagnostic([
      rate("s1", "sales", 3),
      rate("s2", "sales", 3),
      rate("m1", "marketing", 2),
      rate("m2", "marketing", 5),
    ]);
    expect(report.sales).toBeNull();
    expect(report.marketing).toBeNull();
    expect(report.overallTotal).toBeCloseTo((60 + 60 + 40 + 100) / 4);
  });

  it("shows nothing below three responses in all", () => {
    const report = reportDiagnostic([rate("s1", "sales", 3), rate("m1", "marketing", 2)]);
    expect(report.overallTotal).toBeNull();
    expect(report.stage).toBeNull();
    expect(MIN_GROUP_SIZE).toBe(3);
  });
});
