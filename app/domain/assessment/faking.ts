// Faking resistance, measured by simulation. Simulated candidates take the adaptive questionnaire
// twice: once honestly, once "faking good" for a sales role. The response model (documented in
// docs/measurement.md) has two parts, both in trait SD units on the keyed scale:
//
// - General desirability `general`: a faker shifts every Likert statement toward its desirable
//   (keyed-high) answer as if their trait were `general` higher. Forced-choice pairs were written
//   so that both statements are about equally attractive, so this part cancels inside a pair.
// - Job relevance `job`, scaled by each statement's appeal to a sales hiring manager (0..1):
//   - a Likert statement gets `job` × its appeal more. Likert statements carry no rating of their
//     own; a statement's appeal is its trait's (1 for the five sales traits, 0 otherwise), the
//     assumption the first version of this model made for every statement;
//   - in a pair, the comparison moves by `job` × (sales statement's appeal − marketing statement's
//     appeal) in the utility difference, whose SD is √2 trait SDs (a difference of two independent
//     unit-variance utilities): a shift of job·Δ/√2 on the balance θ. Pairs without ratings
//     (versions built before they existed) count as Δ = 1: the sales statement carries the whole pull.
//   `pairBias` adds a further pull towards the sales statement in every pair: what the balance would
//   do if the ratings were too kind to the marketing statements by that much (a sensitivity check).
//
// Scenarios (situational judgment) and check statements are answered honestly: knowing the best
// option in a scenario is not something a desire to look good supplies.
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { roleFit } from "~/domain/fit/fit";
import {
  SALES_TRAITS,
  TRAIT_IDS,
  type ForcedChoiceItem,
  type InstrumentVersion,
  type Item,
  type RawAnswer,
  type TraitId,
} from "~/domain/instrument";
import {
  correlation,
  mean,
  mixSeed,
  mulberry32,
  normalSampler,
  sampleCategory,
  sampleVariance,
} from "~/domain/psychometrics";
import { profileOf, scoreAttempt } from "./scoring";
import { simulateAttempt, simulatedAnswer, type SimulatedPerson } from "./simulate";

export interface FakingModel {
  general: number;
  job: number;
  /** Extra appeal difference added to every pair (sensitivity to ratings kind to marketing); 0 unless set. */
  pairBias?: number;
}

/** The model the reported figures use: half an SD of general inflation, half an SD more on sales traits. */
export const FAKE_GOOD_FOR_SALES: FakingModel = { general: 0.5, job: 0.5 };

const SALES = new Set<TraitId>(SALES_TRAITS);

/** The appeal difference (sales − marketing statement) of a pair; 1 when the pair has no ratings. */
export function pairAppealDifference(item: ForcedChoiceItem): number {
  const [sales, marketing] = item.options;
  if (sales.salesJobAppeal === undefined || marketing.salesJobAppeal === undefined) return 1;
  return sales.salesJobAppeal - marketing.salesJobAppeal;
}

export function fakedAnswer(
  version: InstrumentVersion,
  item: Item,
  person: SimulatedPerson,
  model: FakingModel,
  uniform: number,
): RawAnswer {
  const p = version.params[item.id];
  if (item.format === "likert" && p?.model === "grm") {
    const shift = model.general + (SALES.has(item.trait) ? model.job : 0);
    const keyed = sampleCategory(p, person.traits[item.trait] + shift, uniform);
    return item.reverse ? 4 - keyed : keyed;
  }
  if (item.format === "forced-choice" && p?.model === "2pl") {
    const pull = (model.job * (pairAppealDifference(item) + (model.pairBias ?? 0))) / Math.SQRT2;
    const chooseSales = sampleCategory({ a: p.a, b: [p.b] }, person.balance + pull, uniform) === 1;
    return chooseSales ? "sales" : "marketing";
  }
  return simulatedAnswer(version, item, person, uniform);
}

export interface Shift {
  /** Mean faked − honest score, divided by the SD of the honest scores across candidates. */
  sd: number;
  /** The same mean shift in the score's own units. */
  raw: number;
}

export interface FakingReport {
  candidates: number;
  model: FakingModel;
  traits: Record<TraitId, Shift>;
  /** Sales orientation − marketing orientation from the Likert traits. */
  likertBalance: Shift;
  /** The balance from the forced-choice pairs alone (2PL EAP θ). */
  forcedChoiceBalance: Shift;
  /** The balance the report shows: both combined by inverse-variance weighting. */
  combinedBalance: Shift;
  /** Fit (0–100) to the enterprise account executive template. */
  fit: Shift;
  /** Honest answers only: correlation of the forced-choice balance with the simulated true balance. */
  honestForcedChoiceR: number;
}

function shift(honest: number[], faked: number[]): Shift {
  const raw = mean(faked.map((f, i) => f - honest[i]!));
  return { raw, sd: raw / Math.sqrt(sampleVariance(honest)) };
}

/**
 * Simulates `count` candidates (trait levels spread along the sales–marketing lean, as the demo
 * data are) answering honestly and then faking under `model`; returns how far each score moved.
 */
export function fakingStudy(
  version: InstrumentVersion,
  count: number,
  seed: number,
  model: FakingModel = FAKE_GOOD_FOR_SALES,
): FakingReport {
  const normal = normalSampler(mulberry32(seed));
  const targets = ROLE_TEMPLATES.find((t) => t.id === "ae-enterprise")!.targets;
  const rows: Array<{ traits: number[]; likert: number; fc: number; combined: number; fit: number }[]> = [];
  const trueBalance: number[] = [];
  for (let i = 0; i < count; i++) {
    const lean = 0.8 * normal();
    const person: SimulatedPerson = {
      traits: Object.fromEntries(
        TRAIT_IDS.map((t, j) => [t, 0.7 * normal() + (j < 5 ? lean : j < 10 ? -lean : 0)]),
      ) as Record<TraitId, number>,
      balance: 1.2 * lean + 0.3 * normal(),
    };
    trueBalance.push(person.balance);
    const attemptSeed = mixSeed(seed, i);
    const runs = [
      simulateAttempt(version, "adaptive", attemptSeed, person),
      simulateAttempt(version, "adaptive", attemptSeed, person, {
        answer: (item, u) => fakedAnswer(version, item, person, model, u),
      }),
    ].map((answers) => {
      const scores = scoreAttempt(version, answers);
      const profile = profileOf(scores);
      return {
        traits: TRAIT_IDS.map((t) => scores.traits[t].theta),
        likert: scores.composites.balance.likert.theta,
        fc: scores.forcedChoiceBalance?.theta ?? Number.NaN,
        combined: scores.composites.balance.theta,
        fit: roleFit(profile, targets).fit,
      };
    });
    rows.push(runs);
  }
  const pick = (run: 0 | 1, f: (r: (typeof rows)[number][number]) => number) => rows.map((r) => f(r[run]!));
  const pair = (f: (r: (typeof rows)[number][number]) => number) => shift(pick(0, f), pick(1, f));
  return {
    candidates: count,
    model,
    traits: Object.fromEntries(TRAIT_IDS.map((t, j) => [t, pair((r) => r.traits[j]!)])) as Record<
      TraitId,
      Shift
    >,
    likertBalance: pair((r) => r.likert),
    forcedChoiceBalance: pair((r) => r.fc),
    combinedBalance: pair((r) => r.combined),
    fit: pair((r) => r.fit),
    honestForcedChoiceR: correlation(
      pick(0, (r) => r.fc),
      trueBalance,
    ),
  };
}
