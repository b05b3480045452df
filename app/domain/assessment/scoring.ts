// Turns an attempt's answers into scores: an EAP estimate with its SE per trait (Likert statements
// and scenarios, graded response model), the forced-choice balance (2PL), composites, percentiles
// against the reference group, and response-quality flags. Pure: the same answers and version
// always give the same scores, so scores can be recomputed from stored answers at any time.
//
// Which engine scores is the version's: "per-trait" versions score each trait from its own items
// with an N(0, 1) prior; "multidimensional" versions score every answer at once with the version's
// trait prior (psychometrics/multidimensional.ts), so a trait's estimate also draws on the
// correlated traits. A stored attempt keeps its version, so rescoring it keeps its engine.
import { composites, type Composites } from "~/domain/fit/composites";
import type { Profile } from "~/domain/fit/types";
import {
  BALANCE_DIMENSION,
  balancePairs,
  keyedCategory,
  TRAIT_IDS,
  type AdaptiveEngine,
  type InstrumentVersion,
  type TraitId,
} from "~/domain/instrument";
import {
  createBalanceScorer,
  createEapScorer,
  multidimensionalPosterior,
  infrequency,
  longString,
  referencePercentile,
  speed,
  synonymInconsistency,
  type EapScorer,
  type QualityFlag,
} from "~/domain/psychometrics";
import type { GivenAnswer } from "./answers";
import { findItem, isMultidimensional, versionIndex } from "./sequence";

export interface TraitScore {
  theta: number;
  se: number;
  /** Percentile against the calibration reference group (provisional until recalibrated). */
  percentile: number;
  itemsAnswered: number;
}

export interface AttemptScores {
  versionId: string;
  /** The engine that scored the attempt (absent in scores stored before there were two: per-trait). */
  engine?: AdaptiveEngine;
  calibration: "provisional" | "calibrated";
  traits: Record<TraitId, TraitScore>;
  /** The forced-choice sales–marketing balance (positive = sales-leaning), when pairs were answered. */
  forcedChoiceBalance: { theta: number; se: number; answered: number } | null;
  composites: Composites;
  quality: { flags: QualityFlag[]; answered: number; medianResponseMs: number | null };
}

interface Scorers {
  traits: Map<TraitId, { ids: string[]; scorer: EapScorer }>;
  balance: { ids: string[]; scorer: EapScorer };
}

const scorerCache = new WeakMap<InstrumentVersion, Scorers>();

function scorersFor(version: InstrumentVersion): Scorers {
  let cached = scorerCache.get(version);
  if (cached) return cached;
  const traits = new Map<TraitId, { ids: string[]; scorer: EapScorer }>();
  for (const trait of TRAIT_IDS) {
    const items = [...version.items.likert, ...version.items.situational].filter((i) => i.trait === trait);
    const params = items.map((i) => {
      const p = version.params[i.id];
      if (!p || p.model !== "grm") throw new Error(`${i.id}: missing GRM parameters`);
      return { a: p.a, b: p.b };
    });
    traits.set(trait, { ids: items.map((i) => i.id), scorer: createEapScorer(params) });
  }
  const pairs = balancePairs(version);
  cached = { traits, balance: { ids: pairs.map((p) => p.id), scorer: createBalanceScorer(pairs) } };
  scorerCache.set(version, cached);
  return cached;
}

type Estimates = Pick<AttemptScores, "traits" | "forcedChoiceBalance">;

function perTraitEstimates(version: InstrumentVersion, keyed: ReadonlyMap<string, number>): Estimates {
  const scorers = scorersFor(version);

  const traits = {} as Record<TraitId, TraitScore>;
  for (const trait of TRAIT_IDS) {
    const { ids, scorer } = scorers.traits.get(trait)!;
    const estimate = scorer.score(ids.map((id) => keyed.get(id) ?? null));
    traits[trait] = {
      theta: estimate.theta,
      se: estimate.se,
      percentile: referencePercentile(estimate.theta),
      itemsAnswered: estimate.answered,
    };
  }

  const balanceEstimate = scorers.balance.scorer.score(
    scorers.balance.ids.map((id) => keyed.get(id) ?? null),
  );
  const forcedChoiceBalance =
    balanceEstimate.answered > 0
      ? { theta: balanceEstimate.theta, se: balanceEstimate.se, answered: balanceEstimate.answered }
      : null;
  return { traits, forcedChoiceBalance };
}

