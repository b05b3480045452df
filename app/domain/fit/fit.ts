// Role fit from trait estimates, and rankings that do not pretend to more precision than the
// scores have. The model, its reasons and what it assumes are written up in docs/fit-model.md.
//
// Per required trait t (threshold m, optional ceiling M, estimate θ̂ with SE s, EAP posterior
// treated as normal N(θ̂, s²)):
//   p_t = P(true θ ≥ m) = Φ((θ̂ − m)/s), or with a ceiling P(m ≤ θ ≤ M) = Φ((M − θ̂)/s) − Φ((m − θ̂)/s).
// Let I_t ~ Bernoulli(p_t) say whether the person truly meets need t; the traits are independent
// (their scores come from different items). With core weights W_c and useful weights W_u:
//   C = Σ_core w·I / W_c                      the weighted share of the core needs met
//   B = (W_c + Σ_useful w·I) / (W_c + W_u)     the share of all needs met, counting core as met
//   Fit = 100 · E[C·B] = 100 · E[C] · E[B].
// When every core need is met, fit is the plain weighted share of all needs met; when the core
// needs are not met, useful needs cannot make up for them. Traits the role does not require are
// left out entirely: they neither lower fit nor pad it.
// Without ceilings fit only rises when a required θ̂ rises (every p_t rises with θ̂ and both
// factors rise with each p_t).
//
// Interval (80%): Var(C·B) = Var C·Var B + Var C·E[B]² + Var B·E[C]² with
// Var C = Σ_core w²p(1−p) / W_c² and Var B = Σ_useful w²p(1−p) / (W_c + W_u)². The interval is
// fit ± 1.2816·SD (normal approximation), clipped to [0, 100].
//
// Ties: candidate A is placed above B only when P(A's true fit > B's) > 0.75, with
// P(A > B) = Φ((fitA − fitB) / √(sdA² + sdB²)). Walking down the sorted list, each candidate joins
// the tie group of the group's first member while that probability is ≤ 0.75. Labels use standard
// competition ranking: "1", "=2", "=2", "4".
//
// Words: every required trait gets one classification from p_t (classifyProbability) that strengths,
// gaps, the interview guide and the candidate's growth advice all read, so no page contradicts
// another. A clear strength is a need clearly met by someone also clearly above average
// (P(true θ > 0) ≥ 0.8): clearing a bar set below average is meeting the need, not a strength.
import { normalCdf } from "~/domain/psychometrics/norms";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import {
  isRequired,
  type Ceiling,
  type Profile,
  type RequiredTarget,
  type RoleTargets,
  type TraitEstimate,
} from "./types";

/**
 * The fit model that produced a number. Stored with exports and in cache keys; a new model gets a
 * new version and a migration that brings stored role targets to it.
 */
export const FIT_MODEL_VERSION = "threshold-2026-11-30";

const Z80 = 1.2815515655446004;
/** P(A > B) at or below this counts as a tie. */
export const TIE_PROBABILITY = 0.75;
/** A need counts as clearly met (or clearly not met) when p is at least this (at most 1 − this). */
export const CLEAR = 0.8;

/** Probability that the true θ meets the target: at or above `min`, and at or below a ceiling. */
export function probabilityMeets(estimate: TraitEstimate, min: number, ceiling?: Ceiling): number {
  const max = ceiling?.max ?? Infinity;
  if (!(estimate.se > 0)) return estimate.theta >= min && estimate.theta <= max ? 1 : 0;
  const above = normalCdf((estimate.theta - min) / estimate.se);
  const overCeiling = ceiling ? normalCdf((estimate.theta - max) / estimate.se) : 0;
  return Math.max(0, above - overCeiling);
}

/** Signed distance from θ̂ to what the role needs: negative below the threshold, positive above a ceiling, 0 otherwise. */
export function gapToTarget(theta: number, min: number, ceiling?: Ceiling): number {
  if (theta < min) return theta - min;
  if (ceiling && theta > ceiling.max) return theta - ceiling.max;
  return 0;
}

/**
 * The one classification of a trait for a role. "meets": very likely meets the need; "short":
 * very likely does not (below the threshold, or above a ceiling); "uncertain": the questionnaire
 * cannot tell; "not-required": the role does not need the trait.
 */
export type TraitClass = "meets" | "short" | "uncertain" | "not-required";

export function classifyProbability(p: number): Exclude<TraitClass, "not-required"> {
  return p >= CLEAR ? "meets" : 1 - p >= CLEAR ? "short" : "uncertain";
}

/**
 * A clear strength for the role: a need the person clearly meets while also being clearly above the
 * reference group's average (0). A role that asks for little of a trait (a bar below average) is
 * met by an average person, which an expert calls meeting the need, not a strength; for a bar at or
 * above average the two conditions coincide. Traits the role does not require are never one.
 */
