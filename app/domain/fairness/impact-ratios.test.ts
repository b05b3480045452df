import { describe, expect, it } from "vitest";
import { belowFourFifths, impactReport, type AuditRow } from "./impact-ratios";

// A hand-computed data set: 10 women (5 selected), 8 men (6 selected), 2 unknown sex.
function rows(): AuditRow[] {
  const out: AuditRow[] = [];
  const add = (sex: string | null, race: string | null, selected: boolean, score: number) =>
    out.push({ groups: { sex, race }, selected, score });
  // women: 5 of 10 selected
  for (let i = 0; i < 10; i++) add("F", i < 6 ? "A" : "B", i < 5, i);
  // men: 6 of 8 selected
  for (let i = 0; i < 8; i++) add("M", i < 4 ? "A" : "B", i < 6, 10 + i);
  add(null, "A", true, 100);
  add("", null, false, -1);
  return out;
}

describe("impactReport in selection mode", () => {
  const report = impactReport(rows(), ["sex", "race"], "selected");
  it("computes rates and impact ratios against the best category", () => {
    expect(report.groups.sex!.F).toEqual({ n: 10, rate: 0.5, impactRatio: 0.5 / 0.75, excluded: false });
    expect(report.groups.sex!.M).toEqual({ n: 8, rate: 0.75, impactRatio: 1, excluded: false });
    expect(belowFourFifths(report.groups.sex!.F!)).toBe(true);
  });
  it("counts unknowns per column and keeps them out of the categories", () => {
    expect(report.unknown).toEqual({ sex: 2, race: 1 });
    // race A: F0-5 (5 sel: F0..F4), M0-3 (4 sel), unknown-sex A (sel) = 11 rows, 10 selected
    expect(report.groups.race!.A).toMatchObject({ n: 11, rate: 10 / 11 });
  });
  it("builds intersections only from rows known on every column", () => {
    expect(Object.keys(report.intersections).sort()).toEqual(["F | A", "F | B", "M | A", "M | B"]);
    expect(report.intersections["F | B"]).toMatchObject({ n: 4, rate: 0 });
    expect(report.intersections["M | B"]).toMatchObject({ n: 4, rate: 0.5 });
  });
});

describe("impactReport in scoring mode", () => {
  it("uses the share strictly above the median of all rows", () => {
    const report = impactReport(rows(), ["sex"], "score");
    // 20 scores sorted: -1, 0..9, 10..17, 100; the 10th and 11th are 8 and 9 → median 8.5.
    // Women above 8.5: only the 9 → 1 of 10. Men: all 8 (10..17).
    expect(report.median).toBe(8.5);
    expect(report.groups.sex!.F!.rate).toBe(0.1);
    expect(report.groups.sex!.M!.rate).toBe(1);
    expect(report.groups.sex!.F!.impactRatio).toBeCloseTo(0.1, 12);
  });
});

describe("exclusion of small categories", () => {
  it("reports a category under 2% of the known rows but leaves it out of the ratios", () => {
    const data: AuditRow[] = [];
    for (let i = 0; i < 60; i++) data.push({ groups: { g: "big" }, selected: i < 30 });
    data.push({ groups: { g: "tiny" }, selected: true });
    for (let i = 0; i < 5; i++) data.push({ groups: { g: null }, selected: true });
    const report = impactReport(data, ["g"], "selected");
    // 1 of 61 known rows = 1.6% < 2%: excluded, so "big" is the best non-excluded category.
    expect(report.groups.g!.tiny).toEqual({ n: 1, rate: 1, impactRatio: null, excluded: true });
    expect(report.groups.g!.big).toEqual({ n: 60, rate: 0.5, impactRatio: 1, excluded: false });
  });
  it("refuses empty input and missing values", () => {
    expect(() => impactReport([], ["g"], "selected")).toThrow(/no rows/);
    expect(() => impactReport([{ groups: { g: "x" } }], ["g"], "score")).toThrow(/numeric score/);
  });
});
