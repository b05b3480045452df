import { describe, expect, it } from "vitest";
import type { BankItem } from "./cat";
import { eapScore } from "./eap";
import { logCategoryProbability, sampleCategory } from "./grm";
import { invert, logDeterminantSpd } from "./linear-algebra";
import {
  independentPrior,
  multidimensionalPosterior,
  priorProblems,
  type TraitPrior,
} from "./multidimensional";
import { mulberry32 } from "./prng";

function bankOf(dimensions: readonly string[], perDimension: number, seed: number): BankItem[] {
  const random = mulberry32(seed);
  return dimensions.flatMap((trait) =>
    Array.from({ length: perDimension }, (_, j) => {
      const centre = (random() - 0.5) * 2;
      return {
        id: `${trait}-${j}`,
        trait,
        a: 1.2 + random() * 1.4,
        b: [-1.9, -0.75, 0.35, 1.5].map((t) => centre + t),
      };
    }),
  );
}

function answer(
  bank: BankItem[],
  thetas: Record<string, number>,
  seed: number,
  skip: (i: BankItem) => boolean = () => false,
) {
  const random = mulberry32(seed);
  const answers = new Map<string, number>();
  for (const item of bank)
    if (!skip(item)) answers.set(item.id, sampleCategory(item, thetas[item.trait]!, random()));
  return answers;
}

/** Posterior mean and covariance by summing the unnormalised posterior over a full product grid. */
function bruteForce(
  bank: BankItem[],
  prior: TraitPrior,
  answers: Map<string, number>,
  points: number,
  range: number,
) {
  const d = prior.traits.length;
  const precision = invert(prior.correlation.map((r) => [...r]))!;
  const step = (2 * range) / (points - 1);
  const total = points ** d;
  const logs = new Float64Array(total);
  const coordinates: number[][] = [];
  let max = -Infinity;
  for (let g = 0; g < total; g++) {
    const x: number[] = [];
    let rest = g;
    for (let k = 0; k < d; k++) {
      x.push(-range + (rest % points) * step);
      rest = Math.floor(rest / points);
    }
    let log = 0;
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) log -= 0.5 * x[i]! * precision[i]![j]! * x[j]!;
    for (const item of bank) {
      const category = answers.get(item.id);
      if (category !== undefined)
        log += logCategoryProbability(item, category, x[prior.traits.indexOf(item.trait)]!);
    }
    logs[g] = log;
    coordinates.push(x);
    if (log > max) max = log;
  }
  const mean = new Array<number>(d).fill(0);
  const second = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  let sum = 0;
  for (let g = 0; g < total; g++) {
    const w = Math.exp(logs[g]! - max);
    sum += w;
    const x = coordinates[g]!;
    for (let i = 0; i < d; i++) {
      mean[i]! += w * x[i]!;
      for (let j = 0; j < d; j++) second[i]![j]! += w * x[i]! * x[j]!;
    }
  }
  for (let i = 0; i < d; i++) mean[i]! /= sum;
  const covariance = second.map((row, i) => row.map((v, j) => v / sum - mean[i]! * mean[j]!));
  return { mean, covariance };
}

