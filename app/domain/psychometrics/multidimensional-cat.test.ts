import { describe, expect, it } from "vitest";
import type { BankItem } from "./cat";
import { itemInformation, sampleCategory } from "./grm";
import { invert, logDeterminantSpd } from "./linear-algebra";
import { firstInOrder, isEligible, nextMultidimensionalItem } from "./multidimensional-cat";
import { multidimensionalPosterior, type TraitPrior } from "./multidimensional";
import { mulberry32 } from "./prng";

const prior: TraitPrior = {
  traits: ["s1", "s2", "m1"],
  correlation: [
    [1, 0.45, 0.1],
    [0.45, 1, 0.1],
    [0.1, 0.1, 1],
  ],
};
const random = mulberry32(4);
const bank: BankItem[] = prior.traits.flatMap((trait) =>
  Array.from({ length: 12 }, (_, j) => {
    const centre = (random() - 0.5) * 2.4;
    return {
      id: `${trait}-${j}`,
      trait,
      a: 1.5 + random(),
      b: [-1.9, -0.75, 0.35, 1.5].map((t) => centre + t),
    };
  }),
);

describe("multidimensional adaptive step", () => {
  it("chooses the item that most shrinks the determinant of the target traits' posterior covariance", () => {
    const answers = new Map([
      ["s1-0", 3],
      ["s2-4", 1],
      ["m1-2", 2],
    ]);
    const step = nextMultidimensionalItem(bank, prior, answers, { seed: 1, reported: ["s1", "s2"], topN: 1 });
    if (step.done) throw new Error("expected an item");
    // brute force: add each open item's information to the posterior precision and invert
    const posterior = multidimensionalPosterior(bank, prior, answers);
    const sigma = [0, 1, 2].map((i) => [0, 1, 2].map((j) => posterior.covariance[i * 3 + j]!));
    const precision = invert(sigma)!;
    let best = { id: "", logDet: Infinity };
    for (const item of bank) {
      if (answers.has(item.id)) continue;
      const d = prior.traits.indexOf(item.trait);
      const updated = precision.map((row) => [...row]);
      updated[d]![d]! += itemInformation(item, posterior.mean[d]!);
      const after = invert(updated)!;
      const logDet = logDeterminantSpd([
        [after[0]![0]!, after[0]![1]!],
        [after[1]![0]!, after[1]![1]!],
      ]);
      if (logDet < best.logDet) best = { id: item.id, logDet };
    }
    expect(step.itemId).toBe(best.id);
  });

  it("stops when the reported traits are precise, without waiting for the others", () => {
    const truth: Record<string, number> = { s1: 0.5, s2: 0.2, m1: -1 };
    const answers = new Map<string, number>();
    const draw = mulberry32(9);
    for (;;) {
      const step = nextMultidimensionalItem(bank, prior, answers, {
        seed: 3,
        reported: ["s1", "s2"],
        seTarget: 0.35,
      });
      if (step.done) {
        expect(step.reason).toBe("all-traits-done");
        const byTrait = Object.fromEntries(step.traits.map((t) => [t.trait, t]));
        expect(byTrait.s1!.se).toBeLessThanOrEqual(0.35);
        expect(byTrait.s2!.se).toBeLessThanOrEqual(0.35);
        expect(byTrait.m1!.stopped).toBe("not-reported");
        expect(byTrait.m1!.se).toBeGreaterThan(0.9);
        break;
      }
      const item = bank.find((i) => i.id === step.itemId)!;
      expect(item.trait).not.toBe("m1");
      answers.set(item.id, sampleCategory(item, truth[item.trait]!, draw()));
    }
  });

  it("never offers an item the attempt's seed made ineligible, and the same seed gives the same item", () => {
    const options = { seed: 77, reported: ["s1", "s2", "m1"], eligibility: 0.5 };
    const seen = new Set<string>();
    const answers = new Map<string, number>();
    for (let k = 0; k < 10; k++) {
      const step = nextMultidimensionalItem(bank, prior, answers, options);
      if (step.done) break;
      expect(isEligible(77, step.itemId, 0.5)).toBe(true);
      expect(nextMultidimensionalItem(bank, prior, new Map(answers), options)).toMatchObject({
        itemId: step.itemId,
      });
      seen.add(step.itemId);
      answers.set(step.itemId, 2);
    }
    expect(seen.size).toBe(10);
    const eligibleShare = bank.filter((i) => isEligible(77, i.id, 0.5)).length / bank.length;
    expect(eligibleShare).toBeGreaterThan(0.25);
    expect(eligibleShare).toBeLessThan(0.75);
  });

  it("waits for a trait's own items even when the prior alone would make it precise enough", () => {
    const step = nextMultidimensionalItem(bank, prior, new Map(), {
      seed: 1,
      reported: ["s1"],
      seTarget: 1.01,
      minItemsPerTrait: 2,
    });
    expect(step.done).toBe(false);
  });
});

describe("firstInOrder", () => {
  it("keeps exactly what sorting everything and taking the first few keeps", () => {
    const random = mulberry32(99);
    const byGainThenId = (p: { id: string; gain: number }, q: { id: string; gain: number }) =>
      q.gain - p.gain || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);
    for (let trial = 0; trial < 200; trial++) {
      const size = Math.floor(random() * 40);
      // Gains from a few distinct values, so that ties (broken by id) are common.
      const values = Array.from({ length: size }, (_, i) => ({
        id: `i${Math.floor(random() * 1000)}-${i}`,
        gain: Math.floor(random() * 5) / 4,
      }));
      for (const count of [1, 3, 5, 50])
        expect(firstInOrder(values, count, byGainThenId)).toEqual(
          [...values].sort(byGainThenId).slice(0, count),
        );
      const numbers = values.map((v) => v.gain);
      expect(firstInOrder(numbers, 3, (p, q) => q - p)).toEqual(
        [...numbers].sort((p, q) => q - p).slice(0, 3),
      );
    }
  });
});
