/**
 * Expected a posteriori scoring on the quadrature, in logs throughout.
 *
 * Speed comes from a per-item table of log P_k(X_q) laid out as [category][node]: scoring a person
 * is then only additions (no exp/log per item), and exp is needed once per node per person.
 */
import {
  assertValidItem,
  categoryCount,
  type GrmItem,
  logCategoryProbabilityWith,
  thresholdGapTerms,
} from "./grm";
import { normalQuadrature, type Quadrature } from "./quadrature";

export interface EapEstimate {
  theta: number;
  /** Posterior standard deviation. */
  se: number;
  /** How many items entered the likelihood. */
  answered: number;
}

export type ItemResponse = number | null | undefined;

/** log P_k(X_q) for every category k and node q, stored at k·Q + q. */
export function logProbabilityTable(item: GrmItem, quadrature: Quadrature): Float64Array {
  const nodeCount = quadrature.nodes.length;
  const categories = categoryCount(item);
  const gaps = thresholdGapTerms(item);
  const table = new Float64Array(categories * nodeCount);
  for (let k = 0; k < categories; k++) {
    for (let q = 0; q < nodeCount; q++) {
      table[k * nodeCount + q] = logCategoryProbabilityWith(item, gaps, k, quadrature.nodes[q]!);
    }
  }
  return table;
}

// Pure memoisation of the tables per item object: the result is identical with or without it, but
// a long-lived bank then pays for its logarithms once rather than at every adaptive step.
const tableCache = new WeakMap<GrmItem, { quadrature: Quadrature; table: Float64Array }>();

/** logProbabilityTable, remembered per item object and quadrature (items must not be mutated). */
export function cachedLogProbabilityTable(item: GrmItem, quadrature: Quadrature): Float64Array {
  const cached = tableCache.get(item);
  if (cached && cached.quadrature === quadrature) return cached.table;
  const table = logProbabilityTable(item, quadrature);
  tableCache.set(item, { quadrature, table });
  return table;
}

/**
 * Turns unnormalised log posterior values at the nodes into θ̂ and the posterior SD. Subtracting
 * the maximum first means exp never overflows or underflows to an all-zero posterior.
 * `posterior`, when given, receives the normalised node probabilities (calibration needs them).
 */
export function summarisePosterior(
  logPosterior: Float64Array,
  quadrature: Quadrature,
  answered: number,
  posterior?: Float64Array,
): EapEstimate & { logMarginal: number } {
  const nodes = quadrature.nodes;
  const nodeCount = nodes.length;
  let max = Number.NEGATIVE_INFINITY;
  for (let q = 0; q < nodeCount; q++) if (logPosterior[q]! > max) max = logPosterior[q]!;
  let total = 0;
  let first = 0;
  let second = 0;
  for (let q = 0; q < nodeCount; q++) {
    const weight = Math.exp(logPosterior[q]! - max);
    if (posterior) posterior[q] = weight;
    total += weight;
    first += weight * nodes[q]!;
    second += weight * nodes[q]! * nodes[q]!;
  }
  if (posterior) for (let q = 0; q < nodeCount; q++) posterior[q]! /= total;
  const theta = first / total;
  const variance = Math.max(second / total - theta * theta, 0);
  return { theta, se: Math.sqrt(variance), answered, logMarginal: max + Math.log(total) };
}

export interface EapScorer {
  readonly items: readonly GrmItem[];
  readonly quadrature: Quadrature;
  /** responses[j] is item j's category 0..K−1, or null/undefined when not answered. */
  score(responses: ArrayLike<ItemResponse>): EapEstimate;
}

/** Builds the log-probability tables once for a fixed set of items and scores any number of people. */
export function createEapScorer(
  items: readonly GrmItem[],
  quadrature: Quadrature = normalQuadrature(),
): EapScorer {
  items.forEach((item, index) => assertValidItem(item, `item ${index}`));
  const tables = items.map((item) => logProbabilityTable(item, quadrature));
  const categories = items.map(categoryCount);
  const nodeCount = quadrature.nodes.length;
  const logPosterior = new Float64Array(nodeCount);
  return {
    items,
    quadrature,
    score(responses) {
      if (responses.length > items.length)
        throw new RangeError(`${responses.length} responses for ${items.length} items`);
      logPosterior.set(quadrature.logWeights);
      let answered = 0;
      for (let j = 0; j < responses.length; j++) {
        const response = responses[j];
        if (response === null || response === undefined) continue;
        if (!Number.isInteger(response) || response < 0 || response >= categories[j]!) {
          throw new RangeError(`item ${j}: category ${response} is outside 0..${categories[j]! - 1}`);
        }
        const table = tables[j]!;
        const offset = response * nodeCount;
        for (let q = 0; q < nodeCount; q++) logPosterior[q]! += table[offset + q]!;
        answered++;
      }
      const { theta, se } = summarisePosterior(logPosterior, quadrature, answered);
      return { theta, se, answered };
    },
  };
}

/** One-off EAP; for many people use createEapScorer so the tables are built once. */
export function eapScore(
  items: readonly GrmItem[],
  responses: ArrayLike<ItemResponse>,
  quadrature: Quadrature = normalQuadrature(),
): EapEstimate {
  return createEapScorer(items, quadrature).score(responses);
}
