/**
 * Seats each structure needs for a quarter's workload: individual contributors from hours, then the
 * managers and leaders the structure implies. Kept as flat numbers in a reusable object so the Monte
 * Carlo can restaff thousands of quarters without allocating; the org chart turns it into seats.
 *
 * Rules (documented in docs/org-model.md):
 * - Quarter 0 is today's team as the founder entered it (anchorStaffingInto), rearranged into the
 *   structure's seats; the plan only adds people from there.
 * - AEs (and generalists) are hired so that effective selling capacity covers demand. A tenured
 *   seller delivers the motion's average quota attainment; a seller still ramping (1–3 quarters by
 *   motion) counts 0.5 FTE (Skok) times the share of hires that do not fail (Skok: 25–30% fail).
 *   Ramp and failure therefore force hiring ahead of demand, as they do in real teams.
 * - Account managers cover renewal and expansion hours; sales engineers the engineering hours.
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

import {
  BENCHMARKS,
  TEAM_COUNT_KEYS,
  type CompanyProfile,
  type SalesMotion,
  type Salaries,
  type TeamCounts,
} from "./profile";
import { isSplitStructure, type StructureId } from "./structures";
import {
  MOTION_ACCOUNT_WORK,
  SUSTAINABLE_HOURS_PER_QUARTER,
  WORKLOAD_ASSUMPTIONS,
  type QuarterDemandScratch,
  type ScenarioNumbers,
} from "./workload";

export const SPAN_TARGET = BENCHMARKS.repsPerFrontLineManager.value; // 8.5
export const SDR_SPAN_TARGET = BENCHMARKS.sdrsPerManager.value.mode; // 8.4
export const HEAD_MIN_TEAM = 3;
export const RAMPING_REP_FTE = BENCHMARKS.rampingRepFte.value; // 0.5

export interface Staffing {
  /** People doing both jobs: the solo hybrid, or the combined team's generalists. */
  generalists: number;
  aes: number;
  sdrs: number;
  accountManagers: number;
  salesEngineers: number;
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
  "accountManagers",
  "salesEngineers",
  "marketers",
  "gtmManagers",
  "aeManagers",
  "sdrManagers",
  "marketingManagers",
  "gtmLeader",
  "salesHead",
  "marketingHead",
] as const satisfies readonly (keyof Staffing)[];

