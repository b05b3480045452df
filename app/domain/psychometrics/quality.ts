/**
 * Response-quality indices. They flag an attempt for a human to look at and never reject it: a
 * careful candidate can straight-line a short scale or read fast, and the reasons say so plainly.
 */
import { median } from "./descriptive";
import { reverseKey } from "./reliability";

export interface QualityFlag {
  index: "long-string" | "infrequency" | "inconsistency" | "speed";
  reason: string;
}

type Answer = number | null | undefined;

export interface LongStringResult {
  longestRun: number;
  /** Longest run as a share of the answered items (0 when nothing was answered). */
  longestRunShare: number;
  answered: number;
  flags: QualityFlag[];
}

/**
 * Longest run of identical consecutive answers in presentation order; unanswered items are skipped
 * rather than breaking the run, because skipping does not show attention.
 */
export function longString(
  answers: readonly Answer[],
  options: { maxRun?: number; maxShare?: number } = {},
): LongStringResult {
  const maxRun = options.maxRun ?? 10;
  const maxShare = options.maxShare ?? 0.5;
  let longestRun = 0;
  let run = 0;
  let previous: number | undefined;
  let answered = 0;
  for (const answer of answers) {
    if (answer === null || answer === undefined) continue;
    answered++;
    run = answer === previous ? run + 1 : 1;
    previous = answer;
    longestRun = Math.max(longestRun, run);
  }
  const longestRunShare = answered === 0 ? 0 : longestRun / answered;
  const flags: QualityFlag[] = [];
  if (longestRun > maxRun || (answered >= 10 && longestRunShare > maxShare)) {
    flags.push({
      index: "long-string",
      reason: `gave the same answer ${longestRun} times in a row (${Math.round(100 * longestRunShare)}% of answers); this can mean answering without reading`,
    });
  }
  return { longestRun, longestRunShare, answered, flags };
}

export interface InfrequencyItem {
  id: string;
  /** Answers at or above this value are implausible (e.g. "I have never used a phone": agree). */
  implausibleAtLeast?: number;
  /** Answers at or below this value are implausible. */
  implausibleAtMost?: number;
}

export interface InfrequencyResult {
  implausibleCount: number;
  answered: number;
  implausibleItems: string[];
  flags: QualityFlag[];
}

export function infrequency(
  answers: Readonly<Record<string, Answer>>,
  items: readonly InfrequencyItem[],
  options: { maxImplausible?: number } = {},
): InfrequencyResult {
  const maxImplausible = options.maxImplausible ?? 1;
  const implausibleItems: string[] = [];
  let answered = 0;
  for (const item of items) {
    const answer = answers[item.id];
    if (answer === null || answer === undefined) continue;
    answered++;
    const high = item.implausibleAtLeast !== undefined && answer >= item.implausibleAtLeast;
    const low = item.implausibleAtMost !== undefined && answer <= item.implausibleAtMost;
    if (high || low) implausibleItems.push(item.id);
  }
  const flags: QualityFlag[] = [];
  if (implausibleItems.length > maxImplausible) {
    flags.push({
      index: "infrequency",
      reason: `answered ${implausibleItems.length} of ${answered} check statements in a way almost nobody does; this can mean careless or random answering`,
    });
  }
  return { implausibleCount: implausibleItems.length, answered, implausibleItems, flags };
}

export interface SynonymPair {
  first: string;
  second: string;
  /** True when the second statement is worded in the opposite direction. */
  secondReversed?: boolean;
}

export interface InconsistencyResult {
  /** Mean absolute difference over pairs with both answers, after keying; null if none. */
  meanAbsoluteDifference: number | null;
  pairsUsed: number;
  flags: QualityFlag[];
}

export function synonymInconsistency(
  answers: Readonly<Record<string, Answer>>,
  pairs: readonly SynonymPair[],
  scale: { min: number; max: number },
  options: { maxMeanDifference?: number } = {},
): InconsistencyResult {
  const limit = options.maxMeanDifference ?? 0.3 * (scale.max - scale.min) + 0.5;
  let sum = 0;
  let pairsUsed = 0;
  for (const pair of pairs) {
    const first = answers[pair.first];
    const rawSecond = answers[pair.second];
    if (first === null || first === undefined || rawSecond === null || rawSecond === undefined) continue;
    const second = pair.secondReversed ? reverseKey(rawSecond, scale.min, scale.max) : rawSecond;
    sum += Math.abs(first - second);
    pairsUsed++;
  }
  const meanAbsoluteDifference = pairsUsed === 0 ? null : sum / pairsUsed;
  const flags: QualityFlag[] = [];
  if (meanAbsoluteDifference !== null && pairsUsed >= 2 && meanAbsoluteDifference > limit) {
    flags.push({
      index: "inconsistency",
      reason: `answered pairs of statements that mean the same thing differently (on average ${meanAbsoluteDifference.toFixed(1)} points apart)`,
    });
  }
  return { meanAbsoluteDifference, pairsUsed, flags };
}

export interface SpeedResult {
  /** Share of answers given faster than the threshold. */
  fastShare: number;
  medianMs: number | null;
  answered: number;
  flags: QualityFlag[];
}

export function speed(
  responseTimesMs: readonly number[],
  options: { fastThresholdMs?: number; maxFastShare?: number } = {},
): SpeedResult {
  const threshold = options.fastThresholdMs ?? 1000;
  const maxFastShare = options.maxFastShare ?? 0.25;
  const times = responseTimesMs.filter((t) => Number.isFinite(t) && t >= 0);
  const fast = times.filter((t) => t < threshold).length;
  const fastShare = times.length === 0 ? 0 : fast / times.length;
  const flags: QualityFlag[] = [];
  if (times.length > 0 && fastShare > maxFastShare) {
    flags.push({
      index: "speed",
      reason: `gave ${Math.round(100 * fastShare)}% of answers in under ${(threshold / 1000).toFixed(1)} s, faster than most people can read a statement`,
    });
  }
  return { fastShare, medianMs: times.length === 0 ? null : median(times), answered: times.length, flags };
}
