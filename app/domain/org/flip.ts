/**
 * What would change the recommendation? For each criterion weight and each key numeric input, the
 * smallest single change (all else equal) that makes a different feasible structure win, or
 * "robust" when nothing within a plausible range does. A founder who sees "if buyers did 75% of
 * their journey online instead of 57%, sales-under-marketing would win" knows which estimate
 * deserves checking.
 *
 * Plausible ranges belong to this company: the founder's own low–high for uncertain inputs (at
 * least ±25% around the likely value), and two thirds to one and a half times today's value for
 * headcount, ARR, channels and collateral. For weights the range is 0–50%, because a single
 * criterion carrying more than half of the decision is no longer a balanced comparison.
 * distance = the share of that range the change covers (log scale for inputs that span orders of
 * magnitude). A flip under 5% of its range is fragility (the two structures are practically tied
 * on that input), not advice. Every reported change is verified by re-scoring.
 */

import { formatUsd } from "./money";
import { CRITERIA, CRITERION_IDS, normaliseWeights, withWeight, type CriterionId } from "./criteria";
import { RELATIONSHIP_STAGES, type RelationshipStage } from "./diagnostic";
import {
  modeOf,
  rangeOf,
  SALES_MOTIONS,
  withMode,
  type CompanyProfile,
  type SalesMotion,
  type Uncertain,
} from "./profile";
import { scoreStructures, type ScoringOptions, type StructureAssessment } from "./scoring";
import { STRUCTURES, type StructureId } from "./structures";

export const MAX_SENSIBLE_WEIGHT = 0.5;
/** A flip closer than this share of its plausible range says the top two are tied, not what to change. */
export const FRAGILE_DISTANCE = 0.05;
/** Point inputs (headcount, ARR, channels, collateral) are plausible from ×2/3 to ×1.5 of today's value. */
const POINT_RANGE_LOW = 2 / 3;
const POINT_RANGE_HIGH = 1.5;
/** Uncertain inputs are searched at least ±25% around their likely value. */
const MIN_RANGE_SPREAD = 0.25;
const GRID_STEPS = 32;
const BISECTION_STEPS = 16;

export const FLIP_INPUT_KEYS = [
  "gtmHeadcount",
  "arr",
  "arrGrowthPerYear",
  "averageDealSize",
  "salesCycleDays",
  "releasesPerQuarter",
  "featuresPerRelease",
  "selfServeBuyingShare",
  "marketingChannels",
  "collateralItems",
] as const;
export type FlipInputKey = (typeof FLIP_INPUT_KEYS)[number];

export interface FlipInputSpec {
  label: string;
  min: number;
  max: number;
  scale: "linear" | "log";
  /** Resolution a reported value is rounded to (away from today's value). */
  step: number;
}

/** Sensible ranges: wide enough to cover early startups to mid-size companies, no wider. */
export const FLIP_INPUTS: Record<FlipInputKey, FlipInputSpec> = {
  gtmHeadcount: { label: "GTM headcount", min: 1, max: 200, scale: "log", step: 1 },
  arr: { label: "ARR", min: 100_000, max: 100_000_000, scale: "log", step: 10_000 },
  arrGrowthPerYear: { label: "yearly ARR growth", min: 0, max: 3, scale: "linear", step: 0.01 },
  averageDealSize: { label: "average deal size", min: 1_000, max: 1_000_000, scale: "log", step: 100 },
  salesCycleDays: { label: "sales cycle (days)", min: 7, max: 365, scale: "log", step: 1 },
  releasesPerQuarter: { label: "releases per quarter", min: 0, max: 40, scale: "linear", step: 0.5 },
  featuresPerRelease: { label: "features per release", min: 0, max: 20, scale: "linear", step: 0.5 },
  selfServeBuyingShare: {
    label: "share of the buying journey done online",
    min: 0,
    max: 1,
    scale: "linear",
    step: 0.01,
  },
  marketingChannels: { label: "marketing channels", min: 0, max: 15, scale: "linear", step: 1 },
  collateralItems: { label: "collateral items", min: 0, max: 200, scale: "linear", step: 1 },
};

export type FlipChange =
  | { kind: "weight"; criterionId: CriterionId; from: number; to: number }
  | { kind: "input"; input: FlipInputKey; from: number; to: number }
  | { kind: "stage"; from: RelationshipStage; to: RelationshipStage }
  | { kind: "motion"; from: SalesMotion; to: SalesMotion };