const MANAGER_SEAT_KEYS = [
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
    accountManagers: 0,
    salesEngineers: 0,
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

function clearStaffing(out: Staffing): Staffing {
  for (const key of Object.keys(out) as (keyof Staffing)[]) out[key] = 0;
  return out;
}

export function copyStaffing(from: Staffing, to: Staffing): Staffing {
  for (const key of Object.keys(from) as (keyof Staffing)[]) to[key] = from[key];
  return to;
}

export function headcountOf(s: Staffing): number {
  let total = 0;
  for (const key of STAFFING_SEAT_KEYS) total += s[key];
  return total;
}

/** People in management seats (everyone who mostly manages rather than sells or markets). */
export function managementHeadcountOf(s: Staffing): number {
  let total = 0;
  for (const key of MANAGER_SEAT_KEYS) total += s[key];
  return total;
}

/** Salary cost of one quarter. The solo hybrid, generalists, account managers and sales engineers are priced as AEs. */
export function quarterlyCost(structure: StructureId, s: Staffing, salaries: Salaries): number {
  const leaderManagerSalary =
    structure === "sales-under-marketing" ? salaries.marketingManager : salaries.salesManager;
  const annual =
    (s.generalists + s.aes + s.accountManagers + s.salesEngineers) * salaries.ae +
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
  return (
    isSplitStructure(structure) && motion !== "self-serve" && arr >= BENCHMARKS.separateSdrRolesFromArr.value
  );
}

export function aesPerSdr(arr: number): number {
  return arr < 25_000_000 ? BENCHMARKS.aesPerSdrUnder25m.value : BENCHMARKS.aesPerSdrAbove25m.value;
}

/** What the staffing rules need from a scenario besides the quarter's demand. */
export type StaffingNumbers = Pick<ScenarioNumbers, "motion" | "attainment" | "hireFailureRate">;

/** Selling FTE the quarter needs from the people who carry quota (AEs, generalists or the solo hybrid). */
export function sellingFteNeeded(
  structure: StructureId,
  n: StaffingNumbers,
  demand: QuarterDemandScratch,
): number {
  if (structure === "solo") return 1;
  const attainment = Math.max(0.05, n.attainment);
  if (structure === "combined") {
    const hours =
      demand.sellingHours / attainment +
      demand.accountHours +
      demand.engineeringHours +
      demand.marketing.total;
    return (hours * (1 + WORKLOAD_ASSUMPTIONS.generalistSwitchingOverhead)) / SUSTAINABLE_HOURS_PER_QUARTER;
  }
  const prospectingRelief = usesSdrs(structure, n.motion, demand.arr)
    ? WORKLOAD_ASSUMPTIONS.prospectingShare
    : 0;
  return (demand.sellingHours * (1 - prospectingRelief)) / attainment / SUSTAINABLE_HOURS_PER_QUARTER;
}

const MAX_RAMP_QUARTERS = 4;

/** The ramp bookkeeping the next quarter needs; reused between quarters. */
export interface RepRampState {
  /** Quota-carrying seats added 0, 1, 2, 3 quarters ago (index 0 = this quarter). */
  cohorts: number[];
  neededFte: number;
  effectiveFte: number;
}

export function emptyRampState(): RepRampState {
  return { cohorts: [0, 0, 0, 0], neededFte: 0, effectiveFte: 0 };
}

/** Quarters a new quota carrier ramps in this motion (Bridge Group 2024, secondary; RoleFit assumption by motion). */
export function rampQuartersOf(motion: SalesMotion): number {
  return MOTION_ACCOUNT_WORK[motion].rampQuarters;
}

/**
 * Seats to add so that tenured reps plus those still ramping cover the need. A ramping seat counts
 * RAMPING_REP_FTE times the chance its hire does not fail. `previous` is last quarter's count of
 * quota carriers, or null for the starting team (tenured).
 */
export function repsAfterHiring(
  neededFte: number,
  previous: number | null,
  ramp: RepRampState,
  rampQuarters = 2,
  hireFailureRate = 0,
): number {
  const need = Math.max(0, neededFte);
  ramp.neededFte = need;
  if (previous === null) {
    ramp.cohorts.fill(0);
    const start = Math.ceil(need - 1e-9);
    ramp.effectiveFte = start;
    return start;
  }
  return addRamping(need, previous, ramp, rampQuarters, hireFailureRate);
}

function addRamping(
  need: number,
  previous: number,
  ramp: RepRampState,
  rampQuarters: number,
  failure: number,
): number {
  const quarters = Math.min(MAX_RAMP_QUARTERS, Math.max(0, Math.round(rampQuarters)));
  for (let i = MAX_RAMP_QUARTERS - 1; i > 0; i--) ramp.cohorts[i] = ramp.cohorts[i - 1]!;
  ramp.cohorts[0] = 0;
  let ramping = 0;
  for (let i = 1; i < quarters; i++) ramping += ramp.cohorts[i]!;
  const perRamping = RAMPING_REP_FTE * (1 - Math.min(0.9, Math.max(0, failure)));
  const tenured = previous - ramping;
  const shortfall = need - tenured - perRamping * ramping;
  const perNew = quarters > 0 ? perRamping : 1;
  const hires = shortfall > 1e-9 ? Math.ceil(shortfall / perNew - 1e-9) : 0;
  ramp.cohorts[0] = hires;
  ramp.effectiveFte = tenured + perRamping * ramping + perNew * hires;
  return previous + hires;
}

/**
 * Today's team by function, adding up to gtmHeadcount: the counts the founder entered, and the
 * rest shared out in proportion to where today's modelled hours go (largest remainder). Managers
 * not entered are estimated at one per 8.5 people once the team has 6 or more (Alexander Group).
 */
export function todayTeam(
  profile: Pick<CompanyProfile, "gtmHeadcount" | "team" | "salesMotion" | "arr">,
  demand: QuarterDemandScratch,
): Required<TeamCounts> {
  const entered = profile.team ?? {};
  const team: Required<TeamCounts> = {
    sellers: entered.sellers ?? 0,
    sdrs: entered.sdrs ?? 0,
    accountManagers: entered.accountManagers ?? 0,
    salesEngineers: entered.salesEngineers ?? 0,
    marketers: entered.marketers ?? 0,
    managers: entered.managers ?? 0,
  };
  let left = profile.gtmHeadcount - TEAM_COUNT_KEYS.reduce((sum, key) => sum + team[key], 0);
  if (left <= 0) return team;
  if (entered.managers === undefined && profile.gtmHeadcount >= 6) {
    const managers = Math.min(left, Math.max(1, Math.round(profile.gtmHeadcount / (SPAN_TARGET + 1))));
    team.managers = managers;
    left -= managers;
  }
  const sdrShare =
    profile.salesMotion !== "self-serve" && profile.arr >= BENCHMARKS.separateSdrRolesFromArr.value
      ? WORKLOAD_ASSUMPTIONS.prospectingShare
      : 0;
  const open: { key: Exclude<(typeof TEAM_COUNT_KEYS)[number], "managers">; hours: number }[] = [
    { key: "sellers" as const, hours: demand.sellingHours * (1 - sdrShare) },
    { key: "sdrs" as const, hours: demand.sellingHours * sdrShare },
    { key: "accountManagers" as const, hours: demand.accountHours },
    { key: "salesEngineers" as const, hours: demand.engineeringHours },
    { key: "marketers" as const, hours: demand.marketing.total },
  ].filter((f) => entered[f.key] === undefined);
  if (open.length === 0) {
    team.sellers += left; // everything was entered but the total is larger: the rest sell (founders)
    return team;
  }
  const totalHours = open.reduce((sum, f) => sum + f.hours, 0);
  const exact = open.map((f) => (totalHours > 0 ? (f.hours / totalHours) * left : left / open.length));
  const counts = exact.map(Math.floor);
  let remaining = left - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (remaining <= 0) break;
    counts[i]! += 1;
    remaining -= 1;
  }
  open.forEach((f, i) => (team[f.key] += counts[i]!));
  return team;
}

