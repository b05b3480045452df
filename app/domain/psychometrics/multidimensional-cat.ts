/**
 * Multidimensional adaptive testing, stateless like cat.ts: the next item is a pure function of the
 * bank, the prior, the answers so far and a seed.
 *
 * Scoring is the joint posterior of multidimensional.ts. The test measures a set of REPORTED traits
 * (what the role's fit reads, or all of them for a self-assessment) and stops once each of them has
 * a posterior SD at or below the target with at least `minItemsPerTrait` of its own items, or at the
 * caps.
 *
 * Selection is Ds-optimal (Bayesian, as in Segall 1996) over the reported traits still above the
 * target, the set T: the next item is the one that most shrinks det Σ_TT, the generalised variance
 * of those traits' posterior. Each item measures one dimension d, so its Fisher information at the
 * posterior mean adds c·e_d e_dᵀ to the posterior precision and, by Sherman–Morrison,
 *   det Σ'_TT / det Σ_TT = 1 − c·q_d / (1 + c·Σ_dd),   q_d = Σ_dT Σ_TT⁻¹ Σ_Td.
 * The gain c·q_d / (1 + c·Σ_dd) is therefore exact and costs one small inverse per step. For d in T,
 * q_d = Σ_dd; an item of another trait gains only through its correlation with T.
 *
 * Exposure control has two parts, both drawn from the attempt's seed so that a resumed attempt
 * gets the same items:
 * - eligibility: each item is available to a given attempt with probability `eligibility`, decided
 *   once per (seed, item id). No item can then be shown to more than that share of candidates,
 *   whatever the selection rule prefers (the item-eligibility idea of van der Linden & Veldkamp,
 *   with one fixed probability for every item);
 * - randomesque: the item is drawn from the `topN` largest gains among the eligible ones, with the
 *   randomness derived from the seed and the number of answers.
 * The bench's simulation measures the resulting exposure rates and what they cost in length.
 */
import { bankLayout, checkedAnswerIds, type BankItem, type CatAnswers, type TraitState } from "./cat";
import { itemInformation, type GrmItem } from "./grm";
import { invert } from "./linear-algebra";
import {
  multidimensionalPosterior,
  priorIndex,
  type MultidimensionalPosterior,
  type TraitPrior,
} from "./multidimensional";
import { mixSeed, mulberry32 } from "./prng";
import { normalQuadrature, type Quadrature } from "./quadrature";

export interface MultidimensionalCatOptions {
  seed: number;
  /** The traits that must reach the SE target; the others are estimated but never waited for. */
  reported: readonly string[];
  seTarget?: number;
  /** Own items a reported trait needs before it may stop, however precise the prior makes it. */
  minItemsPerTrait?: number;
  maxItemsPerTrait?: number;
  /** Cap on answered bank items over all traits. */
  maxItems?: number;
  topN?: number;
  /** Probability that an item is available to an attempt at all (exposure cap); 1 = every item. */
  eligibility?: number;
  /** Items that are never chosen (still scored when answered). */
  excludeItems?: readonly string[];
  quadrature?: Quadrature;
}

export const MULTIDIMENSIONAL_CAT_DEFAULTS = {
  seTarget: 0.32,
  minItemsPerTrait: 2,
  maxItemsPerTrait: 10,
  maxItems: Number.POSITIVE_INFINITY,
  topN: 3,
  eligibility: 1,
} as const;

export type MultidimensionalCatStep = (
  | { done: false; itemId: string; trait: string }
  | { done: true; reason: "all-traits-done" | "max-items" | "no-traits" }
) & {
  traits: TraitState[];
  posterior: MultidimensionalPosterior;
  /** Estimated bank items still to come: for each reported trait not yet done, the best open items' information against what it still needs. */
  expectedRemaining: number;
};

/** FNV-1a of an item id, so that eligibility is a function of (seed, id) and not of bank order. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Whether an item is available to the attempt with this seed: true with probability `eligibility`. */
export function isEligible(seed: number, id: string, eligibility: number): boolean {
  if (eligibility >= 1) return true;
  return mulberry32(mixSeed(seed, idHash(id)))() < eligibility;
}

