/**
 * Hours of work a quarter demands: selling hours from the pipeline target, and the marketing upkeep
 * that keeps the message current with an evolving product (the article's reason a combined role
 * eventually splits). Every coefficient here is a RoleFit assumption (confidence L) unless it names
 * a source; they are gathered in WORKLOAD_ASSUMPTIONS so the README and the UI can show them.
 *
 * Functions take plain numbers and write into caller-owned scratch objects so the Monte Carlo can
 * call them thousands of times without allocating.
 */

import type { SalesMotion } from "./profile";

/** 40 h a week × 12 working weeks (13 minus holidays and leave) × 80% left after meetings and admin. */
export const HOURS_PER_WEEK = 40;
export const WORKING_WEEKS_PER_QUARTER = 12;
export const FOCUS_SHARE = 0.8;
export const SUSTAINABLE_HOURS_PER_QUARTER = HOURS_PER_WEEK * WORKING_WEEKS_PER_QUARTER * FOCUS_SHARE; // 384

export interface MotionEffort {
  /** Seller hours per opportunity worked at the reference cycle length (discovery to close or loss). */
  hoursPerOpportunity: number;
  /** Share of opportunities that close. */
  winRate: number;
  /** Cycle length at which hoursPerOpportunity applies. */
  referenceCycleDays: number;
  /** Share of deals that involve a seller at all (self-serve buyers mostly do not). */
  salesTouchedShare: number;
}

/**
 * Calibrated so that one AE at sustainable hours carries a plausible annual new-ARR quota:
 * transactional ≈ 32 deals × $25K ≈ $0.8M; consultative ≈ 12 deals × $100K ≈ $1.2M.
 */
export const MOTION_EFFORT: Record<SalesMotion, MotionEffort> = {
  "self-serve": { hoursPerOpportunity: 1.5, winRate: 0.4, referenceCycleDays: 21, salesTouchedShare: 0.25 },
  transactional: { hoursPerOpportunity: 12, winRate: 0.25, referenceCycleDays: 60, salesTouchedShare: 1 },
  consultative: { hoursPerOpportunity: 25, winRate: 0.2, referenceCycleDays: 120, salesTouchedShare: 1 },
};

export const WORKLOAD_ASSUMPTIONS = {
  /** Hours grow with the square root of cycle length: longer cycles add meetings, but not proportionally. */
  cycleLengthExponent: 0.5,
  /** Buyers who research alone arrive further along: ×1.2 at 0% online, ×0.8 at 100% online. */
  onlineShareEffortAtZero: 1.2,
  onlineShareEffortSlope: 0.4,
  /** Share of selling hours that is prospecting, which SDRs take over when the team has them. */
  prospectingShare: 0.25,
  /** Chance that one customer-visible feature makes any given collateral item out of date. */
  collateralStalenessPerFeature: 0.05,
  hoursPerCollateralRefresh: 6,
  /** Release messaging, notes and seller enablement per feature shipped. */
  launchHoursPerFeature: 2,
  hoursPerChannelPerQuarter: 30,
  /** Market research and competitive analysis: a fixed floor of attention each quarter. */
  researchHoursPerQuarter: 40,
  /** Website and self-serve content: grows with how much of the journey buyers do alone. */
  webContentBaseHours: 20,
  webContentOnlineMultiplier: 2,
  /** Campaign and demand-generation work for each opportunity the pipeline needs. */
  demandGenHoursPerOpportunity: 3,
  /** Generalists lose time switching between selling and marketing work. */
  generalistSwitchingOverhead: 0.15,
} as const;

/** ARR at the end of quarter q (q = 0 is today), growing at a constant yearly rate. */
export function arrAtQuarter(arrToday: number, growthPerYear: number, quarter: number): number {
  return arrToday * Math.pow(1 + growthPerYear, quarter / 4);
}

/**
 * New ARR to close in quarter q (q ≥ 1). All growth is treated as new deals (no expansion, no churn
 * replacement), which keeps deal counts simple and errs neither way once churn ≈ expansion.
 */
export function newArrInQuarter(arrToday: number, growthPerYear: number, quarter: number): number {
  return arrAtQuarter(arrToday, growthPerYear, quarter) - arrAtQuarter(arrToday, growthPerYear, quarter - 1);
}

/** Seller hours per won deal, including the lost opportunities it takes to win one. */
export function sellingHoursPerWonDeal(
  motion: SalesMotion,
  cycleDays: number,
  selfServeShare: number,
  effortMultiplier = 1,
): number {
  const effort = MOTION_EFFORT[motion];
  const cycleFactor = Math.pow(Math.max(cycleDays, 1) / effort.referenceCycleDays, WORKLOAD_ASSUMPTIONS.cycleLengthExponent);
  const onlineFactor =
    WORKLOAD_ASSUMPTIONS.onlineShareEffortAtZero - WORKLOAD_ASSUMPTIONS.onlineShareEffortSlope * clamp01(selfServeShare);
  return ((effort.hoursPerOpportunity / effort.winRate) * cycleFactor * onlineFactor * effort.salesTouchedShare) * effortMultiplier;
}

