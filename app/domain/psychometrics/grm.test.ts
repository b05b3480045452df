import { describe, expect, it } from "vitest";
import {
  assertValidItem,
  categoryProbabilities,
  itemInformation,
  logCategoryProbabilities,
  sampleCategory,
  testInformation,
} from "./grm";
import { mulberry32 } from "./prng";

const item = { a: 1.7, b: [-1.5, -0.3, 0.6, 1.8] };

describe("graded response model", () => {
  it("category probabilities sum to 1 and follow P*_k − P*_(k+1)", () => {
    for (const theta of [-3, -1, 0, 0.4, 2.5]) {
      const probabilities = categoryProbabilities(item, theta);
      expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      const star = (k: number) => 1 / (1 + Math.exp(-item.a * (theta - item.b[k - 1]!)));
      expect(probabilities[0]).toBeCloseTo(1 - star(1), 12);
      expect(probabilities[2]).toBeCloseTo(star(2) - star(3), 12);
      expect(probabilities[4]).toBeCloseTo(star(4), 12);
    }
  });

  it("stays finite at θ = ±50 and with steep items", () => {
    const steep = { a: 6, b: [-0.01, 0, 0.01] };
    for (const theta of [-50, 50]) {
      for (const candidate of [item, steep]) {
        const logs = logCategoryProbabilities(candidate, theta);
        for (const value of logs) expect(Number.isFinite(value)).toBe(true);
        expect(Number.isFinite(itemInformation(candidate, theta))).toBe(true);
      }
    }
    const manyItems = Array.from({ length: 500 }, () => item);
    expect(Number.isFinite(testInformation(manyItems, 50))).toBe(true);
    expect(testInformation(manyItems, 0)).toBeCloseTo(500 * itemInformation(item, 0), 8);
  });

  it("information equals the expected squared score, checked by numerical differentiation", () => {
    const h = 1e-5;
    for (const theta of [-2, 0, 1.3]) {
      const p = categoryProbabilities(item, theta);
      const up = categoryProbabilities(item, theta + h);
      const down = categoryProbabilities(item, theta - h);
      let numeric = 0;
      for (let k = 0; k < p.length; k++) {
        const derivative = (up[k]! - down[k]!) / (2 * h);
        numeric += (derivative * derivative) / p[k]!;
      }
      expect(itemInformation(item, theta)).toBeCloseTo(numeric, 6);
    }
  });

  it("a two-category item is the 2PL with information a²P(1−P)", () => {
    const twoPl = { a: 1.3, b: [0.5] };
    const theta = 1.1;
    const p = 1 / (1 + Math.exp(-1.3 * (theta - 0.5)));
    expect(categoryProbabilities(twoPl, theta)[1]).toBeCloseTo(p, 12);
    expect(itemInformation(twoPl, theta)).toBeCloseTo(1.69 * p * (1 - p), 12);
  });

  it("rejects unordered thresholds and non-positive slopes", () => {
    expect(() => assertValidItem({ a: 1, b: [0, 0] })).toThrow(/increasing/);
    expect(() => assertValidItem({ a: -1, b: [0] })).toThrow(/positive/);
    expect(() => assertValidItem(item)).not.toThrow();
  });

  it("samples categories with the model's frequencies", () => {
    const random = mulberry32(3);
    const counts = [0, 0, 0, 0, 0];
    const n = 40_000;
    for (let i = 0; i < n; i++) counts[sampleCategory(item, 0.2, random())]!++;
    const expected = categoryProbabilities(item, 0.2);
    for (let k = 0; k < 5; k++) expect(Math.abs(counts[k]! / n - expected[k]!)).toBeLessThan(0.01);
  });
});