export interface Flip {
  change: FlipChange;
  newWinner: StructureId;
  /** 0–1: share of the plausible range the change covers (categorical what-ifs use 1). */
  distance: number;
  /** Under 5% of the range: a sign the top two are tied, not a change worth acting on. */
  fragile: boolean;
  description: string;
}

/** Where an input can plausibly be for this company (see the module comment). */
export function plausibleRange(profile: CompanyProfile, input: FlipInputKey): { min: number; max: number } {
  const spec = FLIP_INPUTS[input];
  const clampToSpec = (v: number) => Math.min(spec.max, Math.max(spec.min, v));
  const value = profile[input];
  if (
    input === "gtmHeadcount" ||
    input === "arr" ||
    input === "marketingChannels" ||
    input === "collateralItems"
  ) {
    const x = getInput(profile, input);
    const floor = input === "marketingChannels" ? 3 : input === "collateralItems" ? 10 : spec.min;
    const low = input === "gtmHeadcount" ? Math.max(1, Math.floor(x * POINT_RANGE_LOW)) : x * POINT_RANGE_LOW;
    const high =
      input === "gtmHeadcount" ? Math.ceil(x * POINT_RANGE_HIGH) : Math.max(x * POINT_RANGE_HIGH, floor);
    return { min: clampToSpec(low), max: clampToSpec(high) };
  }
  const range = rangeOf(value as Uncertain);
  const spread = Math.max(MIN_RANGE_SPREAD * range.mode, spec.step);
  return {
    min: clampToSpec(Math.min(range.low, range.mode - spread)),
    max: clampToSpec(Math.max(range.high, range.mode + spread)),
  };
}

export interface FlipAnalysis {
  winner: StructureId;
  /** True when no single weight or numeric input within its sensible range changes the winner. */
  robust: boolean;
  /** The nearest flip that is not fragile: the change worth checking. */
  smallest: Flip | null;
  /** The nearest flip under 5% of its range, when there is one: the top two are practically tied. */
  fragility: Flip | null;
  /** The nearest flip for each weight and input that has one, nearest first. */
  flips: Flip[];
  /** Categorical what-ifs (another relationship stage or sales motion) that change the winner. */
  whatIf: Flip[];
  summary: string;
}

export function getInput(profile: CompanyProfile, key: FlipInputKey): number {
  const value = profile[key];
  if (key === "marketingChannels")
    return typeof value === "number" ? value : (value as readonly string[]).length;
  return typeof value === "number" ? value : modeOf(value as never);
}

/** A copy of the profile with one input's (most likely) value replaced. */
export function setInput(profile: CompanyProfile, key: FlipInputKey, value: number): CompanyProfile {
  const next: CompanyProfile = { ...profile, salaries: { ...profile.salaries } };
  switch (key) {
    case "gtmHeadcount": {
      next.gtmHeadcount = Math.max(1, Math.round(value));
      // A smaller team keeps the entered mix: counts shrink in proportion so they still fit.
      const team = profile.team;
      const entered = team ? Object.values(team).reduce((sum: number, n) => sum + (n ?? 0), 0) : 0;
      if (team && entered > next.gtmHeadcount) {
        const scale = next.gtmHeadcount / entered;
        next.team = Object.fromEntries(
          Object.entries(team).map(([k, n]) => [k, n === undefined ? undefined : Math.floor(n * scale)]),
        );
      }
      break;
    }
    case "collateralItems":
    case "marketingChannels":
      next[key] = Math.round(value);
      break;
    case "arr":
      next.arr = value;
      break;
    default:
      next[key] = withMode(profile[key], value);
  }
  return next;
}

/** The profile and options after a flip change, for re-scoring (and for the UI's "try it" button). */
export function applyFlipChange(
  profile: CompanyProfile,
  options: ScoringOptions,
  change: FlipChange,
): { profile: CompanyProfile; options: ScoringOptions } {
  switch (change.kind) {
    case "weight":
      return {
        profile,
        options: {
          ...options,
          weights: withWeight(normaliseWeights(options.weights), change.criterionId, change.to),
        },
      };
    case "input":
      return { profile: setInput(profile, change.input, change.to), options };
    case "stage":
      return { profile, options: { ...options, stage: change.to } };
    case "motion":
      return { profile: { ...profile, salesMotion: change.to }, options };
  }
}

