import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CRITERIA, CRITERION_IDS, defaultWeights, normaliseWeights, withWeight } from "./criteria";

const sum = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);

describe("criteria and weights", () => {
  it("lists the ten criteria of docs/org-model.md, each with a question", () => {
    expect(CRITERION_IDS).toHaveLength(10);
    for (const id of CRITERION_IDS) expect(CRITERIA[id].question.endsWith("?")).toBe(true);
    expect(sum(defaultWeights())).toBeCloseTo(1);
  });

  it("normalises any non-negative weights to sum 1, keeping their proportions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 10, maxLength: 10 }),
        (values) => {
          fc.pre(values.some((v) => v > 1e-6));
          const raw = Object.fromEntries(CRITERION_IDS.map((id, i) => [id, values[i]!]));
          const weights = normaliseWeights(raw);
          expect(sum(weights)).toBeCloseTo(1, 9);
          const total = values.reduce((a, b) => a + b, 0);
          CRITERION_IDS.forEach((id, i) => expect(weights[id]).toBeCloseTo(values[i]! / total, 9));
        },
      ),
    );
  });

  it("fills missing weights with 1 and treats 0 as 'ignore'", () => {
    const weights = normaliseWeights({ "decision-speed": 0, "message-consistency": 3 });
    expect(weights["decision-speed"]).toBe(0);
    expect(weights["message-consistency"]).toBeCloseTo(3 / 11);
  });

  it("rejects negative, non-finite and all-zero weights", () => {
    expect(() => normaliseWeights({ specialization: -1 })).toThrow(RangeError);
    expect(() => normaliseWeights({ specialization: Number.NaN })).toThrow(RangeError);
    expect(() => normaliseWeights({ specialization: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => normaliseWeights(Object.fromEntries(CRITERION_IDS.map((id) => [id, 0])))).toThrow(
      RangeError,
    );
  });

  it("sets one weight and rescales the others so the sum stays 1", () => {
    const weights = withWeight(defaultWeights(), "span-of-control", 0.4);
    expect(weights["span-of-control"]).toBe(0.4);
    expect(sum(weights)).toBeCloseTo(1);
    expect(weights["decision-speed"]).toBeCloseTo(0.6 / 9);
  });
});
