/**
 * Computerised adaptive testing, stateless.
 *
 * `nextItem` is a pure function of (bank, answers, options): it re-derives every trait's θ̂ and SE
 * from the answers and draws its random choice from seed + number of answers. A resumed attempt,
 * a retried request or a second server therefore always serve the same next item, and nothing
 * about an attempt needs to be stored except its answers.
 */
import { cachedLogProbabilityTable, summarisePosterior } from "./eap";
import { assertValidItem, categoryCount, type GrmItem, itemInformation } from "./grm";
import { mixSeed, mulberry32 } from "./prng";
import { normalQuadrature, type Quadrature } from "./quadrature";

export interface BankItem extends GrmItem {
  id: string;
  trait: string;
}

/** Item id → answered category (0..K−1). */
export type CatAnswers = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

export interface CatOptions {
  seed: number;
  /** Stop a trait once its posterior SD is at or below this (0.32 ≈ reliability 0.90). */
  seTarget?: number;
  minItemsPerTrait?: number;
  maxItemsPerTrait?: number;
  /** Cap on answered items over all traits. */
  maxItems?: number;
  /** Randomesque exposure control: choose at random among this many most informative items. */
  topN?: number;
  excludeTraits?: readonly string[];
  excludeItems?: readonly string[];
  quadrature?: Quadrature;
}

export const CAT_DEFAULTS = {
  seTarget: 0.32,
  minItemsPerTrait: 3,
  maxItemsPerTrait: 12,
  maxItems: Number.POSITIVE_INFINITY,
  topN: 3,
} as const;

/** Why a trait needs no more items; "not-reported" only in multidimensional testing (its traits that nothing waits for). */
export type TraitStopReason = "se-target" | "max-items-per-trait" | "bank-exhausted" | "not-reported";

export interface TraitState {
  trait: string;
  theta: number;
  se: number;
  itemsAnswered: number;
  itemsRemaining: number;
  /** Why the trait needs no more items, or null while it is still being measured. */
  stopped: TraitStopReason | null;
}

export type CatStep =
  | { done: false; itemId: string; trait: string; traits: TraitState[] }
  | { done: true; reason: "all-traits-done" | "max-items" | "no-traits"; traits: TraitState[] };

/** A bank's id index and its items grouped by trait in bank order, checked for duplicate ids. */
export interface BankLayout {
  byId: ReadonlyMap<string, BankItem>;
  traits: readonly { trait: string; items: readonly BankItem[] }[];
}

// Pure memoisation of a bank's layout, for the same reason: a step then walks each trait's items
// once instead of building maps and sets of the whole bank again.
const bankLayoutCache = new WeakMap<readonly BankItem[], BankLayout>();

export function bankLayout(bank: readonly BankItem[]): BankLayout {
  const cached = bankLayoutCache.get(bank);
  if (cached) return cached;
  const byId = new Map<string, BankItem>();
  const byTrait = new Map<string, BankItem[]>();
  for (const item of bank) {
    if (byId.has(item.id)) throw new RangeError(`duplicate item id ${item.id}`);
    byId.set(item.id, item);
    const group = byTrait.get(item.trait);
    if (group) group.push(item);
    else byTrait.set(item.trait, [item]);
  }
  const layout = { byId, traits: [...byTrait].map(([trait, items]) => ({ trait, items })) };
  bankLayoutCache.set(bank, layout);
  return layout;
}

export function answerOf(answers: CatAnswers, id: string): number | undefined {
  return answers instanceof Map ? answers.get(id) : (answers as Readonly<Record<string, number>>)[id];
}

export function answeredIds(answers: CatAnswers): string[] {
  return answers instanceof Map ? [...answers.keys()] : Object.keys(answers);
}

/** The answered ids, after checking that each names an item of the bank and a category it has. */
export function checkedAnswerIds(layout: BankLayout, answers: CatAnswers): string[] {
  const ids = answeredIds(answers);
  for (const id of ids) {
    const item = layout.byId.get(id);
    if (!item) throw new RangeError(`answer for unknown item ${id}`);
    const category = answerOf(answers, id)!;
    if (!Number.isInteger(category) || category < 0 || category >= categoryCount(item)) {
      throw new RangeError(`item ${id}: category ${category} is outside 0..${categoryCount(item) - 1}`);
    }
  }
  return ids;
}