export function opportunitiesForDeals(motion: SalesMotion, deals: number): number {
  return deals / MOTION_EFFORT[motion].winRate;
}

export interface MarketingHours {
  collateralRefresh: number;
  launches: number;
  channels: number;
  research: number;
  webContent: number;
  demandGeneration: number;
  total: number;
}

export interface MarketingInputs {
  releasesPerQuarter: number;
  featuresPerRelease: number;
  collateralItems: number;
  channels: number;
  selfServeShare: number;
  opportunities: number;
}

/** Fills `out` with this quarter's marketing upkeep hours by kind (no allocation). */
export function marketingHoursInto(input: MarketingInputs, out: MarketingHours): MarketingHours {
  const a = WORKLOAD_ASSUMPTIONS;
  const features = Math.max(0, input.releasesPerQuarter) * Math.max(0, input.featuresPerRelease);
  // Each feature independently dates a share of the collateral, so the stale share saturates at 100%.
  const staleShare = 1 - Math.pow(1 - a.collateralStalenessPerFeature, features);
  out.collateralRefresh = Math.max(0, input.collateralItems) * staleShare * a.hoursPerCollateralRefresh;
  out.launches = features * a.launchHoursPerFeature;
  out.channels = Math.max(0, input.channels) * a.hoursPerChannelPerQuarter;
  out.research = a.researchHoursPerQuarter;
  out.webContent = a.webContentBaseHours * (1 + a.webContentOnlineMultiplier * clamp01(input.selfServeShare));
  out.demandGeneration = Math.max(0, input.opportunities) * a.demandGenHoursPerOpportunity;
  out.total = out.collateralRefresh + out.launches + out.channels + out.research + out.webContent + out.demandGeneration;
  return out;
}

export function emptyMarketingHours(): MarketingHours {
  return { collateralRefresh: 0, launches: 0, channels: 0, research: 0, webContent: 0, demandGeneration: 0, total: 0 };
}

/** The numbers one scenario runs on: the profile's modes, or one Monte Carlo draw. Mutable on purpose. */
export interface ScenarioNumbers {
  motion: SalesMotion;
  arrToday: number;
  growthPerYear: number;
  dealSize: number;
  cycleDays: number;
  releasesPerQuarter: number;
  featuresPerRelease: number;
  selfServeShare: number;
  channels: number;
  collateralItems: number;
  gtmHeadcount: number;
  /** Uncertainty about RoleFit's own effort coefficients (1 = as calibrated). */
  effortMultiplier: number;
}

export interface QuarterDemandScratch {
  arr: number;
  newArr: number;
  deals: number;
  opportunities: number;
  sellingHours: number;
  marketing: MarketingHours;
}

export function emptyDemand(): QuarterDemandScratch {
  return { arr: 0, newArr: 0, deals: 0, opportunities: 0, sellingHours: 0, marketing: emptyMarketingHours() };
}

/** Computes quarter q's demand for one scenario into `out`. */
export function demandInto(n: ScenarioNumbers, quarter: number, out: QuarterDemandScratch): QuarterDemandScratch {
  out.arr = arrAtQuarter(n.arrToday, n.growthPerYear, quarter);
  out.newArr = Math.max(0, newArrInQuarter(n.arrToday, n.growthPerYear, quarter));
  out.deals = out.newArr / n.dealSize;
  out.opportunities = opportunitiesForDeals(n.motion, out.deals);
  out.sellingHours = out.deals * sellingHoursPerWonDeal(n.motion, n.cycleDays, n.selfServeShare, n.effortMultiplier);
  marketingHoursScratchInput.releasesPerQuarter = n.releasesPerQuarter;
  marketingHoursScratchInput.featuresPerRelease = n.featuresPerRelease;
  marketingHoursScratchInput.collateralItems = n.collateralItems;
  marketingHoursScratchInput.channels = n.channels;
  marketingHoursScratchInput.selfServeShare = n.selfServeShare;
  marketingHoursScratchInput.opportunities = out.opportunities;
  marketingHoursInto(marketingHoursScratchInput, out.marketing);
  return out;
}

// Module-level scratch: safe because JavaScript runs this synchronously, and it saves an object per call.
const marketingHoursScratchInput: MarketingInputs = {
  releasesPerQuarter: 0,
  featuresPerRelease: 0,
  collateralItems: 0,
  channels: 0,
  selfServeShare: 0,
  opportunities: 0,
};

/** How loaded today's team would be if everyone kept doing both jobs: above 1 the combined role must split. */
export function combinedLoadRatio(sellingHours: number, marketingHours: number, gtmHeadcount: number): number {
  return (sellingHours + marketingHours) / (Math.max(1, gtmHeadcount) * SUSTAINABLE_HOURS_PER_QUARTER);
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