// Pure memoisation of each item's information on the nodes: selection interpolates in it instead of
// evaluating the model for every open item at every step (nodes 0.2 apart; the information curve
// is smooth, so linear interpolation changes the gains by well under 1%).
const informationTables = new WeakMap<GrmItem, { quadrature: Quadrature; table: Float64Array }>();

function informationAt(item: GrmItem, theta: number, quadrature: Quadrature): number {
  let cached = informationTables.get(item);
  if (!cached || cached.quadrature !== quadrature) {
    const table = Float64Array.from(quadrature.nodes, (x) => itemInformation(item, x));
    cached = { quadrature, table };
    informationTables.set(item, cached);
  }
  const nodes = quadrature.nodes;
  const last = nodes.length - 1;
  const position = ((theta - nodes[0]!) / (nodes[last]! - nodes[0]!)) * last;
  if (position <= 0) return cached.table[0]!;
  if (position >= last) return cached.table[last]!;
  const q = Math.floor(position);
  const fraction = position - q;
  return cached.table[q]! * (1 - fraction) + cached.table[q + 1]! * fraction;
}

const byGainThenId = (p: { id: string; gain: number }, q: { id: string; gain: number }) =>
  q.gain - p.gain || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);

/**
 * The first `count` of `values` in the order `compare` sorts them, as sorting them all and taking
 * the first `count` would give for a comparison that orders every pair (ties broken by id): one
 * pass that keeps the best few, instead of sorting a bank of a few hundred at every question.
 */