/**
 * Quarter 0: today's people in the structure's seats. Entered managers fill the structure's
 * leadership seats first (the one leader, then the function heads), then front-line manager seats;
 * a leadership seat nobody fills today is hired in quarter 1. One person doing both jobs is one
 * person whatever the team (its feasibility check says when that cannot be).
 */
export function anchorStaffingInto(
  structure: StructureId,
  team: Required<TeamCounts>,
  ramp: RepRampState,
  out: Staffing,
): Staffing {
  clearStaffing(out);
  ramp.cohorts.fill(0);
  if (structure === "solo") {
    out.generalists = 1;
    ramp.neededFte = ramp.effectiveFte = 1;
    return out;
  }
  let managers = team.managers;
  const take = () => (managers > 0 ? (managers--, 1) : 0);
  if (structure === "combined") {
    out.generalists = team.sellers + team.sdrs + team.accountManagers + team.salesEngineers + team.marketers;
    if (out.generalists === 0) {
      out.generalists = Math.max(1, managers);
      managers = 0;
    }
    out.gtmLeader = take();
    out.gtmManagers = managers;
    out.gtmLeaderIsVp = out.gtmManagers > 0 ? 1 : 0;
    ramp.neededFte = ramp.effectiveFte = out.generalists;
    return out;
  }
  out.aes = team.sellers;
  out.sdrs = team.sdrs;
  out.accountManagers = team.accountManagers;
  out.salesEngineers = team.salesEngineers;
  out.marketers = team.marketers;
  if (structure !== "peers") out.gtmLeader = take();
  const salesPeople = out.aes + out.sdrs + out.accountManagers + out.salesEngineers;
  if (structure === "peers" || structure === "shared-vp" || structure === "sales-under-marketing") {
    out.salesHead = salesPeople >= HEAD_MIN_TEAM ? take() : 0;
  }
  if (structure === "peers" || structure === "shared-vp" || structure === "marketing-under-sales") {
    out.marketingHead = out.marketers >= HEAD_MIN_TEAM ? take() : 0;
  }
  // Whoever else manages today leads a front-line team, on the side with more people.
  const salesShare = salesPeople + out.marketers > 0 ? salesPeople / (salesPeople + out.marketers) : 1;
  const salesManagers = Math.round(managers * salesShare);
  out.aeManagers = salesManagers;
  out.marketingManagers = managers - salesManagers;
  setVpFlags(structure, out);
  ramp.neededFte = ramp.effectiveFte = out.aes;
  return out;
}

function setVpFlags(structure: StructureId, out: Staffing): void {
  const salesHasManagers = out.aeManagers + out.sdrManagers > 0;
  const marketingHasManagers = out.marketingManagers > 0;
  out.salesHeadIsVp = structure !== "shared-vp" && salesHasManagers && out.salesHead ? 1 : 0;
  out.marketingHeadIsVp = structure !== "shared-vp" && marketingHasManagers && out.marketingHead ? 1 : 0;
  switch (structure) {
    case "marketing-under-sales":
      out.gtmLeaderIsVp = out.gtmLeader && (salesHasManagers || out.marketingHead) ? 1 : 0;
      break;
    case "sales-under-marketing":
      out.gtmLeaderIsVp = out.gtmLeader && (marketingHasManagers || out.salesHead) ? 1 : 0;
      break;
    case "shared-vp":
      out.gtmLeaderIsVp = out.gtmLeader;
      break;
    default:
      out.gtmLeaderIsVp = out.gtmLeader && out.gtmManagers > 0 ? 1 : 0;
  }
}

