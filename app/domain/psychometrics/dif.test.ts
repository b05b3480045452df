import { describe, expect, it } from "vitest";
import {
  defaultDifCut,
  difByTotalScore,
  etsClass,
  mantelHaenszel,
  proportionalOddsLogLikelihood,
  type DifRow,
} from "./dif";
import type { GrmItem } from "./grm";
import { sampleCategory } from "./grm";
import { mulberry32, normalSampler } from "./prng";

/** Expands per-stratum counts [A, B, C, D] (reference 1/0, focal 1/0) into people. */
function people(strata: Array<[number, number, number, number]>) {
  const correct: boolean[] = [],
    focal: boolean[] = [],
    stratum: number[] = [];
  strata.forEach((cells, s) =>
    cells.forEach((count, cell) => {
      for (let i = 0; i < count; i++) {
        correct.push(cell % 2 === 0);
        focal.push(cell >= 2);
        stratum.push(s);
      }
    }),
  );
  return { correct, focal, stratum };
}

describe("Mantel–Haenszel", () => {
  it("matches a hand computation, ignoring one-group and one-person strata", () => {
    // Stratum 1: A=10 B=5 C=6 D=9 (N=30); stratum 2: A=8 B=2 C=5 D=5 (N=20); stratum 3 reference
    // only; stratum 4 a single person. By hand: R = 90/30 + 40/20 = 5, S = 30/30 + 10/20 = 1.5,
    // α = 10/3, Δ = −2.35 ln(10/3) = −2.829336; ΣA = 18, ΣE(A) = 8 + 6.5 = 14.5,
    // ΣVar(A) = 50400/26100 + 9100/7600 = 3.128403, χ² = (3.5 − 0.5)²/3.128403 = 2.876866,
    // p = .08987. RBG: ΣPR = 3.2, Σ(PS + QR) = 2.758333, ΣQS = 0.541667 →
    // Var(ln α) = 3.2/50 + 2.758333/15 + 0.541667/4.5 = 0.368259, SE(Δ) = 2.35 · 0.606844 = 1.426083.
    const { correct, focal, stratum } = people([
      [10, 5, 6, 9],
      [8, 2, 5, 5],
      [4, 3, 0, 0],
      [0, 0, 1, 0],
    ]);
    const mh = mantelHaenszel(correct, focal, stratum);
    expect(mh.alpha).toBeCloseTo(10 / 3, 10);
    expect(mh.delta).toBeCloseTo(-2.829336, 5);
    expect(mh.chi2).toBeCloseTo(2.876866, 5);
    expect(mh.p).toBeCloseTo(0.08987, 4);
    expect(mh.seDelta).toBeCloseTo(1.426083, 5);
    expect(mh.n).toBe(50);
    // A large Δ that is not significant is class A.
    expect(mh.class).toBe("A");
  });

  it("classifies by the ETS rules", () => {
    expect(etsClass(-0.9, 0.2, 0.001)).toBe("A");
    expect(etsClass(-2, 0.2, 0.2)).toBe("A");
    expect(etsClass(-1.2, 0.2, 0.001)).toBe("B");
    // |Δ| ≥ 1.5 but not significantly above 1: (1.6 − 1)/0.5 = 1.2 < 1.645.
    expect(etsClass(1.6, 0.5, 0.001)).toBe("B");
    expect(etsClass(1.6, 0.3, 0.001)).toBe("C");
    expect(etsClass(-2.4, 0.4, 0.0001)).toBe("C");
  });

  it("gives α = 1, Δ = 0 and class A when both groups answer alike", () => {
    const { correct, focal, stratum } = people([
      [6, 4, 6, 4],
      [3, 7, 3, 7],
    ]);
    const mh = mantelHaenszel(correct, focal, stratum);
    expect(mh.alpha).toBe(1);
    expect(mh.delta).toBeCloseTo(0, 12);
    expect(mh.class).toBe("A");
  });
});

