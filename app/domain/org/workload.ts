/**
 * Hours of work a quarter demands: selling hours from the pipeline target, and the marketing upkeep
 * that keeps the message current with an evolving product (the usual reason a combined role
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
  /** Deal size at which hoursPerOpportunity applies; bigger deals take more hours. */
  referenceDealSize: number;
}

/**
 * Calibrated so that one AE at sustainable hours carries a plausible annual new-ARR quota:
 * transactional ≈ 32 deals × $25K ≈ $0.8M; consultative ≈ 12 deals × $100K ≈ $1.2M.
 */
export const MOTION_EFFORT: Record<SalesMotion, MotionEffort> = {
  "self-serve": {
    hoursPerOpportunity: 1.5,
    winRate: 0.4,
    referenceCycleDays: 21,
    salesTouchedShare: 0.25,
    referenceDealSize: 5_000,
  },
  transactional: {
    hoursPerOpportunity: 12,
    winRate: 0.25,
    referenceCycleDays: 60,
    salesTouchedShare: 1,
    referenceDealSize: 25_000,
  },
  consultative: {
    hoursPerOpportunity: 25,
    winRate: 0.2,
    referenceCycleDays: 120,
    salesTouchedShare: 1,
    referenceDealSize: 100_000,
  },
};

/**
 * Work after the first deal, per motion (RoleFit assumptions, confidence L, provisional):
 * - account-management hours per customer a quarter (renewal, check-ins, support escalations);
 * - sales-engineering hours per seller hour on new business (demos, technical proofs);
 * - quarters a new quota carrier ramps (Bridge Group 2024, secondary: ~5–6 months for an AE, so
 *   2 quarters transactional; 1 for the short self-serve assist, 3 for long consultative cycles).
 */
export const MOTION_ACCOUNT_WORK: Record<
  SalesMotion,
  { accountHoursPerCustomer: number; engineeringHoursPerSellingHour: number; rampQuarters: number }
> = {
  "self-serve": { accountHoursPerCustomer: 0.3, engineeringHoursPerSellingHour: 0, rampQuarters: 1 },
  transactional: { accountHoursPerCustomer: 2, engineeringHoursPerSellingHour: 0.1, rampQuarters: 2 },
  consultative: { accountHoursPerCustomer: 8, engineeringHoursPerSellingHour: 0.5, rampQuarters: 3 },
};

export const WORKLOAD_ASSUMPTIONS = {
  /** Hours grow with the square root of cycle length: longer cycles add meetings, but not proportionally. */
  cycleLengthExponent: 0.5,
  /** Hours per deal grow with deal size to the power 0.3: bigger deals add stakeholders, not pro rata. */
  dealSizeExponent: 0.3,
  /** Share of new ARR that comes from existing customers (expansion), worked by account managers. */
  expansionShareOfNewArr: 0.3,
  /** An expansion deal takes this share of a new-business deal's seller hours. */
  expansionEffortShare: 0.5,
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
 * Net new ARR of quarter q (q = 0 is the quarter just ended). demandInto splits it between new
 * business and expansion; churn replacement is not modelled separately (net growth only).
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
  dealSize = MOTION_EFFORT[motion].referenceDealSize,
): number {
  const effort = MOTION_EFFORT[motion];
  const cycleFactor = Math.pow(
    Math.max(cycleDays, 1) / effort.referenceCycleDays,
    WORKLOAD_ASSUMPTIONS.cycleLengthExponent,
  );
  const sizeFactor = Math.pow(
    Math.max(dealSize, 1) / effort.referenceDealSize,
    WORKLOAD_ASSUMPTIONS.dealSizeExponent,
  );
  const onlineFactor =
    WORKLOAD_ASSUMPTIONS.onlineShareEffortAtZero -
    WORKLOAD_ASSUMPTIONS.onlineShareEffortSlope * clamp01(selfServeShare);
  return (
    (effort.hoursPerOpportunity / effort.winRate) *
    cycleFactor *
    sizeFactor *
    onlineFactor *
    effort.salesTouchedShare *
    effortMultiplier
  );
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
  out.total =
    out.collateralRefresh +
    out.launches +
    out.channels +
    out.research +
    out.webContent +
    out.demandGeneration;
  return out;
}

