// Job analysis: a hiring manager rates how much the role does each task of the sales list, the
// marketing list and the Four P's (0 = not at all, 1 = a little, 2 = some, 3 = a lot, 4 = it is
// the core of the job). The task→trait matrix below turns the ratings into a target per trait.
//
// Rule (the model that reads the targets is in docs/fit-model.md).
// 1. Demand per trait d ∈ [0, 1] = the weighted mean of (rating / 4) over the tasks linked to the
//    trait, using the matrix weights (1 = the task mainly draws on the trait, 0.5 = it also does).
//    Unrated tasks count as 0.
// 2. Need: d ≥ 0.6 core, 0.25 ≤ d < 0.6 useful, below 0.25 not required (the role barely uses the
//    trait, so it neither lowers nor pads fit).
// 3. Threshold m = −1.5 + 2.5·d (d = 0.25 → −0.88, d = 0.6 → 0, d = 1 → +1.0): the lower edge of
//    the band targets this rule produced before (centre −0.6 + 2.2·d, half-width 0.6 + 0.3·(1 − d)),
//    so the level asked for is unchanged; the range matches the templates' thresholds.
// 4. Weight w = 0.3 + 0.7·d for required traits: among the role's needs, the ones it leans on
//    count fully. The cut points 0.6 and 0.25 sit where this weight crosses the midpoints between
//    the templates' weights (core 1, useful 0.6, not required 0.3 before): 0.72 and 0.475.
import { ALL_TASKS, taskById } from "~/domain/instrument/tasks";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import type { Need, RoleTargets, TraitTarget } from "./types";

type Links = Partial<Record<TraitId, number>>;

export const TASK_TRAIT_MATRIX: Readonly<Record<string, Links>> = {
  "sales-territory": { "pipeline-discipline": 1 },
  "sales-qualify": { discovery: 1, "rejection-resilience": 0.5, "pipeline-discipline": 0.5 },
  "sales-decision-makers": { discovery: 1 },
  "sales-needs": { discovery: 1, "customer-feedback": 0.5 },
  "sales-buying-cycle": { discovery: 1, "closing-drive": 0.5, "pipeline-discipline": 0.5 },
  "sales-vision": { persuasion: 1, storytelling: 0.5 },
  "sales-objections": { persuasion: 1, "rejection-resilience": 0.5, "customer-feedback": 0.5 },
  "sales-negotiate": { "closing-drive": 1, persuasion: 0.5 },
  "sales-close": { "closing-drive": 1, "rejection-resilience": 0.5 },
  "mkt-research": { "market-research": 1 },
  "mkt-target": { "market-research": 1, "demand-generation": 0.5, "product-strategy": 0.5 },
  "mkt-product-definition": { "product-strategy": 1, "customer-feedback": 0.5, "market-research": 0.5 },
  "mkt-competition": { "market-research": 1, "product-strategy": 0.5 },
  "mkt-pricing": { "product-strategy": 1, "market-research": 0.5 },
  "mkt-communication": { storytelling: 1, "creative-ideation": 1 },
  "mkt-collateral": { storytelling: 1, "creative-ideation": 0.5, "customer-feedback": 0.5 },
  "mkt-leads": { "demand-generation": 1, "creative-ideation": 0.5, "rejection-resilience": 0.5 },
  "mkt-profitability": { "product-strategy": 1, "pipeline-discipline": 0.5 },
  "p-product": { "product-strategy": 1, "customer-feedback": 0.5 },
  "p-place": { "product-strategy": 1, "demand-generation": 0.5 },
  "p-promotion": { storytelling: 1, "creative-ideation": 1, "demand-generation": 0.5 },
  "p-price": { "product-strategy": 1, "closing-drive": 0.5 },
};

/** Task id → rating 0..4. */
export type TaskRatings = Readonly<Record<string, number>>;

export interface TraitDemand {
  trait: TraitId;
  /** 0..1 */
  demand: number;
  /** The rated tasks that contributed, largest contribution first. */
  drivers: Array<{ task: string; rating: number; link: number }>;
}

/** Throws on unknown task ids or ratings outside 0..4 (callers validate input first). */
export function validateRatings(ratings: TaskRatings): void {
  for (const [task, rating] of Object.entries(ratings)) {
    if (!taskById(task)) throw new RangeError(`unknown task ${task}`);
    if (!Number.isFinite(rating) || rating < 0 || rating > 4)
      throw new RangeError(`${task}: rating must be 0..4`);
  }
}

export function traitDemands(ratings: TaskRatings): TraitDemand[] {
  validateRatings(ratings);
  return TRAIT_IDS.map((trait) => {
    let num = 0;
    let den = 0;
    const drivers: TraitDemand["drivers"] = [];
    for (const task of ALL_TASKS) {
      const link = TASK_TRAIT_MATRIX[task.id]?.[trait];
      if (!link) continue;
      const rating = ratings[task.id] ?? 0;
      num += link * (rating / 4);
      den += link;
      if (rating > 0) drivers.push({ task: task.id, rating, link });
    }
    drivers.sort((a, b) => b.rating * b.link - a.rating * a.link);
    return { trait, demand: den > 0 ? num / den : 0, drivers };
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export const DEMAND_CUTS = { core: 0.6, useful: 0.25 } as const;

export function needFromDemand(demand: number): Need {
  return demand >= DEMAND_CUTS.core ? "core" : demand >= DEMAND_CUTS.useful ? "useful" : "not-required";
}

export function targetFromDemand(demand: number): TraitTarget {
  const need = needFromDemand(demand);
  if (need === "not-required") return { need, weight: 0 };
  return { need, min: round2(-1.5 + 2.5 * demand), weight: round2(0.3 + 0.7 * demand) };
}

/**
 * Role targets derived from task ratings, with the demand behind each trait in `why`. A role needs
 * at least one core trait (fit is the share of the core needs met); when no demand reaches the
 * core cut, the most demanded trait becomes the core need.
 */
export function targetsFromJobAnalysis(ratings: TaskRatings): RoleTargets {
  const demands = traitDemands(ratings);
  const top = Math.max(...demands.map((d) => d.demand));
  if (!(top > 0)) throw new RangeError("rate at least one task above 0");
  const out = {} as Record<TraitId, TraitTarget>;
  for (const d of demands) {
    const drivers = d.drivers.slice(0, 3).map((x) => `${taskById(x.task)!.label} (${x.rating}/4)`);
    const why =
      drivers.length > 0
        ? `Demand ${Math.round(d.demand * 100)}%, mainly from: ${drivers.join("; ")}.`
        : "The role does none of the tasks linked to this trait.";
    const target = targetFromDemand(d.demand);
    const promoted: TraitTarget =
      top < DEMAND_CUTS.core && d.demand === top
        ? { need: "core", min: round2(-1.5 + 2.5 * d.demand), weight: round2(0.3 + 0.7 * d.demand) }
        : target;
    out[d.trait] = { ...promoted, why };
  }
  return out;
}