describe("proportional-odds likelihood", () => {
  it("equals the multinomial log-likelihood without covariates", () => {
    const y = [0, 0, 1, 2, 2, 2, 1, 0, 2, 2];
    // counts 3, 2, 5 of 10.
    const expected = 3 * Math.log(0.3) + 2 * Math.log(0.2) + 5 * Math.log(0.5);
    expect(
      proportionalOddsLogLikelihood(
        y,
        y.map(() => []),
        3,
      ),
    ).toBeCloseTo(expected, 8);
  });

  it("equals the saturated 2×2 log-likelihood for a binary outcome and a binary covariate", () => {
    // Group 0: 7 of 10 score 1; group 1: 3 of 8 score 1.
    const y = [...Array(7).fill(1), ...Array(3).fill(0), ...Array(3).fill(1), ...Array(5).fill(0)];
    const x = [...Array(10).fill([0]), ...Array(8).fill([1])];
    const expected = 7 * Math.log(0.7) + 3 * Math.log(0.3) + 3 * Math.log(3 / 8) + 5 * Math.log(5 / 8);
    expect(proportionalOddsLogLikelihood(y, x, 2)).toBeCloseTo(expected, 7);
  });
});

/** Simulated five-point answers (0–4) to ten items; the planted items are harder for the focal group. */
function simulate(
  seed: number,
  perGroup: number,
  planted: Record<number, { shift?: number; focalA?: number; scaleB?: number }>,
): DifRow[] {
  const random = mulberry32(seed);
  const normal = normalSampler(random);
  const items: GrmItem[] = Array.from({ length: 10 }, (_, j) => ({
    a: 1.2 + 0.15 * j,
    b: [-2, -0.8, 0.3, 1.5].map((b) => b + (j - 4.5) * 0.1),
  }));
  const rows: DifRow[] = [];
  for (let i = 0; i < 2 * perGroup; i++) {
    const focal = i % 2 === 1;
    const theta = normal();
    const responses = items.map((item, j) => {
      const plant = focal ? planted[j] : undefined;
      const used = plant
        ? { a: plant.focalA ?? item.a, b: item.b.map((b) => b * (plant.scaleB ?? 1) + (plant.shift ?? 0)) }
        : item;
      return sampleCategory(used, theta, random());
    });
    rows.push({ focal, responses });
  }
  return rows;
}

describe("planted DIF", () => {
  it("finds the planted items and leaves the clean ones mostly in class A", () => {
    const rows = simulate(18, 600, { 2: { shift: 0.9 }, 7: { shift: -0.9 } });
    const cut = defaultDifCut(rows);
    expect(cut).toBe(3);
    const result = difByTotalScore(rows, cut);
    expect(result.n).toBe(1200);
    // Harder for the focal group → favours the reference → negative Δ; easier → positive Δ.
    expect(result.items[2]!.mh.class).not.toBe("A");
    expect(result.items[2]!.mh.delta).toBeLessThan(-1);
    expect(result.items[7]!.mh.class).not.toBe("A");
    expect(result.items[7]!.mh.delta).toBeGreaterThan(1);
    expect(result.items[2]!.ordinal.pUniform).toBeLessThan(0.001);
    expect(result.items[7]!.ordinal.pUniform).toBeLessThan(0.001);
    const clean = result.items.filter((_, j) => j !== 2 && j !== 7);
    expect(clean.filter((r) => r.mh.class === "A").length).toBeGreaterThanOrEqual(7);
    expect(clean.every((r) => r.mh.class !== "C")).toBe(true);
  });

  it("the 2-df test finds non-uniform DIF that the uniform test can miss", () => {
    // Item 4 discriminates a third as well for the focal group; its thresholds are stretched by 3
    // so that a·b, the intercepts of the logistic model, stay the same: a pure slope difference.
    const rows = simulate(7, 600, { 4: { focalA: 1.8 / 3, scaleB: 3 } });
    const result = difByTotalScore(rows, 3);
    expect(result.items[4]!.ordinal.pTotal).toBeLessThan(0.001);
    expect(result.items[4]!.ordinal.chi2Total).toBeGreaterThan(result.items[4]!.ordinal.chi2Uniform);
    expect(result.items[4]!.ordinal.r2Change).toBeGreaterThan(0);
  });

  it("counts only rows complete on every analysed item", () => {
    const rows = simulate(3, 50, {});
    rows[0] = { focal: rows[0]!.focal, responses: rows[0]!.responses.map((v, j) => (j === 5 ? null : v)) };
    expect(difByTotalScore(rows, 3).n).toBe(99);
  });
});
