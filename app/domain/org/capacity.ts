/**
 * Quarter-by-quarter capacity simulation on the most likely inputs: where the hours go, the quarter
 * in which a combined sales-and-marketing role can no longer carry both jobs (the split point), and
 * for every structure the seats, hires, cost and span warnings each quarter. Quarter 0 is today's
 * team as the founder entered it, arranged into the structure's seats; quarters 1…N are the plan.
 */

import { buildOrgChart } from "./chart";
import { combinedRoleMustSplit } from "./feasibility";
import {
  assertValidProfile,
  BENCHMARKS,
  channelCount,
  modeOf,
  type CompanyProfile,
  type TeamCounts,
} from "./profile";
import { analyseSpans, type SpanReport } from "./spans";
import {
  anchorStaffingInto,
  copyStaffing,
  emptyRampState,
  emptyStaffing,
  headcountOf,
  quarterlyCost,
  staffQuarterInto,
  STAFFING_SEAT_KEYS,
  todayTeam,
  type Staffing,
} from "./staffing";
import { STRUCTURE_IDS, type StructureId } from "./structures";
import {
  combinedLoadRatio,
  demandInto,
  emptyDemand,
  SUSTAINABLE_HOURS_PER_QUARTER,
  totalHoursOf,
  type MarketingHours,
  type ScenarioNumbers,
} from "./workload";

export const MIN_QUARTERS = 8;
export const MAX_QUARTERS = 12;
export const DEFAULT_QUARTERS = 12;

export interface QuarterDemand {
  quarter: number;
  arr: number;
  newArr: number;
  deals: number;
  opportunities: number;
  sellingHours: number;
  /** Renewals and expansion (account managers). */
  accountHours: number;
  /** Sales engineering on new business. */
  engineeringHours: number;
  marketingHours: MarketingHours;
  totalHours: number;
  /** Hours one person can sustain in a quarter (40 h × 12 weeks × 0.8 = 384). */
  sustainableHoursPerPerson: number;
  /** What each of today's GTM people would carry if all of them kept doing both jobs. */
  perSeat: { sellingHours: number; otherSalesHours: number; marketingHours: number; totalHours: number };
  /** perSeat.totalHours / sustainable hours: above 1 the combined role must split. */
  loadRatio: number;
  splitNeeded: boolean;
}

export interface StructureQuarterPlan {
  quarter: number;
  staffing: Staffing;
  /** Seats added since last quarter (all zero in quarter 0). */
  hires: Staffing;
  headcount: number;
  /** Quota-carrying FTE needed and available after ramp (ramping reps count 0.5). */
  sellingFteNeeded: number;
  sellingFteEffective: number;
  costPerQuarter: number;
  spans: SpanReport;
}

export interface CapacityResult {
  quarters: number;
  sustainableHoursPerPerson: number;
  /** Index = quarter; 0 is today. */
  demand: QuarterDemand[];
  /** First quarter (≥ 0) where the combined role is over sustainable hours, or null within the horizon. */
  splitQuarter: number | null;
  /** Today's team by function: what was entered, the rest shared out by the workload model. */
  today: Required<TeamCounts>;
  plans: Record<StructureId, StructureQuarterPlan[]>;
}

export interface CapacityOptions {
  /** 8–12 quarters ahead (clamped); default 12. */
  quarters?: number;
  /** Only plan these structures (default: all six). */
  structures?: readonly StructureId[];
}

/** The most likely numbers of a profile, in the flat form the simulation runs on. */
export function modeScenario(profile: CompanyProfile): ScenarioNumbers {
  return {
    motion: profile.salesMotion,
    arrToday: profile.arr,
    growthPerYear: modeOf(profile.arrGrowthPerYear),
    dealSize: modeOf(profile.averageDealSize),
    cycleDays: modeOf(profile.salesCycleDays),
    releasesPerQuarter: modeOf(profile.releasesPerQuarter),
    featuresPerRelease: modeOf(profile.featuresPerRelease),
    selfServeShare: modeOf(profile.selfServeBuyingShare),
    channels: channelCount(profile),
    collateralItems: profile.collateralItems,
    gtmHeadcount: profile.gtmHeadcount,
    effortMultiplier: 1,
    marketingEffortMultiplier: 1,
    attainment: BENCHMARKS.quotaAttainment.value.mode,
    hireFailureRate: BENCHMARKS.salesHireFailureRate.value.mode,
  };
}

