import { describe, expect, it } from "vitest";
import { customMeasureKey, outcomesFromTable, parseOutcomeForm } from "./outcomes";
import { describeCell, validationStudy, type StudyCandidate } from "./study";

describe("outcomes from a CSV table", () => {
  const ids = new Map([
    ["ann@example.com", "inv-ann"],
    ["bo@example.com", "inv-bo"],
    ["cy@example.com", "inv-cy"],
  ]);

  it("reads standard and custom columns and reports every unusable row", () => {
    const table = {
      header: ["Email", "rating_6m", "quota_pct", "retained_12m", "Deals won"],
      rows: [
        ["ANN@example.com", "4", "112%", "yes", "7"],
        ["bo@example.com", "6", "", "", ""],
        ["nobody@example.com", "3", "", "", ""],
        ["cy@example.com", "", "", "", ""],
        ["ann@example.com", "2", "", "", ""],
        ["", "", "", "", ""],
      ],
    };
    const { entries, problems } = outcomesFromTable(table, ids);
    expect(entries).toEqual([
      {
        row: 1,
        invitationId: "inv-ann",
        outcomes: [
          { measure: "rating-6m", value: 4 },
          { measure: "quota-pct", value: 112 },
          { measure: "retained-12m", value: 1 },
          { measure: "custom:Deals won", value: 7 },
        ],
      },
    ]);
    expect(problems).toEqual([
      { row: 2, problem: 'Performance rating at 6 months (1–5): "6" is not a whole number from 1 to 5' },
      { row: 3, problem: "nobody@example.com is not a candidate of this role with a completed assessment." },
      { row: 4, problem: "No outcome values for cy@example.com." },
      { row: 5, problem: "ann@example.com appears more than once; only the first row was used." },
    ]);
  });

  it("needs an email column", () => {
    expect(
      outcomesFromTable({ header: ["name", "rating_6m"], rows: [["Ann", "3"]] }, ids).problems[0]!.problem,
    ).toMatch(/email column/);
  });

  it("names custom outcomes safely", () => {
    expect(customMeasureKey("  Net revenue  (k€) ")).toBe("custom:Net revenue (k€)");
    expect(customMeasureKey("<script>")).toBeNull();
    expect(customMeasureKey("x".repeat(61))).toBeNull();
  });
});

describe("the outcome form", () => {
  it("sets, clears and adds a custom outcome", () => {
    const parsed = parseOutcomeForm({
      "rating-6m": "3",
      "rating-12m": "",
      "quota-pct": "95.5",
      "retained-12m": "no",
      "custom:Deals": "",
      customName: "NPS",
      customValue: "41",
    });
    expect(parsed).toEqual({
      ok: true,
      set: [
        { measure: "rating-6m", value: 3 },
        { measure: "quota-pct", value: 95.5 },
        { measure: "retained-12m", value: 0 },
        { measure: "custom:NPS", value: 41 },
      ],
      clear: ["rating-12m", "custom:Deals"],
    });
  });

  it("refuses values outside a measure's range", () => {
    const parsed = parseOutcomeForm({
      "rating-6m": "3.5",
      "quota-pct": "-4",
      customName: "NPS",
      customValue: "lots",
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(Object.keys(parsed.errors).sort()).toEqual(["customValue", "quota-pct", "rating-6m"]);
  });
});

describe("validation study", () => {
  // Six completed candidates; four hired with a 6-month rating. Fit 10..60.
  const candidates: StudyCandidate[] = [10, 20, 30, 40, 50, 60].map((fit, i) => ({
    fit,
    traits: { discovery: i / 2 },
    outcomes: i >= 2 ? { "rating-6m": [2, 4, 3, 5][i - 2]! } : ({} as Record<string, number>),
  }));

  it("computes r among the hired and u from all completed ÷ hired SDs", () => {
    const study = validationStudy(candidates, { "rating-6m": 0.64 });
    expect(study.completed).toBe(6);
    expect(study.hired).toBe(4);
    const outcome = study.outcomes[0]!;
    expect(outcome.measure).toBe("rating-6m");
    expect(outcome.n).toBe(4);
    expect(outcome.small).toBe(true);
    const fit = outcome.cells.find((c) => c.predictor === "fit")!;
    // Hired fit 30, 40, 50, 60 with ratings 2, 4, 3, 5: x − 45 = −15, −5, 5, 15; y − 3.5 = −1.5, .5, −.5, 1.5 → Sxy = 22.5 + −2.5 + −2.5 + 22.5 = 40;
    // Sxx = 500, Syy = 5 → r = 40/√2500 = 0.8.
    expect(fit.r).toBeCloseTo(0.8, 12);
    // u = SD(10..60) / SD(30..60) = √350 / √(500/3) = 1.449138.
    expect(fit.u).toBeCloseTo(1.449138, 6);
    // .8/√.64 = 1 (clamped), then Case II keeps 1.
    expect(fit.rCorrected).toBeCloseTo(1, 12);
    const discovery = outcome.cells.find((c) => c.predictor === "discovery")!;
    expect(discovery.r).toBeCloseTo(0.8, 12);
    expect(outcome.cells.find((c) => c.predictor === "closing-drive")!.n).toBe(0);
  });

  it("says in words what a coefficient does and does not show", () => {
    expect(describeCell({ n: 4, r: 0.8, ci95: [-0.6, 0.99] })).toMatch(
      /^A large relation: higher scores went with higher outcomes; the range includes zero/,
    );
    expect(describeCell({ n: 200, r: 0.25, ci95: [0.12, 0.38] })).toBe(
      "A small relation: higher scores went with higher outcomes.",
    );
    expect(describeCell({ n: 120, r: -0.35, ci95: [-0.5, -0.18] })).toBe(
      "A medium relation: higher scores went with lower outcomes.",
    );
    expect(describeCell({ n: 2, r: Number.NaN, ci95: [Number.NaN, Number.NaN] })).toMatch(/Too few/);
  });
});