export function isClearStrength(t: Pick<TraitFit, "classification" | "aboveAverage">): boolean {
  return t.classification === "meets" && t.aboveAverage >= CLEAR;
}

export interface TraitFit {
  trait: TraitId;
  need: RequiredTarget["need"];
  min: number;
  ceiling?: Ceiling;
  weight: number;
  theta: number;
  se: number;
  /** P(the person truly meets this need). */
  probability: number;
  /** P(the person's true θ is above the reference group's average, 0). */
  aboveAverage: number;
  gap: number;
  /** True when the shortfall is being above the ceiling. */
  overCeiling: boolean;
  classification: Exclude<TraitClass, "not-required">;
}

export interface RoleFit {
  /** 0–100. */
  fit: number;
  /** 80% interval, 0–100. */
  interval: readonly [number, number];
  /** SD of the fit on the 0–100 scale (used for ties). */
  sd: number;
  /** The required traits only, in trait order. */
  traits: TraitFit[];
  model: typeof FIT_MODEL_VERSION;
}

export function roleFit(profile: Profile, targets: RoleTargets): RoleFit {
  let coreW = 0;
  let coreWp = 0;
  let coreVar = 0;
  let usefulW = 0;
  let usefulWp = 0;
  let usefulVar = 0;
  const traits: TraitFit[] = [];
  for (const trait of TRAIT_IDS) {
    const target = targets[trait];
    const estimate = profile[trait];
    if (!target || !estimate || !isRequired(target) || !(target.weight > 0)) continue;
    const p = probabilityMeets(estimate, target.min, target.ceiling);
    const w = target.weight;
    if (target.need === "core") {
      coreW += w;
      coreWp += w * p;
      coreVar += w * w * p * (1 - p);
    } else {
      usefulW += w;
      usefulWp += w * p;
      usefulVar += w * w * p * (1 - p);
    }
    const gap = gapToTarget(estimate.theta, target.min, target.ceiling);
    traits.push({
      trait,
      need: target.need,
      min: target.min,
      ...(target.ceiling ? { ceiling: target.ceiling } : {}),
      weight: w,
      theta: estimate.theta,
      se: estimate.se,
      probability: p,
      aboveAverage: probabilityMeets(estimate, 0),
      gap,
      overCeiling: gap > 0,
      classification: classifyProbability(p),
    });
  }
  if (coreW === 0) throw new RangeError("the role has no core trait in common with the profile");
  const total = coreW + usefulW;
  const meanC = coreWp / coreW;
  const varC = coreVar / (coreW * coreW);
  const meanB = (coreW + usefulWp) / total;
  const varB = usefulVar / (total * total);
  const fit = 100 * meanC * meanB;
  const sd = 100 * Math.sqrt(varC * varB + varC * meanB * meanB + varB * meanC * meanC);
  const interval: [number, number] = [Math.max(0, fit - Z80 * sd), Math.min(100, fit + Z80 * sd)];
  return { fit, interval, sd, traits, model: FIT_MODEL_VERSION };
}

/** P(A's true fit > B's true fit) under independent normal approximations. */
export function probabilityAbove(a: Pick<RoleFit, "fit" | "sd">, b: Pick<RoleFit, "fit" | "sd">): number {
  const spread = Math.hypot(a.sd, b.sd);
  if (spread === 0) return a.fit > b.fit ? 1 : a.fit < b.fit ? 0 : 0.5;
  return normalCdf((a.fit - b.fit) / spread);
}

export interface RankedCandidate<T> {
  candidate: T;
  fit: RoleFit;
  /** Competition rank: 1, 2, 2, 4. */
  rank: number;
  /** "1", "=2", "=2", "4". */
  label: string;
  tied: boolean;
}

/**
 * Sorts by fit (then by `key` for a stable order) and groups near-equal candidates into ties.
 * `fitOf` returns each candidate's RoleFit (computed once per candidate).
 */
export function rankCandidates<T>(
  candidates: readonly T[],
  fitOf: (candidate: T) => RoleFit,
  key: (candidate: T) => string,
): RankedCandidate<T>[] {
  const rows = candidates
    .map((candidate) => ({ candidate, fit: fitOf(candidate), key: key(candidate) }))
    .sort((x, y) => y.fit.fit - x.fit.fit || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const out: RankedCandidate<T>[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (end < rows.length && probabilityAbove(rows[start]!.fit, rows[end]!.fit) <= TIE_PROBABILITY) end++;
    const tied = end - start > 1;
    for (let i = start; i < end; i++) {
      out.push({
        candidate: rows[i]!.candidate,
        fit: rows[i]!.fit,
        rank: start + 1,
        label: `${tied ? "=" : ""}${start + 1}`,
        tied,
      });
    }
    start = end;
  }
  return out;
}
