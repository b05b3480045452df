/**
 * Forced-choice pairs scored on the bipolar sales–marketing balance with a 2PL model.
 *
 * Response 1 = chose the sales statement, 0 = chose the marketing statement, so positive θ means
 * sales-leaning. A 2PL item is a graded-response item with two categories, so the pairs reuse the
 * GRM probabilities, information and the one EAP implementation instead of a second scorer.
 */
import { createEapScorer, type EapEstimate, type EapScorer } from "./eap";
import { type GrmItem, itemInformation, sigmoid } from "./grm";
import type { Quadrature } from "./quadrature";

export interface ForcedChoicePair {
  /** Discrimination on the balance, > 0. */
  a: number;
  /** Balance point at which the two statements are equally likely to be chosen. */
  b: number;
}

export type ForcedChoiceResponse = 0 | 1 | null | undefined;

export function pairAsGrmItem(pair: ForcedChoicePair): GrmItem {
  return { a: pair.a, b: [pair.b] };
}

/** Probability of choosing the sales statement at balance θ. */
export function probabilityChoosingSales(pair: ForcedChoicePair, theta: number): number {
  return sigmoid(pair.a * (theta - pair.b));
}

export function pairInformation(pair: ForcedChoicePair, theta: number): number {
  return itemInformation(pairAsGrmItem(pair), theta);
}

export function createBalanceScorer(pairs: readonly ForcedChoicePair[], quadrature?: Quadrature): EapScorer {
  return createEapScorer(pairs.map(pairAsGrmItem), quadrature);
}

/** EAP balance θ̂ and posterior SD from the pairs answered so far. */
export function scoreSalesMarketingBalance(
  pairs: readonly ForcedChoicePair[],
  responses: ArrayLike<ForcedChoiceResponse>,
  quadrature?: Quadrature,
): EapEstimate {
  return createBalanceScorer(pairs, quadrature).score(responses);
}
