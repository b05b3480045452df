/**
 * Seats each structure needs for a quarter's workload: individual contributors from hours, then the
 * managers and leaders the structure implies. Kept as flat numbers in a reusable object so the Monte
 * Carlo can restaff thousands of quarters without allocating; the org chart turns it into seats.
 *
 * Rules (documented for the README):
 * - AEs (and generalists) are hired so that effective selling capacity covers demand, where a rep
 *   hired this or last quarter counts 0.5 FTE (ramp ≈ 2 quarters, Skok / Bridge Group). Ramp
 *   therefore forces hiring ahead of demand, as it does in real teams.
 * - Headcount never falls: the model plans hiring, not layoffs.
 * - SDRs appear only in split structures, from $5M ARR (Bridge Group 2017), never for self-serve,
 *   at 1 SDR per 2.1 AEs under $25M ARR and per 4.4 AEs above (TOPO 2015); with SDRs, AEs shed
 *   their prospecting share of selling hours.
 * - Marketers are hired for marketing hours at sustainable hours each (no ramp modelled).
 * - A group of more than 8.5 reports gets front-line managers at 8.5 reports each (Alexander Group).
 * - A separate function head appears when its function has at least 3 people (fewer would leave the
 *   head with a span below 3); below that the people report one level up.
 * - A leader or head becomes VP-level (VP salary) when managers or heads report to them; the shared
 *   VP is always VP-level.
 */

import { BENCHMARKS, type SalesMotion, type Salaries } from "./profile";
import { isSplitStructure, type StructureId } from "./structures";
import { SUSTAINABLE_HOURS_PER_QUARTER, WORKLOAD_ASSUMPTIONS, type QuarterDemandScratch } from "./workload";

export const SPAN_TARGET = BENCHMARKS.repsPerFrontLineManager.value; // 8.5
export const SDR_SPAN_TARGET = BENCHMARKS.sdrsPerManager.value.mode; // 8.4
export const HEAD_MIN_TEAM = 3;
export const RAMPING_REP_FTE = BENCHMARKS.rampingRepFte.value; // 0.5

export interface Staffing {
  /** People doing both jobs: the solo hybrid, or the combined team's generalists. */
  generalists: number;
  aes: number;
  sdrs: number;
  marketers: number;
  gtmManagers: number;
  aeManagers: number;
  sdrManagers: number;
  marketingManagers: number;
  /** The one leader over both functions (combined lead, sales leader owning marketing, marketing leader owning sales, shared VP). */
  gtmLeader: number;
  salesHead: number;
  marketingHead: number;
  gtmLeaderIsVp: number;
  salesHeadIsVp: number;
  marketingHeadIsVp: number;
}

export const STAFFING_SEAT_KEYS = [
  "generalists",
  "aes",
  "sdrs",
  "marketers",
  "gtmManagers",
  "aeManagers",
  "sdrManagers",
  "marketingManagers",
  "gtmLeader",
  "salesHead",
  "marketingHead",
] as const satisfies readonly (keyof Staffing)[];

export function emptyStaffing(): Staffing {
  return {
    generalists: 0,
    aes: 0,
    sdrs: 0,
    marketers: 0,
    gtmManagers: 0,
    aeManagers: 0,
    sdrManagers: 0,
    marketingManagers: 0,
    gtmLeader: 0,
    salesHead: 0,
    marketingHead: 0,
    gtmLeaderIsVp: 0,
    salesHeadIsVp: 0,
    marketingHeadIsVp: 0,
  };
}

export function copyStaffing(from: Staffing, to: Staffing): Staffing {
  for (const key of Object.keys(from) as (keyof Staffing)[]) to[key] = from[key];
  return to;
}

export function headcountOf(s: Staffing): number {
  return (
    s.generalists +
    s.aes +
    s.sdrs +
    s.marketers +
    s.gtmManagers +
    s.aeManagers +
    s.sdrManagers +
    s.marketingManagers +
    s.gtmLeader +
    s.salesHead +
    s.marketingHead
  );
}

/** People in management seats (everyone who mostly manages rather than sells or markets). */
export function managementHeadcountOf(s: Staffing): number {
  return s.gtmManagers + s.aeManagers + s.sdrManagers + s.marketingManagers + s.gtmLeader + s.salesHead + s.marketingHead;
}