/**
 * Fills `out` with the seats `structure` needs in quarter q ≥ 1, never fewer than `previous` (last
 * quarter's staffing, or quarter 0's anchored team); `ramp` carries the sellers' ramp state.
 */
export function staffQuarterInto(
  structure: StructureId,
  n: StaffingNumbers,
  demand: QuarterDemandScratch,
  previous: Staffing,
  ramp: RepRampState,
  out: Staffing,
): Staffing {
  clearStaffing(out);
  const rampQuarters = rampQuartersOf(n.motion);
  const need = sellingFteNeeded(structure, n, demand);

  if (structure === "solo") {
    // One person, whatever the load: the overload shows up as the load ratio, not as hires.
    out.generalists = 1;
    ramp.neededFte = 1;
    ramp.effectiveFte = 1;
    return out;
  }

  if (structure === "combined") {
    out.generalists = Math.max(
      1,
      addRamping(need, previous.generalists, ramp, rampQuarters, n.hireFailureRate),
    );
    out.gtmManagers = Math.max(previous.gtmManagers, managersFor(out.generalists, SPAN_TARGET));
    out.gtmLeader = Math.max(previous.gtmLeader, out.generalists >= HEAD_MIN_TEAM ? 1 : 0);
    setVpFlags(structure, out);
    return out;
  }

  const seatsFor = (hours: number) => Math.ceil(hours / SUSTAINABLE_HOURS_PER_QUARTER - 1e-9);
  out.aes = Math.max(1, addRamping(need, previous.aes, ramp, rampQuarters, n.hireFailureRate));
  out.sdrs = Math.max(
    previous.sdrs,
    usesSdrs(structure, n.motion, demand.arr) ? Math.ceil(out.aes / aesPerSdr(demand.arr) - 1e-9) : 0,
  );
  out.accountManagers = Math.max(previous.accountManagers, seatsFor(demand.accountHours));
  out.salesEngineers = Math.max(previous.salesEngineers, seatsFor(demand.engineeringHours));
  out.marketers = Math.max(1, seatsFor(demand.marketing.total), previous.marketers);

  const salesPeople = out.aes + out.sdrs + out.accountManagers + out.salesEngineers;
  if (salesPeople > SPAN_TARGET) {
    out.aeManagers = Math.max(1, managersFor(out.aes + out.accountManagers + out.salesEngineers, 0));
    out.sdrManagers = out.sdrs >= HEAD_MIN_TEAM ? Math.ceil(out.sdrs / SDR_SPAN_TARGET - 1e-9) : 0;
  }
  out.marketingManagers = managersFor(out.marketers, SPAN_TARGET);
  out.aeManagers = Math.max(out.aeManagers, previous.aeManagers);
  out.sdrManagers = Math.max(out.sdrManagers, previous.sdrManagers);
  out.marketingManagers = Math.max(out.marketingManagers, previous.marketingManagers);

  switch (structure) {
    case "marketing-under-sales":
      out.gtmLeader = 1;
      out.marketingHead = out.marketers >= HEAD_MIN_TEAM ? 1 : 0;
      break;
    case "sales-under-marketing":
      out.gtmLeader = 1;
      out.salesHead = salesPeople >= HEAD_MIN_TEAM ? 1 : 0;
      break;
    case "shared-vp":
      out.gtmLeader = 1;
      out.salesHead = salesPeople >= HEAD_MIN_TEAM ? 1 : 0;
      out.marketingHead = out.marketers >= HEAD_MIN_TEAM ? 1 : 0;
      break;
    case "peers":
      out.salesHead = salesPeople >= HEAD_MIN_TEAM ? 1 : 0;
      out.marketingHead = out.marketers >= HEAD_MIN_TEAM ? 1 : 0;
      break;
  }
  out.gtmLeader = Math.max(out.gtmLeader, previous.gtmLeader);
  out.salesHead = Math.max(out.salesHead, previous.salesHead);
  out.marketingHead = Math.max(out.marketingHead, previous.marketingHead);
  setVpFlags(structure, out);
  return out;
}

/** Front-line managers for a group: none while one leader can manage it directly (≤ 8.5 people). */
function managersFor(people: number, threshold: number): number {
  if (people <= threshold) return 0;
  return Math.ceil(people / SPAN_TARGET - 1e-9);
}