export function nextItem(bank: readonly BankItem[], answers: CatAnswers, options: CatOptions): CatStep {
  const seTarget = options.seTarget ?? CAT_DEFAULTS.seTarget;
  const minItems = options.minItemsPerTrait ?? CAT_DEFAULTS.minItemsPerTrait;
  const maxPerTrait = options.maxItemsPerTrait ?? CAT_DEFAULTS.maxItemsPerTrait;
  const maxItems = options.maxItems ?? CAT_DEFAULTS.maxItems;
  const topN = Math.max(1, Math.floor(options.topN ?? CAT_DEFAULTS.topN));
  const quadrature = options.quadrature ?? normalQuadrature();
  const excludedTraits = new Set(options.excludeTraits ?? []);
  const excludedItems = new Set(options.excludeItems ?? []);

  const layout = bankLayout(bank);
  const groups = layout.traits;
  const ids = checkedAnswerIds(layout, answers);

  const nodeCount = quadrature.nodes.length;
  // One buffer for every trait's log posterior (a typed array per trait costs an allocation each).
  const logPosteriors = new Float64Array(groups.length * nodeCount);
  const candidates = new Map<string, BankItem[]>();
  const traits: TraitState[] = [];
  groups.forEach(({ trait, items }, t) => {
    if (excludedTraits.has(trait)) return;
    const logPosterior = logPosteriors.subarray(t * nodeCount, (t + 1) * nodeCount);
    logPosterior.set(quadrature.logWeights);
    const open: BankItem[] = [];
    let itemsAnswered = 0;
    for (const item of items) {
      const category = answerOf(answers, item.id);
      if (category === undefined) {
        if (!excludedItems.has(item.id)) open.push(item);
        continue;
      }
      const table = cachedLogProbabilityTable(item, quadrature);
      const offset = category * nodeCount;
      for (let q = 0; q < nodeCount; q++) logPosterior[q]! += table[offset + q]!;
      itemsAnswered++;
    }
    candidates.set(trait, open);
    const { theta, se } = summarisePosterior(logPosterior, quadrature, itemsAnswered);
    const itemsRemaining = open.length;
    let stopped: TraitStopReason | null = null;
    if (itemsAnswered >= minItems && se <= seTarget) stopped = "se-target";
    else if (itemsAnswered >= maxPerTrait) stopped = "max-items-per-trait";
    else if (itemsRemaining === 0) stopped = "bank-exhausted";
    traits.push({ trait, theta, se, itemsAnswered, itemsRemaining, stopped });
  });

  if (traits.length === 0) return { done: true, reason: "no-traits", traits };
  if (ids.length >= maxItems) return { done: true, reason: "max-items", traits };
  const open = traits.filter((state) => state.stopped === null);
  if (open.length === 0) return { done: true, reason: "all-traits-done", traits };

  // Content balancing: the trait with the fewest items so far goes next, so traits advance in
  // step (round-robin-like); among equals the least precise one, then bank order, for determinism.
  let chosen = open[0]!;
  for (const state of open) {
    if (
      state.itemsAnswered < chosen.itemsAnswered ||
      (state.itemsAnswered === chosen.itemsAnswered && state.se > chosen.se)
    ) {
      chosen = state;
    }
  }

  const ranked = candidates
    .get(chosen.trait)!
    .map((item) => ({ id: item.id, information: itemInformation(item, chosen.theta) }))
    .sort((p, q) => q.information - p.information || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const shortlist = ranked.slice(0, topN);
  const random = mulberry32(mixSeed(options.seed, ids.length));
  const pick = shortlist[Math.floor(random() * shortlist.length)]!;
  return { done: false, itemId: pick.id, trait: chosen.trait, traits };
}

/** Validates a bank once at load time, so nextItem can trust the parameters on every request. */
export function assertValidBank(bank: readonly BankItem[]): void {
  const seen = new Set<string>();
  for (const item of bank) {
    if (seen.has(item.id)) throw new RangeError(`duplicate item id ${item.id}`);
    seen.add(item.id);
    assertValidItem(item, `item ${item.id}`);
  }
}