export function flipAnalysis(profile: CompanyProfile, options: ScoringOptions = {}): FlipAnalysis {
  const base = scoreStructures(profile, options);
  const winner = base.recommended;
  const winnerAfter = (change: FlipChange): StructureId | null => {
    try {
      const applied = applyFlipChange(profile, options, change);
      return scoreStructures(applied.profile, applied.options).recommended;
    } catch {
      return null; // an invalid combination cannot flip anything
    }
  };

  const flips: Flip[] = [];
  for (const criterionId of CRITERION_IDS) {
    const flip = weightFlip(base, criterionId, winnerAfter);
    if (flip) flips.push(flip);
  }
  for (const input of FLIP_INPUT_KEYS) {
    const flip = inputFlip(profile, input, winner, winnerAfter);
    if (flip) flips.push(flip);
  }
  flips.sort((a, b) => a.distance - b.distance);

  const whatIf: Flip[] = [];
  const stage = base.stage;
  for (const to of RELATIONSHIP_STAGES) {
    if (to === stage) continue;
    const change: FlipChange = { kind: "stage", from: stage, to };
    const newWinner = winnerAfter(change);
    if (newWinner && newWinner !== winner) {
      whatIf.push({
        change,
        newWinner,
        distance: 1,
        fragile: false,
        description: describe(change, newWinner),
      });
    }
  }
  for (const to of SALES_MOTIONS) {
    if (to === profile.salesMotion) continue;
    const change: FlipChange = { kind: "motion", from: profile.salesMotion, to };
    const newWinner = winnerAfter(change);
    if (newWinner && newWinner !== winner) {
      whatIf.push({
        change,
        newWinner,
        distance: 1,
        fragile: false,
        description: describe(change, newWinner),
      });
    }
  }

  const fragility = flips.find((f) => f.fragile) ?? null;
  const smallest = flips.find((f) => !f.fragile) ?? null;
  const name = STRUCTURES[winner].name;
  let summary: string;
  if (fragility) {
    summary = `“${name}” and “${STRUCTURES[fragility.newWinner].name}” are practically tied: a change of under 5% of a plausible range already swaps them (${lowerFirst(fragility.description).replace(/\.$/, "")}). Treat this as a close call, not as advice to change that input.`;
  } else if (smallest) {
    summary = `The smallest single change that would make another structure win: ${lowerFirst(smallest.description)}`;
  } else {
    summary = `“${name}” stays the recommendation for any single weight from 0% to ${pct(MAX_SENSIBLE_WEIGHT)} and any single input across its plausible range: robust.`;
  }
  return { winner, robust: flips.length === 0, smallest, fragility, flips, whatIf, summary };
}

/**
 * Totals are linear in one weight once the others are rescaled to keep the sum at 1, so the weight
 * at which another structure overtakes the winner can be solved exactly rather than searched.
 */
function weightFlip(
  base: StructureAssessment,
  criterionId: CriterionId,
  winnerAfter: (change: FlipChange) => StructureId | null,
): Flip | null {
  const w = base.weights[criterionId];
  const upper = Math.max(MAX_SENSIBLE_WEIGHT, w);
  const scoreOf = (s: (typeof base.ranking)[number]) =>
    s.criteria.find((c) => c.criterionId === criterionId)!.score;
  const top = base.ranking[0]!;
  const rest = (s: (typeof base.ranking)[number]) => s.total - w * scoreOf(s);
  const restScale = w < 1 - 1e-12 ? 1 / (1 - w) : 0;

  let best: number | null = null;
  for (const other of base.ranking.slice(1)) {
    const a = scoreOf(other) - scoreOf(top);
    const b = (rest(other) - rest(top)) * restScale; // difference when this weight is 0
    // diff(t) = b + t(a − b); the winner is ahead at t = w, so a root is where the lead vanishes.
    if (Math.abs(a - b) < 1e-12) continue;
    const t = b / (b - a);
    if (t < 0 || t > upper || Math.abs(t - w) < 1e-12) continue;
    if (best === null || Math.abs(t - w) < Math.abs(best - w)) best = t;
  }
  if (best === null) return null;

  const direction = best > w ? 1 : -1;
  let to = roundAway(best + direction * 1e-4, w, 0.001);
  for (let attempt = 0; attempt < 50; attempt++) {
    if (to < 0 || to > upper) return null;
    const change: FlipChange = { kind: "weight", criterionId, from: w, to };
    const newWinner = winnerAfter(change);
    if (newWinner && newWinner !== base.recommended) {
      const distance = Math.abs(to - w) / MAX_SENSIBLE_WEIGHT;
      return {
        change,
        newWinner,
        distance,
        fragile: distance < FRAGILE_DISTANCE,
        description: describe(change, newWinner, distance),
      };
    }
    to = Math.round((to + direction * 0.001) * 1000) / 1000;
  }
  return null;
}

