/**
 * Monte Carlo over the uncertain inputs: each run draws every range from a triangular distribution
 * (growth, deal size, cycle, product change, online share, selling and marketing effort, channels,
 * collateral, quota attainment and the sales-hire failure rate),
 * plays the quarters forward for one structure, and records headcount, cost, selling hours and the
 * combined-role load. Percentiles per quarter give the fan chart; the share of runs that crossed
 * the split point by each quarter gives "P(split needed by Q3) = 64%".
 *
 * Speed (budget: 1,000 runs × 12 quarters ≤ 200 ms): one typed array per metric laid out quarter-
 * major, so each quarter's runs are contiguous and sort in place; one scenario, one demand scratch
 * and two staffing objects reused across all runs, so the inner loop allocates nothing.
 */

import { clampQuarters, modeScenario, profileTeam } from "./capacity";
import { assertValidProfile, type CompanyProfile } from "./profile";
import { mixSeed, mulberry32 } from "../psychometrics/prng";
import {
  anchorStaffingInto,
  emptyRampState,
  emptyStaffing,
  headcountOf,
  quarterlyCost,
  staffQuarterInto,
  type Staffing,
} from "./staffing";
import type { StructureId } from "./structures";
import { combinedRoleMustSplit } from "./feasibility";
import { drawInputsInto, uncertainInputs, type UncertaintyOptions } from "./uncertain-inputs";
import { combinedLoadRatio, demandInto, emptyDemand, totalHoursOf } from "./workload";

export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = 20_240_601;

export interface MonteCarloOptions extends UncertaintyOptions {
  structureId: StructureId;
  runs?: number;
  seed?: number;
  /** 8–12 (clamped); default 12. */
  quarters?: number;
}

export interface PercentileBand {
  quarter: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

export type MonteCarloMetric = "headcount" | "costPerQuarter" | "sellingHours" | "loadRatio";

export interface FanSeries {
  metric: MonteCarloMetric;
  label: string;
  unit: string;
  /** One band per quarter from 0 (today): P10–P90 outer band, P25–P75 inner band, P50 line. */
  bands: PercentileBand[];
}

export interface MonteCarloResult {
  structureId: StructureId;
  runs: number;
  seed: number;
  quarters: number;
  fan: Record<MonteCarloMetric, FanSeries>;
  /** Index = quarter: share of runs in which the combined role had to split by then (non-decreasing). */
  splitProbabilityByQuarter: number[];
  /** Share of runs that never crossed the split point within the horizon. */
  splitNeverProbability: number;
  /** The first quarter by which at least half the runs needed the split, or null. */
  medianSplitQuarter: number | null;
}

const METRICS: readonly { metric: MonteCarloMetric; label: string; unit: string }[] = [
  { metric: "headcount", label: "GTM headcount", unit: "people" },
  { metric: "costPerQuarter", label: "GTM payroll per quarter", unit: "USD" },
  { metric: "sellingHours", label: "Selling hours demanded", unit: "hours/quarter" },
  { metric: "loadRatio", label: "Combined-role load (today's team)", unit: "× sustainable hours" },
];

export function runMonteCarlo(profile: CompanyProfile, options: MonteCarloOptions): MonteCarloResult {
  assertValidProfile(profile);
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError("runs must be a whole number ≥ 1");
  const seed = options.seed ?? DEFAULT_SEED;
  const quarters = clampQuarters(options.quarters);
  const points = quarters + 1;
  const structure = options.structureId;

  const inputs = uncertainInputs(profile, options);

  const headcount = new Float64Array(runs * points);
  const cost = new Float64Array(runs * points);
  const selling = new Float64Array(runs * points);
  const load = new Float64Array(runs * points);
  const splitCounts = new Int32Array(points);

  const random = mulberry32(mixSeed(seed));
  const scenario = modeScenario(profile);
  const today = profileTeam(profile, scenario); // today's team is a fact, not a draw
  const demand = emptyDemand();
  const ramp = emptyRampState();
  let current: Staffing = emptyStaffing();
  let previous: Staffing = emptyStaffing();
  const salaries = profile.salaries;

  for (let run = 0; run < runs; run++) {
    drawInputsInto(random, inputs, scenario);

    let splitQuarter = -1;
    for (let q = 0; q < points; q++) {
      demandInto(scenario, q, demand);
      if (q === 0) anchorStaffingInto(structure, today, ramp, current);
      else staffQuarterInto(structure, scenario, demand, previous, ramp, current);
      const index = q * runs + run;
      headcount[index] = headcountOf(current);
      cost[index] = quarterlyCost(structure, current, salaries);
      selling[index] = demand.sellingHours;
      const ratio = combinedLoadRatio(totalHoursOf(demand), scenario.gtmHeadcount);
      load[index] = ratio;
      if (splitQuarter < 0 && combinedRoleMustSplit(ratio, demand.arr, scenario.gtmHeadcount))
        splitQuarter = q;
      const swap = previous;
      previous = current;
      current = swap;
    }
    if (splitQuarter >= 0) splitCounts[splitQuarter]! += 1;
  }

  const arrays: Record<MonteCarloMetric, Float64Array> = {
    headcount,
    costPerQuarter: cost,
    sellingHours: selling,
    loadRatio: load,
  };
  const fan = {} as Record<MonteCarloMetric, FanSeries>;
  for (const { metric, label, unit } of METRICS) {
    fan[metric] = { metric, label, unit, bands: percentileBands(arrays[metric], runs, points) };
  }

  const splitProbabilityByQuarter: number[] = [];
  let cumulative = 0;
  for (let q = 0; q < points; q++) {
    cumulative += splitCounts[q]!;
    splitProbabilityByQuarter.push(cumulative / runs);
  }
  const medianIndex = splitProbabilityByQuarter.findIndex((p) => p >= 0.5);
  return {
    structureId: structure,
    runs,
    seed,
    quarters,
    fan,
    splitProbabilityByQuarter,
    splitNeverProbability: 1 - cumulative / runs,
    medianSplitQuarter: medianIndex >= 0 ? medianIndex : null,
  };
}

/** Sorts each quarter's slice in place (the raw draws are not needed afterwards) and reads percentiles. */
function percentileBands(values: Float64Array, runs: number, points: number): PercentileBand[] {
  const bands: PercentileBand[] = [];
  for (let q = 0; q < points; q++) {
    const slice = values.subarray(q * runs, (q + 1) * runs).sort();
    bands.push({
      quarter: q,
      p10: quantileSorted(slice, 0.1),
      p25: quantileSorted(slice, 0.25),
      p50: quantileSorted(slice, 0.5),
      p75: quantileSorted(slice, 0.75),
      p90: quantileSorted(slice, 0.9),
    });
  }
  return bands;
}

/** Linear interpolation between order statistics (the common "type 7" definition). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
