// Faking resistance, measured by simulation. Simulated candidates take the adaptive questionnaire
// twice: once honestly, once "faking good" for a sales role. The response model (documented in
// docs/measurement.md) has two parts, both in trait SD units on the keyed scale:
//
// - General desirability `general`: a faker shifts every Likert statement toward its desirable
//   (keyed-high) answer as if their trait were `general` higher. Forced-choice pairs were written
//   so that both statements are about equally attractive, so this part cancels inside a pair.
// - Job relevance `job`: on top of that, statements of the sales traits (what a sales job seems to
//   want) get `job` more. In a pair, only the sales statement gets it, so the pair's comparison
//   moves by `job` in the utility difference, whose SD is √2 trait SDs (a difference of two
//   independent unit-variance utilities): a shift of job/√2 on the balance θ.
//
// Scenarios (situational judgment) and check statements are answered honestly: knowing the best
// option in a scenario is not something a desire to look good supplies.
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { roleFit } from "~/domain/fit/fit";
import { SALES_TRAITS, TRAIT_IDS, type InstrumentVersion, type Item, type RawAnswer, type TraitId } from "~/domain/instrument";
import { mean, mixSeed, mulberry32, normalSampler, sampleCategory, sampleVariance } from "~/domain/psychometrics";
import { profileOf, scoreAttempt } from "./scoring";
import { simulateAttempt, simulatedAnswer, type SimulatedPerson } from "./simulate";

export interface FakingModel {
  general: number;
  job: number;
}

/** The model the reported figures use: half an SD of general inflation, half an SD more on sales traits. */
export const FAKE_GOOD_FOR_SALES: FakingModel = { general: 0.5, job: 0.5 };

const SALES = new Set<TraitId>(SALES_TRAITS);

export function fakedAnswer(version: InstrumentVersion, item: Item, person: SimulatedPerson, model: FakingModel, uniform: number): RawAnswer {
  const p = version.params[item.id];
  if (item.format === "likert" && p?.model === "grm") {
    const shift = model.general + (SALES.has(item.trait) ? model.job : 0);
    const keyed = sampleCategory(p, person.traits[item.trait] + shift, uniform);
    return item.reverse ? 4 - keyed : keyed;
  }
  if (item.format === "forced-choice" && p?.model === "2pl") {
    const chooseSales = sampleCategory({ a: p.a, b: [p.b] }, person.balance + model.job / Math.SQRT2, uniform) === 1;
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
}

function shift(honest: number[], faked: number[]): Shift {
  const raw = mean(faked.map((f, i) => f - honest[i]!));
  return { raw, sd: raw / Math.sqrt(sampleVariance(honest)) };
}

/**
 * Simulates `count` candidates (trait levels spread along the sales–marketing lean, as the demo
 * data are) answering honestly and then faking under `model`; returns how far each score moved.
 */
export function fakingStudy(version: InstrumentVersion, count: number, seed: number, model: FakingModel = FAKE_GOOD_FOR_SALES): FakingReport {
  const normal = normalSampler(mulberry32(seed));
  const targets = ROLE_TEMPLATES.find((t) => t.id === "ae-enterprise")!.targets;
  const rows: Array<{ traits: number[]; likert: number; fc: number; combined: number; fit: number }[]> = [];
  for (let i = 0; i < count; i++) {
    const lean = 0.8 * normal();
    const person: SimulatedPerson = {
      traits: Object.fromEntries(TRAIT_IDS.map((t, j) => [t, 0.7 * normal() + (j < 5 ? lean : j < 10 ? -lean : 0)])) as Record<TraitId, number>,
      balance: 1.2 * lean + 0.3 * normal(),
    };
    const attemptSeed = mixSeed(seed, i);
    const runs = [
      simulateAttempt(version, "adaptive", attemptSeed, person),
      simulateAttempt(version, "adaptive", attemptSeed, person, { answer: (item, u) => fakedAnswer(version, item, person, model, u) }),
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
    traits: Object.fromEntries(TRAIT_IDS.map((t, j) => [t, pair((r) => r.traits[j]!)])) as Record<TraitId, Shift>,
    likertBalance: pair((r) => r.likert),
    forcedChoiceBalance: pair((r) => r.fc),
    combinedBalance: pair((r) => r.combined),
    fit: pair((r) => r.fit),
  };
}