export function firstInOrder<T>(values: readonly T[], count: number, compare: (p: T, q: T) => number): T[] {
  const kept: T[] = [];
  for (const value of values) {
    if (kept.length === count && compare(value, kept[count - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(value, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, value);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

const largestFirst = (values: readonly number[], count: number) =>
  firstInOrder(values, count, (p, q) => q - p);

/** Information still needed to bring a variance down to target², in items of the given average information. */
function itemsNeeded(variance: number, target: number, averageInformation: number): number {
  const missing = 1 / (target * target) - 1 / variance;
  if (missing <= 0) return 0;
  return averageInformation > 0 ? Math.ceil(missing / averageInformation) : Number.POSITIVE_INFINITY;
}

export function nextMultidimensionalItem(
  bank: readonly BankItem[],
  prior: TraitPrior,
  answers: CatAnswers,
  options: MultidimensionalCatOptions,
): MultidimensionalCatStep {
  const seTarget = options.seTarget ?? MULTIDIMENSIONAL_CAT_DEFAULTS.seTarget;
  const minItems = options.minItemsPerTrait ?? MULTIDIMENSIONAL_CAT_DEFAULTS.minItemsPerTrait;
  const maxPerTrait = options.maxItemsPerTrait ?? MULTIDIMENSIONAL_CAT_DEFAULTS.maxItemsPerTrait;
  const maxItems = options.maxItems ?? MULTIDIMENSIONAL_CAT_DEFAULTS.maxItems;
  const topN = Math.max(1, Math.floor(options.topN ?? MULTIDIMENSIONAL_CAT_DEFAULTS.topN));
  const eligibility = options.eligibility ?? MULTIDIMENSIONAL_CAT_DEFAULTS.eligibility;
  const quadrature = options.quadrature ?? normalQuadrature();
  const reported = new Set(options.reported);
  const excluded = new Set(options.excludeItems ?? []);
  const index = priorIndex(prior);
  for (const trait of reported)
    if (!index.has(trait)) throw new RangeError(`reported trait ${trait} is not in the prior`);

  const posterior = multidimensionalPosterior(bank, prior, answers, quadrature);
  const { mean, covariance } = posterior;
  // Each open item's information at its trait's estimate is needed twice below.
  const informationOf = new Map<BankItem, number>();
  const information = (item: BankItem, theta: number) => {
    let value = informationOf.get(item);
    if (value === undefined) informationOf.set(item, (value = informationAt(item, theta, quadrature)));
    return value;
  };
  const n = prior.traits.length;
  const layout = bankLayout(bank);
  const answeredCount = checkedAnswerIds(layout, answers).length;
  const isAnswered = (id: string) =>
    answers instanceof Map ? answers.has(id) : Object.prototype.hasOwnProperty.call(answers, id);

  const traits: TraitState[] = [];
  const openByDimension = new Map<number, BankItem[]>();
  let expectedRemaining = 0;
  for (const { trait, items } of layout.traits) {
    const d = index.get(trait);
    if (d === undefined) throw new RangeError(`bank trait ${trait} is not in the prior`);
    const itemsAnswered = posterior.answered[d]!;
    const open =
      itemsAnswered >= maxPerTrait
        ? []
        : items.filter(
            (i) => !isAnswered(i.id) && !excluded.has(i.id) && isEligible(options.seed, i.id, eligibility),
          );
    const variance = covariance[d * n + d]!;
    const se = Math.sqrt(variance);
    let stopped: TraitState["stopped"] = null;
    if (!reported.has(trait)) stopped = "not-reported";
    else if (itemsAnswered >= minItems && se <= seTarget) stopped = "se-target";
    else if (itemsAnswered >= maxPerTrait) stopped = "max-items-per-trait";
    else if (open.length === 0) stopped = "bank-exhausted";
    if (open.length > 0) openByDimension.set(d, open);
    if (stopped === null) {
      const best = largestFirst(
        open.map((i) => information(i, mean[d]!)),
        3,
      );
      const average = best.reduce((s, v) => s + v, 0) / best.length;
      const needed = Math.max(minItems - itemsAnswered, itemsNeeded(variance, seTarget, average));
      expectedRemaining += Math.min(needed, maxPerTrait - itemsAnswered, open.length);
    }
    traits.push({ trait, theta: mean[d]!, se, itemsAnswered, itemsRemaining: open.length, stopped });
  }
  expectedRemaining = Math.min(expectedRemaining, Math.max(0, maxItems - answeredCount));

  const base = { traits, posterior, expectedRemaining };
  if (reported.size === 0) return { done: true, reason: "no-traits", ...base, expectedRemaining: 0 };
  if (answeredCount >= maxItems) return { done: true, reason: "max-items", ...base, expectedRemaining: 0 };
  const target = traits.filter((s) => s.stopped === null).map((s) => index.get(s.trait)!);
  if (target.length === 0) return { done: true, reason: "all-traits-done", ...base, expectedRemaining: 0 };

  // q_d = Σ_dT Σ_TT⁻¹ Σ_Td for every dimension that still has items to offer.
  const inverse = invert(target.map((i) => target.map((j) => covariance[i * n + j]!)));
  if (!inverse) throw new Error("posterior covariance of the target traits is singular");
  const ranked: Array<{ id: string; trait: string; gain: number }> = [];
  for (const [d, open] of openByDimension) {
    let q = 0;
    for (let a = 0; a < target.length; a++) {
      const sa = covariance[target[a]! * n + d]!;
      for (let b = 0; b < target.length; b++) q += sa * inverse[a]![b]! * covariance[target[b]! * n + d]!;
    }
    if (!(q > 1e-12)) continue;
    const variance = covariance[d * n + d]!;
    for (const item of open) {
      const c = information(item, mean[d]!);
      ranked.push({ id: item.id, trait: item.trait, gain: (c * q) / (1 + c * variance) });
    }
  }
  if (ranked.length === 0) return { done: true, reason: "all-traits-done", ...base, expectedRemaining: 0 };
  const shortlist = firstInOrder(ranked, topN, byGainThenId);
  const random = mulberry32(mixSeed(options.seed, answeredCount));
  const pick = shortlist[Math.floor(random() * shortlist.length)]!;
  return { done: false, itemId: pick.id, trait: pick.trait, ...base };
}
