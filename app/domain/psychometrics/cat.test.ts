import { describe, expect, it } from "vitest";
import { type BankItem, type CatOptions, nextItem } from "./cat";
import { correlation, mean } from "./descriptive";
import { itemInformation, sampleCategory } from "./grm";
import { mulberry32, normalSampler } from "./prng";

function makeBank(traits: string[], perTrait: number, seed: number): BankItem[] {
  const random = mulberry32(seed);
  const bank: BankItem[] = [];
  for (const trait of traits) {
    for (let j = 0; j < perTrait; j++) {
      const centre = -2 + (4 * j) / Math.max(perTrait - 1, 1);
      bank.push({
        id: `${trait}-${j}`,
        trait,
        a: 1.6 + random() * 1.2,
        b: [-1.6, -0.6, 0.4, 1.4].map((offset) => centre * 0.8 + offset * 0.9),
      });
    }
  }
  return bank;
}

function runAdaptiveTest(
  bank: BankItem[],
  trueTheta: Record<string, number>,
  options: CatOptions,
  random: () => number,
) {
  const answers = new Map<string, number>();
  const byId = new Map(bank.map((item) => [item.id, item]));
  for (;;) {
    const step = nextItem(bank, answers, options);
    if (step.done) return { step, answers };
    const item = byId.get(step.itemId)!;
    answers.set(step.itemId, sampleCategory(item, trueTheta[item.trait]!, random()));
  }
}

describe("adaptive testing", () => {
  const bank = makeBank(["resilience", "closing", "discovery"], 15, 1);

  it("is deterministic for the same answers and seed, so an attempt resumes exactly", () => {
    const answers = { "resilience-3": 2, "closing-7": 4 };
    const first = nextItem(bank, answers, { seed: 99 });
    const again = nextItem(bank, new Map(Object.entries(answers)), { seed: 99 });
    expect(again).toEqual(first);
    const seeds = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const step = nextItem(bank, answers, { seed });
      if (!step.done) seeds.add(step.itemId);
    }
    expect(seeds.size).toBeGreaterThan(1); // randomesque: several of the top items get used
    expect(seeds.size).toBeLessThanOrEqual(3);
  });

  it("serves the trait with the fewest items and the most informative item when topN = 1", () => {
    const step = nextItem(bank, { "resilience-3": 2, "closing-7": 4 }, { seed: 1, topN: 1 });
    expect(step.done).toBe(false);
    if (step.done) return;
    expect(step.trait).toBe("discovery");
    const state = step.traits.find((t) => t.trait === "discovery")!;
    expect(state.theta).toBeCloseTo(0, 8);
    expect(state.se).toBeCloseTo(1, 2);
    const best = bank
      .filter((item) => item.trait === "discovery")
      .reduce((p, q) => (itemInformation(q, 0) > itemInformation(p, 0) ? q : p));
    expect(step.itemId).toBe(best.id);
  });

  it("honours exclusions, per-trait caps and the overall cap", () => {
    const excluded = nextItem(
      bank,
      {},
      { seed: 5, excludeTraits: ["resilience", "closing"], excludeItems: ["discovery-7"], topN: 1 },
    );
    expect(excluded.done).toBe(false);
    if (!excluded.done) {
      expect(excluded.trait).toBe("discovery");
      expect(excluded.itemId).not.toBe("discovery-7");
      expect(excluded.traits.map((t) => t.trait)).toEqual(["discovery"]);
    }
    const capped = nextItem(bank, { "resilience-1": 1, "closing-1": 1 }, { seed: 5, maxItems: 2 });
    expect(capped).toMatchObject({ done: true, reason: "max-items" });
    const small = makeBank(["x"], 4, 3);
    const all = { "x-0": 1, "x-1": 1 };
    const perTraitCap = nextItem(small, all, { seed: 1, maxItemsPerTrait: 2 });
    expect(perTraitCap).toMatchObject({ done: true, reason: "all-traits-done" });
    if (perTraitCap.done) expect(perTraitCap.traits[0]!.stopped).toBe("max-items-per-trait");
  });

  it("rejects answers to unknown items and impossible categories", () => {
    expect(() => nextItem(bank, { nope: 1 }, { seed: 1 })).toThrow(/unknown item/);
    expect(() => nextItem(bank, { "closing-1": 7 }, { seed: 1 })).toThrow(/outside/);
  });

  it("on a 20-item bank reaches SE ≤ 0.32 with on average ≤ 60% of the items", () => {
    const bank20 = makeBank(["balance"], 20, 7);
    const random = mulberry32(77);
    const normal = normalSampler(random);
    const lengths: number[] = [];
    const truth: number[] = [];
    const estimates: number[] = [];
    let reached = 0;
    const simulees = 400;
    for (let i = 0; i < simulees; i++) {
      const theta = normal();
      const { step, answers } = runAdaptiveTest(
        bank20,
        { balance: theta },
        { seed: i, maxItemsPerTrait: 20 },
        random,
      );
      const state = step.traits[0]!;
      lengths.push(answers.size);
      if (state.se <= 0.32) reached++;
      truth.push(theta);
      estimates.push(state.theta);
    }
    const averageShare = mean(lengths) / 20;
    const reachedShare = reached / simulees;
    const r = correlation(truth, estimates);
    console.info(
      `CAT 20-item bank: mean length ${mean(lengths).toFixed(2)} items (${(100 * averageShare).toFixed(1)}%), ` +
        `SE ≤ 0.32 reached by ${(100 * reachedShare).toFixed(1)}%, corr(θ̂, θ) = ${r.toFixed(3)}`,
    );
    expect(averageShare).toBeLessThanOrEqual(0.6);
    expect(reachedShare).toBeGreaterThanOrEqual(0.9);
    expect(r).toBeGreaterThan(0.9);
  });

  it("balances content across traits while they are all open", () => {
    const random = mulberry32(4);
    const { answers } = runAdaptiveTest(
      bank,
      { resilience: 0.5, closing: -1, discovery: 1.5 },
      { seed: 3, maxItems: 9 },
      random,
    );
    const perTrait = new Map<string, number>();
    for (const id of answers.keys()) {
      const trait = id.split("-")[0]!;
      perTrait.set(trait, (perTrait.get(trait) ?? 0) + 1);
    }
    expect([...perTrait.values()]).toEqual([3, 3, 3]);
  });
});
