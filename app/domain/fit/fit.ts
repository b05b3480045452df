// Role fit from trait estimates, and rankings that do not pretend to more precision than the
// scores have.
//
// Per trait: p = P(true θ in [low, high] | θ̂, SE) = Φ((high − θ̂)/SE) − Φ((low − θ̂)/SE), treating
// the EAP posterior as normal N(θ̂, SE²).
// Fit = 100 · Σ w·p / Σ w: the expected weighted share of the role's traits on which the person
// truly sits inside the band.
// Interval (80%): trait errors are assumed independent (they come from different items), so the
// true weighted share F = Σ w·I_t / Σ w, with I_t ~ Bernoulli(p_t), has variance
// Σ w²·p(1−p) / (Σ w)². The interval is fit ± 1.2816·SD (normal approximation), clipped to
// [0, 100]. It is wide when several traits could fall either side of their band edge, and narrow
// when every trait is clearly inside or clearly outside; the fit point always lies inside it.
//
// Ties: candidate A is placed above B only when P(A's true fit > B's) > 0.75, with
// P(A > B) = Φ((fitA − fitB) / √(sdA² + sdB²)). Walking down the sorted list, each candidate joins
// the tie group of the group's first member while that probability is ≤ 0.75. Labels use standard
// competition ranking: "1", "=2", "=2", "4".
import { normalCdf } from "~/domain/psychometrics/norms";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import type { Profile, RoleTargets, TraitEstimate } from "./types";

const Z80 = 1.2815515655446004;
/** P(A > B) at or below this counts as a tie. */
export const TIE_PROBABILITY = 0.75;

/** Probability that the true θ lies in [low, high]. A zero SE means θ̂ is taken as exact. */
export function probabilityInBand(estimate: TraitEstimate, band: readonly [number, number]): number {
  const [low, high] = band;
  if (!(estimate.se > 0)) return estimate.theta >= low && estimate.theta <= high ? 1 : 0;
  return Math.max(0, normalCdf((high - estimate.theta) / estimate.se) - normalCdf((low - estimate.theta) / estimate.se));
}

/** Signed distance from θ̂ to the band: negative below it, positive above it, 0 inside. */
export function gapToBand(theta: number, band: readonly [number, number]): number {
  if (theta < band[0]) return theta - band[0];
  if (theta > band[1]) return theta - band[1];
  return 0;
}

export interface TraitFit {
  trait: TraitId;
  band: readonly [number, number];
  weight: number;
  theta: number;
  se: number;
  probability: number;
  gap: number;
}

export interface RoleFit {
  /** 0–100. */
  fit: number;
  /** 80% interval, 0–100. */
  interval: readonly [number, number];
  /** SD of the fit on the 0–100 scale (used for ties). */
  sd: number;
  traits: TraitFit[];
}

export function roleFit(profile: Profile, targets: RoleTargets): RoleFit {
  let sumW = 0;
  let sumWp = 0;
  let sumVar = 0;
  const traits: TraitFit[] = [];
  for (const trait of TRAIT_IDS) {
    const target = targets[trait];
    const estimate = profile[trait];
    if (!target || !estimate || !(target.weight > 0)) continue;
    const p = probabilityInBand(estimate, target.band);
    sumW += target.weight;
    sumWp += target.weight * p;
    sumVar += target.weight * target.weight * p * (1 - p);
    traits.push({ trait, band: target.band, weight: target.weight, theta: estimate.theta, se: estimate.se, probability: p, gap: gapToBand(estimate.theta, target.band) });
  }
  if (sumW === 0) throw new RangeError("the role has no weighted traits in common with the profile");
  const fit = (100 * sumWp) / sumW;
  const sd = (100 * Math.sqrt(sumVar)) / sumW;
  const interval: [number, number] = [Math.max(0, fit - Z80 * sd), Math.min(100, fit + Z80 * sd)];
  return { fit, interval, sd, traits };
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
      out.push({ candidate: rows[i]!.candidate, fit: rows[i]!.fit, rank: start + 1, label: `${tied ? "=" : ""}${start + 1}`, tied });
    }
    start = end;
  }
  return out;
}