function inputFlip(
  profile: CompanyProfile,
  input: FlipInputKey,
  winner: StructureId,
  winnerAfter: (change: FlipChange) => StructureId | null,
): Flip | null {
  const spec = FLIP_INPUTS[input];
  const plausible = plausibleRange(profile, input);
  const from = getInput(profile, input);
  const toAxis = (v: number) => (spec.scale === "log" ? Math.log(Math.max(v, spec.min, 1e-9)) : v);
  const fromAxis = (x: number) => (spec.scale === "log" ? Math.exp(x) : x);
  const axisSpan = toAxis(plausible.max) - toAxis(plausible.min);
  if (!(axisSpan > 0)) return null;
  const start = toAxis(Math.min(Math.max(from, plausible.min), plausible.max));
  const flipsAt = (value: number): StructureId | null => {
    const newWinner = winnerAfter({ kind: "input", input, from, to: value });
    return newWinner && newWinner !== winner ? newWinner : null;
  };

  let best: Flip | null = null;
  for (const end of [toAxis(plausible.max), toAxis(plausible.min)]) {
    if (Math.abs(end - start) < 1e-12) continue;
    let previous = start;
    for (let i = 1; i <= GRID_STEPS; i++) {
      const x = start + ((end - start) * i) / GRID_STEPS;
      if (!flipsAt(fromAxis(x))) {
        previous = x;
        continue;
      }
      // Narrow down to the boundary, then report a rounded value just past it that still flips.
      let lo = previous;
      let hi = x;
      for (let k = 0; k < BISECTION_STEPS; k++) {
        const mid = (lo + hi) / 2;
        if (flipsAt(fromAxis(mid))) hi = mid;
        else lo = mid;
      }
      const candidates = [roundAway(fromAxis(hi), from, spec.step), fromAxis(hi), fromAxis(x)].map((v) =>
        Math.min(plausible.max, Math.max(plausible.min, v)),
      );
      for (const to of candidates) {
        const newWinner = flipsAt(to);
        if (!newWinner) continue;
        const distance = Math.abs(toAxis(to) - start) / axisSpan;
        const change: FlipChange = { kind: "input", input, from, to };
        if (!best || distance < best.distance) {
          best = {
            change,
            newWinner,
            distance,
            fragile: distance < FRAGILE_DISTANCE,
            description: describe(change, newWinner, distance),
          };
        }
        break;
      }
      break;
    }
  }
  return best;
}

function roundAway(value: number, from: number, step: number): number {
  const steps = value / step;
  const rounded = (value >= from ? Math.ceil(steps - 1e-9) : Math.floor(steps + 1e-9)) * step;
  return Math.round(rounded * 1e6) / 1e6;
}

export function describe(change: FlipChange, newWinner: StructureId, distance?: number): string {
  const winnerName = STRUCTURES[newWinner].name;
  const share = distance === undefined ? "" : ` (${pct(distance)} of its plausible range)`;
  switch (change.kind) {
    case "weight":
      return `If the weight of ${CRITERIA[change.criterionId].name.toLowerCase()} ${change.to > change.from ? "rose" : "fell"} from ${pct(change.from)} to ${pct(change.to)}${share}, "${winnerName}" would win.`;
    case "input": {
      const spec = FLIP_INPUTS[change.input];
      return `If ${spec.label} ${change.to > change.from ? "rose" : "fell"} from ${formatInput(change.input, change.from)} to ${formatInput(change.input, change.to)}${share}, "${winnerName}" would win.`;
    }
    case "stage":
      return `If the sales–marketing relationship were ${change.to} instead of ${change.from}, "${winnerName}" would win.`;
    case "motion":
      return `If the sales motion were ${change.to} instead of ${change.from}, "${winnerName}" would win.`;
  }
}

export function formatInput(input: FlipInputKey, value: number): string {
  switch (input) {
    case "arr":
    case "averageDealSize":
      return formatUsd(value, 2);
    case "arrGrowthPerYear":
    case "selfServeBuyingShare":
      return pct(value);
    default:
      return String(round(value, 1));
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function pct(x: number): string {
  return `${round(x * 100, 1)}%`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
