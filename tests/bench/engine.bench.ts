/**
 * Measurement-engine benchmarks against the budgets in README's Performance section: EAP for 10,000 × 60,
 * one adaptive step on a 150-item bank, and MML-EM for 2,800 people × 25 items (5 scales).
 * Each has a same-run baseline so the figures can be read on any machine.
 */
import {
  type BankItem,
  calibrateGrm,
  createEapScorer,
  type GrmItem,
  itemInformation,
  logCategoryProbability,
  mulberry32,
  nextItem,
  normalQuadrature,
  normalSampler,
  sampleCategory,
} from "../../app/domain/psychometrics/index";
import type { GivenAnswer } from "../../app/domain/assessment/answers";
import { nextStep, type NextStep } from "../../app/domain/assessment/sequence";
import { simulatedAnswer } from "../../app/domain/assessment/simulate";
import { TRAIT_IDS, type TraitId } from "../../app/domain/instrument";
import { createVersion, currentInstrument, perTraitContent } from "../../app/domain/instrument/version";
import type { BenchResult } from "./types";

export type { BenchResult } from "./types";

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function bestOf(runs: number, fn: () => void): number {
  fn(); // warm-up so the JIT has compiled the hot loops
  return Math.min(...Array.from({ length: runs }, () => time(fn)));
}

function makeItems(count: number, seed: number): GrmItem[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const centre = (random() - 0.5) * 2;
    return {
      a: 0.8 + random() * 2,
      b: [-1.5, -0.5, 0.5, 1.5].map((t) => centre + t * (0.8 + random() * 0.3)),
    };
  });
}

function simulate(items: GrmItem[], people: number, seed: number): number[][] {
  const random = mulberry32(seed);
  const normal = normalSampler(random);
  return Array.from({ length: people }, () => {
    const theta = normal();
    return items.map((item) => sampleCategory(item, theta, random()));
  });
}

function eapBenchmark(): BenchResult {
  const items = makeItems(60, 1);
  const responses = simulate(items, 10_000, 2);
  const scorer = createEapScorer(items);
  let sink = 0;
  const tabled = bestOf(5, () => {
    for (const row of responses) sink += scorer.score(row).theta;
  });
  // Baseline: the textbook loop, evaluating log P from the item parameters at every node.
  const quadrature = normalQuadrature();
  const nodes = quadrature.nodes;
  const logPosterior = new Float64Array(nodes.length);
  const direct = bestOf(1, () => {
    for (const row of responses) {
      for (let q = 0; q < nodes.length; q++) {
        let sum = quadrature.logWeights[q]!;
        for (let j = 0; j < items.length; j++) sum += logCategoryProbability(items[j]!, row[j]!, nodes[q]!);
        logPosterior[q] = sum;
      }
      sink += logPosterior[30]!;
    }
  });
  if (Number.isNaN(sink)) throw new Error("unreachable");
  return {
    name: "EAP 10,000 attempts × 60 items (61 nodes)",
    value: tabled,
    unit: "ms",
    budget: 1000,
    baseline: { name: "same sums, log P computed per node (no tables)", value: direct },
    ratio: tabled / direct,
  };
}

function catBenchmark(): BenchResult {
  const traits = Array.from({ length: 10 }, (_, t) => `trait-${t}`);
  const base = makeItems(150, 3);
  const bank: BankItem[] = base.map((item, j) => ({ ...item, id: `item-${j}`, trait: traits[j % 10]! }));
  const byId = new Map(bank.map((item) => [item.id, item]));
  const random = mulberry32(4);
  const normal = normalSampler(random);
  const stepTimes: number[] = [];
  const options = { seed: 1, maxItemsPerTrait: 12, minItemsPerTrait: 3 };
  for (let attempt = 0; attempt < 60; attempt++) {
    const theta = Object.fromEntries(traits.map((trait) => [trait, normal()]));
    const answers = new Map<string, number>();
    for (;;) {
      let step!: ReturnType<typeof nextItem>;
      const elapsed = time(() => {
        step = nextItem(bank, answers, { ...options, seed: attempt });
      });
      if (attempt > 0) stepTimes.push(elapsed); // the first attempt warms up the JIT
      if (step.done) break;
      const item = byId.get(step.itemId)!;
      answers.set(item.id, sampleCategory(item, theta[item.trait]!, random()));
    }
  }
  // Baseline: the irreducible core of maximum-information selection, information of all 150 items at one θ.
  let sink = 0;
  const informationTimes: number[] = [];
  for (let run = 0; run < 2000; run++) {
    informationTimes.push(
      time(() => {
        for (const item of bank) sink += itemInformation(item, 0.3);
      }),
    );
  }
  if (Number.isNaN(sink)) throw new Error("unreachable");
  const stepMedian = median(stepTimes);
  const baseline = median(informationTimes.slice(100));
  return {
    name: `CAT next item, 150-item bank (median of ${stepTimes.length} steps)`,
    value: stepMedian,
    unit: "ms",
    budget: 1,
    baseline: { name: "information of all 150 items at one θ", value: baseline },
    ratio: stepMedian / baseline,
  };
}

