/**
 * Which structures can exist at this company's size at all. A structure that cannot work here (one
 * person doing the work of eight, a VP over both functions for four people) is marked not feasible
 * with its reason and kept out of the recommendation, the flips and "probability best". Where the
 * evidence is soft, the structure stays in with a penalty on its total and the reason beside it.
 *
 * Thresholds are RoleFit's reading of the sources named in each reason (docs/org-model.md lists
 * them with their confidence); they are provisional.
 */

import { formatUsd } from "./money";
import { BENCHMARKS } from "./profile";
import type { StructureId } from "./structures";

/**
 * One person doing both jobs is a founder-stage arrangement: once a second person works in
 * go-to-market the work is already shared, and "solo" would mean moving people out of it.
 */
export const SOLO_MAX_FEASIBLE = 1;
/** A VP over two functions needs functions with someone to lead: at least six people. */
export const SHARED_VP_MIN_FEASIBLE = 6;
/** Generalist teams past this size or ARR are not seen in practice (separate roles from $5M ARR). */
export const COMBINED_MAX_FEASIBLE = 25;
export const COMBINED_MAX_ARR = 20_000_000;

export interface FeasibilityInput {
  gtmHeadcount: number;
  arr: number;
  /** Today's modelled load of one person doing everything (hours needed ÷ sustainable hours). */
  soloLoad: number;
}

export interface Feasibility {
  feasible: boolean;
  /** Points taken off the 0–10 total where the evidence is soft (0 when none). */
  penalty: number;
  /** Why it is not feasible, or why it carries a penalty; null when neither. */
  reason: string | null;
}

/**
 * Whether a combined sales-and-marketing role must be split in a quarter: its people are over
 * sustainable hours, or the company is past the size where combined teams exist at all.
 */
export function combinedRoleMustSplit(loadRatio: number, arr: number, gtmHeadcount: number): boolean {
  return loadRatio > 1 || alreadySeparate(arr, gtmHeadcount);
}

/**
 * A company past the size where combined teams exist already runs sales and marketing apart: for
 * it there is no split ahead, it has happened ("already split" is the honest answer, not "quarter 0").
 */
export function alreadySeparate(arr: number, gtmHeadcount: number): boolean {
  return arr >= COMBINED_MAX_ARR || gtmHeadcount > COMBINED_MAX_FEASIBLE;
}

/** When the combined role splits, in words: already, in a quarter, or not within the horizon. */
export function describeSplit(
  splitQuarter: number | null,
  company: { arr: number; gtmHeadcount: number },
): string {
  if (alreadySeparate(company.arr, company.gtmHeadcount))
    return "already split (separate teams at this size)";
  if (splitQuarter === null) return "not within the horizon";
  return splitQuarter === 0 ? "now (quarter 0)" : `quarter ${splitQuarter}`;
}

const OK: Feasibility = { feasible: true, penalty: 0, reason: null };

export function assessFeasibility(structure: StructureId, c: FeasibilityInput): Feasibility {
  const people = `${c.gtmHeadcount} ${c.gtmHeadcount === 1 ? "person works" : "people work"} in go-to-market today`;
  switch (structure) {
    case "solo":
      if (c.gtmHeadcount > SOLO_MAX_FEASIBLE) {
        return {
          feasible: false,
          penalty: 0,
          reason: `Not feasible: ${people}; one person cannot take over their work (one person doing both jobs is a founder-stage arrangement that ends once a second person joins).`,
        };
      }
      if (c.soloLoad > 1.5) {
        return {
          feasible: true,
          penalty: Math.min(3, c.soloLoad - 1),
          reason: `Penalty: the work needs ${Math.round(c.soloLoad * 100)}% of one person's sustainable hours.`,
        };
      }
      return OK;
    case "combined":
      if (c.gtmHeadcount < 2) {
        return {
          feasible: false,
          penalty: 0,
          reason: `Not feasible: ${people}; a combined team needs at least two.`,
        };
      }
      if (c.gtmHeadcount > COMBINED_MAX_FEASIBLE || c.arr >= COMBINED_MAX_ARR) {
        return {
          feasible: false,
          penalty: 0,
          reason: `Not feasible: at ${c.gtmHeadcount} GTM people and ${formatUsd(c.arr)} ARR, companies run separate sales, SDR and customer-success roles (usually from ${formatUsd(BENCHMARKS.separateSdrRolesFromArr.value)} ARR, ${BENCHMARKS.separateSdrRolesFromArr.source}); a team where everyone sells and markets does not hold at this size.`,
        };
      }
      if (c.arr >= BENCHMARKS.separateSdrRolesFromArr.value || c.gtmHeadcount > 12) {
        const penalty = Math.min(2, 0.5 + 0.1 * Math.max(0, c.gtmHeadcount - 12));
        return {
          feasible: true,
          penalty,
          reason: `Penalty: from ${formatUsd(BENCHMARKS.separateSdrRolesFromArr.value)} ARR or a dozen people, companies usually separate the roles (${BENCHMARKS.separateSdrRolesFromArr.source}).`,
        };
      }
      return OK;
    case "shared-vp":
      if (c.gtmHeadcount < SHARED_VP_MIN_FEASIBLE) {
        return {
          feasible: false,
          penalty: 0,
          reason: `Not feasible: ${people}; a VP over both functions would lead teams of one or two, a management layer with nothing to manage yet.`,
        };
      }
      if (c.gtmHeadcount < 10) {
        return {
          feasible: true,
          penalty: 0.25 * (10 - c.gtmHeadcount),
          reason: `Penalty: with ${c.gtmHeadcount} people a VP over two small teams is premature; spans under the VP stay below three.`,
        };
      }
      return OK;
    case "marketing-under-sales":
    case "sales-under-marketing":
    case "peers":
      if (c.gtmHeadcount < 2) {
        return {
          feasible: false,
          penalty: 0,
          reason: `Not feasible: ${people}; this structure needs at least one seller and one marketer.`,
        };
      }
      return OK;
  }
}
