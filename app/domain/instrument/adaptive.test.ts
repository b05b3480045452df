// Simulation check of the provisional parameters with the engine's own CAT and EAP: for simulees
// with θ ~ N(0, 1) on every trait, the adaptive form must reach SE ≤ 0.32 per trait with at most 7
// Likert items per trait on average. The figures are printed so they can be quoted.
import { describe, expect, it } from "vitest";
import { nextItem } from "~/domain/psychometrics/cat";
import { sampleCategory } from "~/domain/psychometrics/grm";
import { mulberry32, normalSampler } from "~/domain/psychometrics/prng";
import { catBank, catOptions } from "./engine-bank";
import { TRAIT_IDS } from "./types";
import { currentInstrument } from "./version";

describe("adaptive form on the provisional bank", () => {
  it("reaches SE ≤ 0.32 with ≤ 7 Likert items per trait on average (θ ~ N(0,1))", () => {
    const version = currentInstrument();
    const bank = catBank(version).filter((i) => i.id.match(/^[a-z]{2}-\d\d$/)); // Likert only
    const byId = new Map(bank.map((i) => [i.id, i]));
    const options = catOptions(version, 0);
    const people = 300;
    const random = mulberry32(20250131);
    const normal = normalSampler(random);
    const itemsPerTrait = new Map<string, number>(TRAIT_IDS.map((t) => [t, 0]));
    let reached = 0;
    let seTotal = 0;
    let traitCount = 0;
    let maxTotal = 0;
    let absErrorTotal = 0;
    for (let p = 0; p < people; p++) {
      const theta = new Map(TRAIT_IDS.map((t) => [t as string, normal()]));
      const answers: Record<string, number> = {};
      for (;;) {
        const step = nextItem(bank, answers, { ...options, seed: p });
        if (step.done) {
          for (const s of step.traits) {
            itemsPerTrait.set(s.trait, itemsPerTrait.get(s.trait)! + s.itemsAnswered);
            seTotal += s.se;
            traitCount++;
            if (s.se <= 0.32) reached++;
            absErrorTotal += Math.abs(s.theta - theta.get(s.trait)!);
          }
          break;
        }
        const item = byId.get(step.itemId)!;
        answers[item.id] = sampleCategory(item, theta.get(item.trait)!, random());
      }
      maxTotal = Math.max(maxTotal, Object.keys(answers).length);
    }
    const perTrait = Object.fromEntries([...itemsPerTrait].map(([t, n]) => [t, +(n / people).toFixed(2)]));
    const average = [...itemsPerTrait.values()].reduce((a, b) => a + b, 0) / people / TRAIT_IDS.length;
    const summary = {
      averageLikertPerTrait: +average.toFixed(2),
      perTrait,
      meanSE: +(seTotal / traitCount).toFixed(3),
      shareReachingSE032: +(reached / traitCount).toFixed(3),
      meanAbsError: +(absErrorTotal / traitCount).toFixed(3),
      longestAttempt: maxTotal,
    };
    console.log("adaptive simulation", JSON.stringify(summary, null, 1));
    expect(average).toBeLessThanOrEqual(7);
    for (const n of Object.values(perTrait)) expect(n).toBeLessThanOrEqual(7.5);
    expect(summary.shareReachingSE032).toBeGreaterThanOrEqual(0.9);
    expect(summary.meanSE).toBeLessThanOrEqual(0.32);
    expect(maxTotal).toBeLessThanOrEqual(options.maxItems!);
  });
});