function calibrationBenchmark(): BenchResult {
  const scales = Array.from({ length: 5 }, (_, s) => {
    const items = makeItems(5, 10 + s);
    return simulate(items, 2800, 20 + s);
  });
  let cycles = 0;
  const calibrate = () => {
    cycles = 0;
    for (const rows of scales) cycles += calibrateGrm(rows).iterations;
  };
  const elapsed = bestOf(3, calibrate);
  // Baseline: one pass of EAP over the same data with the true-ish start values, i.e. the cost
  // of a single E-step; the ratio says how many E-step equivalents a full calibration costs.
  let sink = 0;
  const pass = bestOf(5, () => {
    for (const rows of scales) {
      const scorer = createEapScorer(makeItems(5, 99));
      for (const row of rows) sink += scorer.score(row).theta;
    }
  });
  if (Number.isNaN(sink)) throw new Error("unreachable");
  return {
    name: `MML-EM 2,800 people × 25 items, 5 scales (${cycles} EM cycles in total)`,
    value: elapsed,
    unit: "ms",
    budget: 2000,
    baseline: { name: "one EAP pass over the same data (≈ one E-step)", value: pass },
    ratio: elapsed / pass,
  };
}

/**
 * The questionnaire's own next step (sequence.ts: fixed screens, the joint posterior of all 11
 * traits and the balance, Ds-optimal choice) over simulated attempts, against the per-trait
 * engine of GTM Fit 1.0 choosing for the same people in the same run. Saving an answer computes
 * one such step.
 */
function questionnaireStepBenchmark(): BenchResult {
  const joint = currentInstrument();
  const perTrait = createVersion(perTraitContent());
  const stepTimes = (version: typeof joint) => {
    const times: number[] = [];
    for (let seed = 1; seed <= 41; seed++) {
      const random = mulberry32(seed);
      const normal = normalSampler(random);
      const person = {
        traits: Object.fromEntries(TRAIT_IDS.map((t) => [t, normal()])) as Record<TraitId, number>,
        balance: normal(),
      };
      const answers: GivenAnswer[] = [];
      for (;;) {
        let step!: NextStep;
        const elapsed = time(() => {
          step = nextStep({ version, form: "adaptive", seed }, answers);
        });
        if (seed > 1) times.push(elapsed); // the first attempt warms up the JIT
        if (step.done) break;
        const raw = simulatedAnswer(version, step.screen.item, person, random());
        answers.push({ itemId: step.screen.item.id, raw, responseMs: 5000 });
      }
    }
    return times;
  };
  const jointTimes = stepTimes(joint);
  const perTraitTimes = stepTimes(perTrait);
  const value = median(jointTimes);
  const baseline = median(perTraitTimes);
  return {
    name: `questionnaire next step, joint engine, 11 traits (median of ${jointTimes.length} steps)`,
    value,
    unit: "ms",
    budget: 1,
    baseline: { name: "the per-trait engine of GTM Fit 1.0, same people", value: baseline },
    ratio: value / baseline,
  };
}

export async function engineBenchmarks(): Promise<BenchResult[]> {
  return [eapBenchmark(), catBenchmark(), questionnaireStepBenchmark(), calibrationBenchmark()];
}