describe("multidimensional posterior", () => {
  it("with uncorrelated traits is exactly each trait's own EAP", () => {
    const traits = ["a", "b", "c"];
    const bank = bankOf(traits, 6, 11);
    const answers = answer(bank, { a: 1.2, b: -0.4, c: 0.3 }, 5, (i) => i.id === "c-2");
    const posterior = multidimensionalPosterior(bank, independentPrior(traits), answers);
    traits.forEach((trait, d) => {
      const items = bank.filter((i) => i.trait === trait);
      const eap = eapScore(
        items,
        items.map((i) => answers.get(i.id) ?? null),
      );
      expect(posterior.mean[d]).toBeCloseTo(eap.theta, 12);
      expect(Math.sqrt(posterior.covariance[d * 3 + d]!)).toBeCloseTo(eap.se, 12);
      for (let e = 0; e < 3; e++) if (e !== d) expect(posterior.covariance[d * 3 + e]).toBeCloseTo(0, 12);
    });
    expect([...posterior.answered]).toEqual([6, 6, 5]);
  });

  it("agrees with a brute-force grid on two correlated traits", () => {
    const prior: TraitPrior = {
      traits: ["s", "m"],
      correlation: [
        [1, 0.6],
        [0.6, 1],
      ],
    };
    const bank = bankOf(prior.traits, 4, 3);
    for (const [seed, thetas] of [
      [1, { s: 1.1, m: 0.2 }],
      [2, { s: -1.5, m: 0.8 }],
      [3, { s: 0.3, m: -0.3 }],
    ] as const) {
      // one trait with three answers, the other with one: the correlation matters most there
      const answers = answer(
        bank,
        thetas,
        seed,
        (i) => i.id === "s-3" || (i.id.startsWith("m-") && i.id !== "m-0"),
      );
      const ep = multidimensionalPosterior(bank, prior, answers);
      const grid = bruteForce(bank, prior, answers, 241, 6);
      for (let i = 0; i < 2; i++) {
        expect(Math.abs(ep.mean[i]! - grid.mean[i]!)).toBeLessThan(0.01);
        expect(
          Math.abs(Math.sqrt(ep.covariance[i * 2 + i]!) / Math.sqrt(grid.covariance[i]![i]!) - 1),
        ).toBeLessThan(0.02);
      }
      expect(Math.abs(ep.covariance[1]! - grid.covariance[0]![1]!)).toBeLessThan(0.01);
    }
  });

  it("agrees with a brute-force grid on three traits, one of them unanswered", () => {
    const prior: TraitPrior = {
      traits: ["x", "y", "z"],
      correlation: [
        [1, 0.45, 0.3],
        [0.45, 1, 0.1],
        [0.3, 0.1, 1],
      ],
    };
    const bank = bankOf(prior.traits, 3, 8);
    const answers = answer(bank, { x: 0.9, y: -0.7, z: 0 }, 4, (i) => i.trait === "z");
    const ep = multidimensionalPosterior(bank, prior, answers);
    const grid = bruteForce(bank, prior, answers, 81, 6);
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(ep.mean[i]! - grid.mean[i]!)).toBeLessThan(0.01);
      for (let j = 0; j < 3; j++)
        expect(Math.abs(ep.covariance[i * 3 + j]! - grid.covariance[i]![j]!)).toBeLessThan(0.01);
    }
    // the unanswered trait is estimated through its correlations only
    expect(ep.answered[2]).toBe(0);
    expect(Math.sqrt(ep.covariance[8]!)).toBeGreaterThan(0.9);
  });

  it("moves a correlated trait with the answers of another, and an uncorrelated one not at all", () => {
    const bank = bankOf(["s", "m"], 5, 21);
    const high = new Map(bank.filter((i) => i.trait === "s").map((i) => [i.id, 4]));
    const correlated = multidimensionalPosterior(
      bank,
      {
        traits: ["s", "m"],
        correlation: [
          [1, 0.5],
          [0.5, 1],
        ],
      },
      high,
    );
    const independent = multidimensionalPosterior(bank, independentPrior(["s", "m"]), high);
    expect(correlated.mean[1]).toBeGreaterThan(0.5);
    expect(independent.mean[1]).toBeCloseTo(0, 12);
    expect(correlated.covariance[3]).toBeLessThan(1);
  });

  it("refuses priors that are not correlation matrices", () => {
    expect(
      priorProblems({
        traits: ["a", "b"],
        correlation: [
          [1, 0.3],
          [0.2, 1],
        ],
      }),
    ).toContain("b, a: the matrix must be symmetric");
    expect(
      priorProblems({
        traits: ["a", "b"],
        correlation: [
          [1, 0],
          [0, 2],
        ],
      })[0],
    ).toMatch(/diagonal/);
    expect(
      priorProblems({
        traits: ["a", "b", "c"],
        correlation: [
          [1, 0.9, -0.9],
          [0.9, 1, 0.9],
          [-0.9, 0.9, 1],
        ],
      }),
    ).toEqual(["the matrix is not positive-definite"]);
    expect(
      priorProblems({
        traits: ["a", "b"],
        correlation: [
          [1, 0.99],
          [0.99, 1],
        ],
      })[0],
    ).toMatch(/predict it almost exactly/);
    expect(
      Number.isFinite(
        logDeterminantSpd([
          [1, 0.42],
          [0.42, 1],
        ]),
      ),
    ).toBe(true);
    expect(
      priorProblems({
        traits: ["a", "b"],
        correlation: [
          [1, 0.42],
          [0.42, 1],
        ],
      }),
    ).toEqual([]);
  });
});