/** Salary cost of one quarter. The solo hybrid and generalists are priced as AEs. */
export function quarterlyCost(structure: StructureId, s: Staffing, salaries: Salaries): number {
  const leaderManagerSalary = structure === "sales-under-marketing" ? salaries.marketingManager : salaries.salesManager;
  const annual =
    (s.generalists + s.aes) * salaries.ae +
    s.sdrs * salaries.sdr +
    s.marketers * salaries.marketer +
    (s.gtmManagers + s.aeManagers + s.sdrManagers) * salaries.salesManager +
    s.marketingManagers * salaries.marketingManager +
    s.gtmLeader * (s.gtmLeaderIsVp ? salaries.vp : leaderManagerSalary) +
    s.salesHead * (s.salesHeadIsVp ? salaries.vp : salaries.salesManager) +
    s.marketingHead * (s.marketingHeadIsVp ? salaries.vp : salaries.marketingManager);
  return annual / 4;
}

/** Whether this structure uses SDRs at this ARR and motion (Bridge Group 2017: not below $5M ARR). */
export function usesSdrs(structure: StructureId, motion: SalesMotion, arr: number): boolean {
  return isSplitStructure(structure) && motion !== "self-serve" && arr >= BENCHMARKS.separateSdrRolesFromArr.value;
}

export function aesPerSdr(arr: number): number {
  return arr < 25_000_000 ? BENCHMARKS.aesPerSdrUnder25m.value : BENCHMARKS.aesPerSdrAbove25m.value;
}

/** Selling FTE the quarter needs from the people who carry quota (AEs, generalists or the solo hybrid). */
export function sellingFteNeeded(structure: StructureId, motion: SalesMotion, demand: QuarterDemandScratch): number {
  if (structure === "solo") return 1;
  if (structure === "combined") {
    return (
      ((demand.sellingHours + demand.marketing.total) * (1 + WORKLOAD_ASSUMPTIONS.generalistSwitchingOverhead)) /
      SUSTAINABLE_HOURS_PER_QUARTER
    );
  }
  const prospectingRelief = usesSdrs(structure, motion, demand.arr) ? WORKLOAD_ASSUMPTIONS.prospectingShare : 0;
  return (demand.sellingHours * (1 - prospectingRelief)) / SUSTAINABLE_HOURS_PER_QUARTER;
}

/** The ramp bookkeeping the next quarter needs; reused between quarters. */
export interface RepRampState {
  /** Quota-carrying reps hired this quarter (they count RAMPING_REP_FTE this quarter and next). */
  hiredThisQuarter: number;
  hiredLastQuarter: number;
  neededFte: number;
  effectiveFte: number;
}

export function emptyRampState(): RepRampState {
  return { hiredThisQuarter: 0, hiredLastQuarter: 0, neededFte: 0, effectiveFte: 0 };
}

/**
 * Reps to hire so that tenured reps plus half of those still ramping cover the need.
 * `previous` is last quarter's headcount of quota carriers, or null for the starting team (tenured).
 */
export function repsAfterHiring(neededFte: number, previous: number | null, ramp: RepRampState): number {
  const need = Math.max(0, neededFte);
  ramp.neededFte = need;
  if (previous === null) {
    ramp.hiredLastQuarter = 0;
    ramp.hiredThisQuarter = 0;
    const start = Math.ceil(need - 1e-9);
    ramp.effectiveFte = start;
    return start;
  }
  const stillRamping = ramp.hiredThisQuarter; // last quarter's hires are in their second ramp quarter
  const tenured = previous - stillRamping;
  const shortfall = need - tenured - RAMPING_REP_FTE * stillRamping;
  const hires = shortfall > 1e-9 ? Math.ceil(shortfall / RAMPING_REP_FTE - 1e-9) : 0;
  ramp.hiredLastQuarter = stillRamping;
  ramp.hiredThisQuarter = hires;
  ramp.effectiveFte = tenured + RAMPING_REP_FTE * (stillRamping + hires);
  return previous + hires;
}

/**
 * Fills `out` with the seats `structure` needs this quarter. `previous` (last quarter's staffing,
 * or null for today's starting team) keeps headcount from falling; `ramp` carries rep ramp state.
 */
