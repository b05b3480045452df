import { describe, expect, it } from "vitest";
import {
  completeRows,
  correctedItemTotalCorrelations,
  covarianceMatrix,
  cronbachAlpha,
  omegaTotal,
  omegaTotalFromCovariance,
  reverseKey,
} from "./reliability";

// Hand-computable: 4 people × 3 items.
const tiny = [
  [1, 2, 2],
  [2, 3, 3],
  [3, 3, 4],
  [4, 5, 4],
];

describe("classical reliability", () => {
  it("reverse keys with min + max − x", () => {
    expect(reverseKey(1, 1, 5)).toBe(5);
    expect(reverseKey(4, 1, 5)).toBe(2);
    expect(reverseKey(0, 0, 4)).toBe(4);
  });

  it("keeps only complete rows", () => {
    expect(
      completeRows([
        [1, 2],
        [null, 2],
        [3, undefined],
        [4, 5],
      ]),
    ).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  it("Cronbach's alpha on a hand-computed data set", () => {
    // Item variances (n−1): 5/3, 4.75/3, 2.75/3 → Σ = 12.5/3; totals 5, 8, 10, 13 → variance 34/3.
    // α = 3/2 · (1 − 12.5/34) = 129/136.
    expect(cronbachAlpha(tiny)).toBeCloseTo(129 / 136, 12);
  });

  it("corrected item-total correlation uses the sum of the other items", () => {
    const r = correctedItemTotalCorrelations(tiny);
    // Item 1 (1, 2, 3, 4) vs items 2+3 = 4, 6, 7, 9: cross-products 8, squares 5 and 13, r = 8/√65.
    expect(r[0]).toBeCloseTo(8 / Math.sqrt(65), 12);
    expect(r).toHaveLength(3);
  });

  it("omega on a known one-factor covariance is (Σλ)² / ((Σλ)² + Σψ)", () => {
    const loadings = [0.9, 0.7, 1.2, 0.5, 0.8];
    const uniquenesses = [0.4, 0.6, 0.5, 0.9, 0.3];
    const covariance = loadings.map((li, i) =>
      loadings.map((lj, j) => li * lj + (i === j ? uniquenesses[i]! : 0)),
    );
    const sum = loadings.reduce((s, l) => s + l, 0);
    expect(omegaTotalFromCovariance(covariance).omegaTotal).toBeCloseTo(sum ** 2 / (sum ** 2 + 2.7), 5);
  });

  it("omega from rows equals omega from their covariance", () => {
    const rows = [
      [1, 2, 2, 1],
      [2, 3, 3, 2],
      [3, 3, 4, 4],
      [4, 5, 4, 3],
      [2, 2, 1, 2],
      [5, 4, 5, 5],
      [3, 4, 3, 2],
    ];
    const omega = omegaTotal(rows);
    expect(omega.omegaTotal).toBeCloseTo(omegaTotalFromCovariance(covarianceMatrix(rows)).omegaTotal, 12);
    expect(omega.omegaTotal).toBeGreaterThan(0.7);
    expect(omega.omegaTotal).toBeLessThan(1);
  });
});
