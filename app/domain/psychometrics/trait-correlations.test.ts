import { describe, expect, it } from "vitest";
import { correlation } from "./descriptive";
import { eapScore } from "./eap";
import { sampleCategory, type GrmItem } from "./grm";
import { choleskyLower } from "./linear-algebra";
import { independentPrior, priorProblems, type TraitPrior } from "./multidimensional";
import { mulberry32, normalSampler } from "./prng";
import { estimateTraitCorrelations, type TraitScoreSample } from "./trait-correlations";

const truth: TraitPrior = {
  traits: ["a", "b", "c"],
  correlation: [
    [1, 0.6, 0.3],
    [0.6, 1, 0.1],
    [0.3, 0.1, 1],
  ],
};

/** People drawn from `truth`, each scored per trait by EAP on `itemsPerTrait` statements. */
function scoredPeople(count: number, itemsPerTrait: number, seed: number): TraitScoreSample[][] {
  const random = mulberry32(seed);
  const normal = normalSampler(random);
  const lower = choleskyLower(truth.correlation.map((row) => [...row]))!;
  const items: GrmItem[] = Array.from({ length: itemsPerTrait }, (_, j) => ({
    a: 1.3 + 0.1 * j,
    b: [-1.8, -0.7, 0.4, 1.5].map((t) => t + 0.2 * (j - itemsPerTrait / 2)),
  }));
  return Array.from({ length: count }, () => {
    const z = truth.traits.map(() => normal());
    const theta = lower.map((row) => row.reduce((sum, l, k) => sum + l * z[k]!, 0));
    return theta.map((t) =>
      eapScore(
        items,
        items.map((item) => sampleCategory(item, t, random())),
      ),
    );
  });
}

describe("trait correlations from per-trait scores", () => {
  it("recovers the traits' correlations, which the scores' own correlations understate", () => {
    const people = scoredPeople(3000, 4, 11);
    const estimate = estimateTraitCorrelations(independentPrior(truth.traits), people, { minPeople: 200 });
    expect(estimate.estimatedPairs).toBe(3);
    expect(estimate.shrinkage).toBe(1);
    const observedAB = correlation(
      people.map((p) => p[0]!.theta),
      people.map((p) => p[1]!.theta),
    );
    expect(observedAB).toBeLessThan(0.6 - 0.1); // four items per trait attenuate it clearly
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++)
        expect(Math.abs(estimate.prior.correlation[i]![j]! - truth.correlation[i]![j]!)).toBeLessThan(0.06);
  });

  it("keeps the starting value for pairs too few people answered, and for fixed dimensions", () => {
    const people = scoredPeople(400, 4, 12).map((row, p) => (p < 300 ? [row[0]!, row[1]!, null] : row));
    const start: TraitPrior = {
      traits: truth.traits,
      correlation: [
        [1, 0, 0.2],
        [0, 1, 0.15],
        [0.2, 0.15, 1],
      ],
    };
    const estimate = estimateTraitCorrelations(start, people, { minPeople: 200, fixed: ["b"] });
    // a–b involves the fixed b; a–c and b–c have only 100 people with c.
    expect(estimate.estimatedPairs).toBe(0);
    expect(estimate.prior.correlation).toEqual(start.correlation);
    const open = estimateTraitCorrelations(start, people, { minPeople: 100 });
    expect(open.estimatedPairs).toBe(3);
    expect(open.prior.correlation[0]![1]).toBeGreaterThan(0.4);
  });

  it("shrinks an impossible matrix until it is a valid prior", () => {
    // Contradictory scores: b is half a, half c, yet for half the people c is −a.
    const people: TraitScoreSample[][] = Array.from({ length: 300 }, (_, p) => {
      const x = ((p % 7) - 3) / 3;
      const y = ((p % 5) - 2) / 2;
      return [
        { theta: x, se: 0.3 },
        { theta: 0.5 * (x + y), se: 0.3 },
        { theta: y, se: 0.3 },
      ].map((s, d) => (d === 2 && p % 2 ? { ...s, theta: -x } : s));
    });
    const estimate = estimateTraitCorrelations(independentPrior(truth.traits), people, { minPeople: 100 });
    expect(priorProblems(estimate.prior)).toEqual([]);
    expect(estimate.estimatedPairs).toBe(3);
    expect(estimate.shrinkage).toBeLessThan(1);
  });
});