function multidimensionalEstimates(
  version: InstrumentVersion,
  keyed: ReadonlyMap<string, number>,
): Estimates {
  const { joint } = versionIndex(version);
  const prior = version.traitPrior!;
  const posterior = multidimensionalPosterior(joint, prior, keyed);
  const at = (dimension: string) => {
    const d = prior.traits.indexOf(dimension);
    const theta = posterior.mean[d]!;
    const se = Math.sqrt(posterior.covariance[d * prior.traits.length + d]!);
    return { theta, se, answered: posterior.answered[d]! };
  };
  const traits = {} as Record<TraitId, TraitScore>;
  for (const trait of TRAIT_IDS) {
    const { theta, se, answered } = at(trait);
    traits[trait] = { theta, se, percentile: referencePercentile(theta), itemsAnswered: answered };
  }
  const balance = at(BALANCE_DIMENSION);
  return { traits, forcedChoiceBalance: balance.answered > 0 ? balance : null };
}

export function scoreAttempt(version: InstrumentVersion, answers: readonly GivenAnswer[]): AttemptScores {
  const keyed = new Map<string, number>();
  for (const answer of answers) {
    const item = findItem(version, answer.itemId);
    if (!item) continue;
    const category = keyedCategory(item, answer.raw);
    if (category !== null) keyed.set(item.id, category);
  }
  const multidimensional = isMultidimensional(version);
  const { traits, forcedChoiceBalance } = multidimensional
    ? multidimensionalEstimates(version, keyed)
    : perTraitEstimates(version, keyed);
  const profile: Profile = Object.fromEntries(
    TRAIT_IDS.map((t) => [t, { theta: traits[t].theta, se: traits[t].se }]),
  ) as Profile;

  return {
    versionId: version.id,
    engine: multidimensional ? "multidimensional" : "per-trait",
    calibration: version.calibration.status,
    traits,
    forcedChoiceBalance,
    composites: composites(profile, forcedChoiceBalance ?? undefined),
    quality: qualityOf(version, answers),
  };
}

export function profileOf(scores: Pick<AttemptScores, "traits">): Profile {
  return Object.fromEntries(
    TRAIT_IDS.map((t) => [t, { theta: scores.traits[t].theta, se: scores.traits[t].se }]),
  ) as Profile;
}

function qualityOf(version: InstrumentVersion, answers: readonly GivenAnswer[]) {
  const likertRaw: number[] = [];
  const rawById: Record<string, number> = {};
  for (const answer of answers) {
    const item = findItem(version, answer.itemId);
    if (!item || typeof answer.raw !== "number") continue;
    rawById[item.id] = answer.raw;
    if (item.format === "likert") likertRaw.push(answer.raw);
  }
  const checks = version.items.infrequency.map((item) =>
    item.expected.every((e) => e <= 1)
      ? { id: item.id, implausibleAtLeast: 3 }
      : { id: item.id, implausibleAtMost: 1 },
  );
  const times = answers.map((a) => a.responseMs).filter((t): t is number => t !== null);
  const speedResult = speed(times);
  const flags = [
    ...longString(likertRaw).flags,
    ...infrequency(rawById, checks).flags,
    ...synonymInconsistency(
      rawById,
      version.synonymPairs.map((p) => ({ first: p.items[0], second: p.items[1] })),
      { min: 0, max: 4 },
    ).flags,
    ...speedResult.flags,
  ];
  return { flags, answered: answers.length, medianResponseMs: speedResult.medianMs };
}