/** Today's team by function for a profile (entered counts, the rest from today's modelled hours). */
export function profileTeam(
  profile: CompanyProfile,
  scenario: ScenarioNumbers = modeScenario(profile),
): Required<TeamCounts> {
  return todayTeam(profile, demandInto(scenario, 0, emptyDemand()));
}

export function clampQuarters(quarters: number | undefined): number {
  const q = Math.round(quarters ?? DEFAULT_QUARTERS);
  return Math.min(MAX_QUARTERS, Math.max(MIN_QUARTERS, Number.isFinite(q) ? q : DEFAULT_QUARTERS));
}

export function simulateCapacity(profile: CompanyProfile, options: CapacityOptions = {}): CapacityResult {
  assertValidProfile(profile);
  const quarters = clampQuarters(options.quarters);
  const scenario = modeScenario(profile);
  const scratch = emptyDemand();

  const demand: QuarterDemand[] = [];
  for (let q = 0; q <= quarters; q++) {
    demandInto(scenario, q, scratch);
    const marketingHours = { ...scratch.marketing };
    const totalHours = totalHoursOf(scratch);
    const seats = Math.max(1, scenario.gtmHeadcount);
    const loadRatio = combinedLoadRatio(totalHours, seats);
    demand.push({
      quarter: q,
      arr: scratch.arr,
      newArr: scratch.newArr,
      deals: scratch.deals,
      opportunities: scratch.opportunities,
      sellingHours: scratch.sellingHours,
      accountHours: scratch.accountHours,
      engineeringHours: scratch.engineeringHours,
      marketingHours,
      totalHours,
      sustainableHoursPerPerson: SUSTAINABLE_HOURS_PER_QUARTER,
      perSeat: {
        sellingHours: scratch.sellingHours / seats,
        otherSalesHours: (scratch.accountHours + scratch.engineeringHours) / seats,
        marketingHours: marketingHours.total / seats,
        totalHours: totalHours / seats,
      },
      loadRatio,
      splitNeeded: combinedRoleMustSplit(loadRatio, scratch.arr, scenario.gtmHeadcount),
    });
  }
  const split = demand.find((d) => d.splitNeeded);

  const today = profileTeam(profile, scenario);
  const plans = {} as Record<StructureId, StructureQuarterPlan[]>;
  for (const structure of options.structures ?? STRUCTURE_IDS) {
    plans[structure] = planStructure(structure, scenario, profile, quarters, today);
  }
  return {
    quarters,
    sustainableHoursPerPerson: SUSTAINABLE_HOURS_PER_QUARTER,
    demand,
    splitQuarter: split ? split.quarter : null,
    today,
    plans,
  };
}

/** One structure's plan for quarters 0…N on the given numbers. */
export function planStructure(
  structure: StructureId,
  scenario: ScenarioNumbers,
  profile: Pick<CompanyProfile, "salaries">,
  quarters: number,
  today: Required<TeamCounts>,
): StructureQuarterPlan[] {
  const scratch = emptyDemand();
  const ramp = emptyRampState();
  const plan: StructureQuarterPlan[] = [];
  let previous: Staffing | null = null;
  for (let q = 0; q <= quarters; q++) {
    demandInto(scenario, q, scratch);
    const staffing = previous
      ? staffQuarterInto(structure, scenario, scratch, previous, ramp, emptyStaffing())
      : anchorStaffingInto(structure, today, ramp, emptyStaffing());
    const hires = emptyStaffing();
    if (previous) {
      for (const key of STAFFING_SEAT_KEYS) hires[key] = Math.max(0, staffing[key] - previous[key]);
    }
    const chart = buildOrgChart(structure, staffing, {
      motion: scenario.motion,
      marketingHours: scratch.marketing,
    });
    plan.push({
      quarter: q,
      staffing,
      hires,
      headcount: headcountOf(staffing),
      sellingFteNeeded: ramp.neededFte,
      sellingFteEffective: ramp.effectiveFte,
      costPerQuarter: quarterlyCost(structure, staffing, profile.salaries),
      spans: analyseSpans(chart),
    });
    previous = copyStaffing(staffing, emptyStaffing());
  }
  return plan;
}