export function staffQuarterInto(
  structure: StructureId,
  motion: SalesMotion,
  demand: QuarterDemandScratch,
  previous: Staffing | null,
  ramp: RepRampState,
  out: Staffing,
): Staffing {
  const need = sellingFteNeeded(structure, motion, demand);
  const marketerNeed = Math.ceil(demand.marketing.total / SUSTAINABLE_HOURS_PER_QUARTER - 1e-9);

  out.generalists = 0;
  out.aes = 0;
  out.sdrs = 0;
  out.marketers = 0;
  out.gtmManagers = 0;
  out.aeManagers = 0;
  out.sdrManagers = 0;
  out.marketingManagers = 0;
  out.gtmLeader = 0;
  out.salesHead = 0;
  out.marketingHead = 0;
  out.gtmLeaderIsVp = 0;
  out.salesHeadIsVp = 0;
  out.marketingHeadIsVp = 0;

  if (structure === "solo") {
    // One person, whatever the load: the overload shows up as the load ratio, not as hires.
    out.generalists = 1;
    ramp.neededFte = 1;
    ramp.effectiveFte = 1;
    ramp.hiredLastQuarter = 0;
    ramp.hiredThisQuarter = 0;
    return out;
  }

  if (structure === "combined") {
    out.generalists = Math.max(1, repsAfterHiring(need, previous ? previous.generalists : null, ramp));
    out.gtmManagers = managersFor(out.generalists, SPAN_TARGET);
    out.gtmLeader = out.generalists >= HEAD_MIN_TEAM ? 1 : 0;
    out.gtmLeaderIsVp = out.gtmManagers > 0 ? 1 : 0;
    return out;
  }

  out.aes = Math.max(1, repsAfterHiring(need, previous ? previous.aes : null, ramp));
  out.sdrs = usesSdrs(structure, motion, demand.arr) ? Math.ceil(out.aes / aesPerSdr(demand.arr) - 1e-9) : 0;
  out.marketers = Math.max(1, marketerNeed, previous ? previous.marketers : 0);
  if (previous) out.sdrs = Math.max(out.sdrs, previous.sdrs);

  const salesPeople = out.aes + out.sdrs;
  if (salesPeople > SPAN_TARGET) {
    out.aeManagers = Math.max(1, managersFor(out.aes, 0));
    out.sdrManagers = out.sdrs >= HEAD_MIN_TEAM ? Math.ceil(out.sdrs / SDR_SPAN_TARGET - 1e-9) : 0;
  }
  out.marketingManagers = managersFor(out.marketers, SPAN_TARGET);
  const salesHasManagers = out.aeManagers + out.sdrManagers > 0;
  const marketingHasManagers = out.marketingManagers > 0;

  switch (structure) {
    case "marketing-under-sales":
      out.gtmLeader = 1;
      out.marketingHead = out.marketers >= HEAD_MIN_TEAM ? 1 : 0;
      out.marketingHeadIsVp = marketingHasManagers && out.marketingHead ? 1 : 0;
      out.gtmLeaderIsVp = salesHasManagers || out.marketingHead ? 1 : 0;
      break;
    case "sales-under-marketing":
      out.gtmLeader = 1;
      out.salesHead = salesPeople >= HEAD_MIN_TEAM ? 1 : 0;
      out.salesHeadIsVp = salesHasManagers && out.salesHead ? 1 : 0;
      out.gtmLeaderIsVp = marketingHasManagers || out.salesHead ? 1 : 0;
      break;
    case "shared-vp":
      out.gtmLeader = 1;
      out.gtmLeaderIsVp = 1;
      out.salesHead = salesPeople >= HEAD_MIN_TEAM ? 1 : 0;
      out.marketingHead = out.marketers >= HEAD_MIN_TEAM ? 1 : 0;
      out.salesHeadIsVp = 0; // heads under a VP stay director-level
      out.marketingHeadIsVp = 0;
      break;
    case "peers":
      out.salesHead = salesPeople >= HEAD_MIN_TEAM ? 1 : 0;
      out.marketingHead = out.marketers >= HEAD_MIN_TEAM ? 1 : 0;
      out.salesHeadIsVp = salesHasManagers && out.salesHead ? 1 : 0;
      out.marketingHeadIsVp = marketingHasManagers && out.marketingHead ? 1 : 0;
      break;
  }
  return out;
}

/** Front-line managers for a group: none while one leader can manage it directly (≤ 8.5 people). */
function managersFor(people: number, threshold: number): number {
  if (people <= threshold) return 0;
  return Math.ceil(people / SPAN_TARGET - 1e-9);
}