export function emptyMarketingHours(): MarketingHours {
  return {
    collateralRefresh: 0,
    launches: 0,
    channels: 0,
    research: 0,
    webContent: 0,
    demandGeneration: 0,
    total: 0,
  };
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
  /** The same for marketing upkeep hours. */
  marketingEffortMultiplier: number;
  /** Average share of quota a tenured seller delivers (quotas are set above the average rep). */
  attainment: number;
  /** Share of sales hires who leave or are let go before they ramp (Skok: 25–30%). */
  hireFailureRate: number;
}

export interface QuarterDemandScratch {
  arr: number;
  newArr: number;
  /** New-business deals won this quarter (expansion is account work). */
  deals: number;
  opportunities: number;
  /** Seller hours on new business. */
  sellingHours: number;
  /** Account managers' hours: renewals of the installed base and expansion deals. */
  accountHours: number;
  /** Sales engineers' hours on new business (demos, proofs), mostly in consultative deals. */
  engineeringHours: number;
  marketing: MarketingHours;
}

export function emptyDemand(): QuarterDemandScratch {
  return {
    arr: 0,
    newArr: 0,
    deals: 0,
    opportunities: 0,
    sellingHours: 0,
    accountHours: 0,
    engineeringHours: 0,
    marketing: emptyMarketingHours(),
  };
}

/** All go-to-market hours of a quarter: what a team doing every job must cover. */
export function totalHoursOf(demand: QuarterDemandScratch): number {
  return demand.sellingHours + demand.accountHours + demand.engineeringHours + demand.marketing.total;
}

/** Computes quarter q's demand for one scenario into `out`. */
export function demandInto(
  n: ScenarioNumbers,
  quarter: number,
  out: QuarterDemandScratch,
): QuarterDemandScratch {
  const a = WORKLOAD_ASSUMPTIONS;
  const work = MOTION_ACCOUNT_WORK[n.motion];
  out.arr = arrAtQuarter(n.arrToday, n.growthPerYear, quarter);
  // Quarter 0 is the quarter that just ended: today's pace of growth.
  out.newArr = Math.max(0, newArrInQuarter(n.arrToday, n.growthPerYear, quarter));
  const hoursPerDeal = sellingHoursPerWonDeal(
    n.motion,
    n.cycleDays,
    n.selfServeShare,
    n.effortMultiplier,
    n.dealSize,
  );
  const newBusinessArr = out.newArr * (1 - a.expansionShareOfNewArr);
  out.deals = newBusinessArr / n.dealSize;
  out.opportunities = opportunitiesForDeals(n.motion, out.deals);
  out.sellingHours = out.deals * hoursPerDeal;
  const customers = out.arr / n.dealSize;
  const expansionDeals = (out.newArr * a.expansionShareOfNewArr) / n.dealSize;
  out.accountHours =
    (customers * work.accountHoursPerCustomer + expansionDeals * hoursPerDeal * a.expansionEffortShare) *
    n.effortMultiplier;
  out.engineeringHours = out.sellingHours * work.engineeringHoursPerSellingHour;
  marketingHoursScratchInput.releasesPerQuarter = n.releasesPerQuarter;
  marketingHoursScratchInput.featuresPerRelease = n.featuresPerRelease;
  marketingHoursScratchInput.collateralItems = n.collateralItems;
  marketingHoursScratchInput.channels = n.channels;
  marketingHoursScratchInput.selfServeShare = n.selfServeShare;
  marketingHoursScratchInput.opportunities = out.opportunities;
  marketingHoursInto(marketingHoursScratchInput, out.marketing);
  if (n.marketingEffortMultiplier !== 1) scaleMarketingHours(out.marketing, n.marketingEffortMultiplier);
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

function scaleMarketingHours(hours: MarketingHours, factor: number): void {
  hours.collateralRefresh *= factor;
  hours.launches *= factor;
  hours.channels *= factor;
  hours.research *= factor;
  hours.webContent *= factor;
  hours.demandGeneration *= factor;
  hours.total *= factor;
}

/**
 * How loaded today's team would be if everyone kept doing every job (selling, accounts, sales
 * engineering and marketing): above 1 the combined role must split.
 */
export function combinedLoadRatio(totalHours: number, gtmHeadcount: number): number {
  return totalHours / (Math.max(1, gtmHeadcount) * SUSTAINABLE_HOURS_PER_QUARTER);
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
