// Job analysis: a hiring manager rates how much the role does each task of the sales list, the
// marketing list and the Four P's (0 = not at all, 1 = a little, 2 = some, 3 = a lot, 4 = it is
// the core of the job). The task→trait matrix below turns the ratings into a target per trait.
//
// Rule.
// 1. Demand per trait d ∈ [0, 1] = the weighted mean of (rating / 4) over the tasks linked to the
//    trait, using the matrix weights (1 = the task mainly draws on the trait, 0.5 = it also does).
//    Unrated tasks count as 0.
// 2. Band centre c = −0.6 + 2.2·d (d = 0 → −0.6, d = 0.5 → +0.5, d = 1 → +1.6), the same range the
//    templates use; half-width h = 0.6 + 0.3·(1 − d), so traits the role needs get a narrow band
//    and traits it barely uses a tolerant one; band = [c − h, c + h].
// 3. Weight w = 0.3 + 0.7·d: every trait counts a little; the ones the role leans on count fully.
import { ALL_TASKS, taskById } from "~/domain/instrument/tasks";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import type { RoleTargets, TraitTarget } from "./types";

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
    if (!Number.isFinite(rating) || rating < 0 || rating > 4) throw new RangeError(`${task}: rating must be 0..4`);
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

export function targetFromDemand(demand: number): TraitTarget {
  const centre = -0.6 + 2.2 * demand;
  const half = 0.6 + 0.3 * (1 - demand);
  return { band: [round2(centre - half), round2(centre + half)], weight: round2(0.3 + 0.7 * demand) };
}

/** Role targets derived from task ratings, with the demand behind each trait in `why`. */
export function targetsFromJobAnalysis(ratings: TaskRatings): RoleTargets {
  const out = {} as Record<TraitId, TraitTarget>;
  for (const d of traitDemands(ratings)) {
    const top = d.drivers.slice(0, 3).map((x) => `${taskById(x.task)!.label} (${x.rating}/4)`);
    const why =
      top.length > 0
        ? `Demand ${Math.round(d.demand * 100)}%, mainly from: ${top.join("; ")}.`
        : "The role does none of the tasks linked to this trait.";
    out[d.trait] = { ...targetFromDemand(d.demand), why };
  }
  return out;
}
