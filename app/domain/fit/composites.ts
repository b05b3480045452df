// Composite scores with standard errors.
//
// Assumption for every SE here: the errors of different trait estimates are independent. They come
// from disjoint item sets scored separately, so measurement errors are close to independent even
// when the traits themselves correlate in the population. (Under a joint multidimensional model
// this would be revisited.) SEs follow by first-order error propagation (the delta method).
import { MARKETING_TRAITS, SALES_TRAITS, type TraitId } from "~/domain/instrument/types";
import type { Profile, TraitEstimate } from "./types";

function meanOf(profile: Profile, traits: readonly TraitId[]): TraitEstimate {
  let sum = 0;
  let variance = 0;
  for (const t of traits) {
    sum += profile[t].theta;
    variance += profile[t].se ** 2;
  }
  return { theta: sum / traits.length, se: Math.sqrt(variance) / traits.length };
}

/** Mean θ of the five sales traits; SE = √Σ SE² / 5. */
export function salesOrientation(profile: Profile): TraitEstimate {
  return meanOf(profile, SALES_TRAITS);
}

/** Mean θ of the five marketing traits; SE = √Σ SE² / 5. */
export function marketingOrientation(profile: Profile): TraitEstimate {
  return meanOf(profile, MARKETING_TRAITS);
}

/**
 * Sales − marketing orientation from the Likert traits (positive = sales-leaning);
 * SE = √(SE_sales² + SE_marketing²).
 */
export function likertBalance(profile: Profile): TraitEstimate {
  const s = salesOrientation(profile);
  const m = marketingOrientation(profile);
  return { theta: s.theta - m.theta, se: Math.hypot(s.se, m.se) };
}

/**
 * Population SD of the Likert balance if the ten traits were independent N(0,1): √(2/5) ≈ 0.63.
 * The forced-choice balance θ (N(0,1) prior) is multiplied by this to put it on the same scale.
 * Provisional: recalibration should replace it with the observed SD of the Likert balance.
 */
export const FORCED_CHOICE_BALANCE_SCALE = Math.sqrt(2 / 5);

export interface Balance extends TraitEstimate {
  likert: TraitEstimate;
  forcedChoice?: TraitEstimate;
}

/**
 * The sales–marketing balance. With a forced-choice balance estimate, the two are combined by
 * inverse-variance weighting after rescaling the forced-choice θ; the forced-choice part is the
 * one that faking cannot move, so combining mainly protects the balance against inflation.
 */
export function balance(
  profile: Profile,
  forcedChoice?: TraitEstimate,
  scale = FORCED_CHOICE_BALANCE_SCALE,
): Balance {
  const likert = likertBalance(profile);
  if (!forcedChoice || !(forcedChoice.se > 0) || !(likert.se > 0)) return { ...likert, likert };
  const fc = { theta: forcedChoice.theta * scale, se: forcedChoice.se * scale };
  const wl = 1 / likert.se ** 2;
  const wf = 1 / fc.se ** 2;
  return {
    theta: (wl * likert.theta + wf * fc.theta) / (wl + wf),
    se: 1 / Math.sqrt(wl + wf),
    likert,
    forcedChoice: fc,
  };
}

/** Softness of the smooth minimum, in θ units. */
export const VERSATILITY_SOFTNESS = 0.25;

/**
 * Versatility: strong on both sides at once. A smooth minimum of the two orientations,
 * v = −τ·log((e^(−S/τ) + e^(−M/τ)) / 2): it equals S when S = M, follows the weaker side when
 * they differ (never more than τ·log 2 ≈ 0.17 above it), and is differentiable, so its SE is
 * √(w_S²·SE_S² + w_M²·SE_M²) with w_S = e^(−S/τ) / (e^(−S/τ) + e^(−M/τ)), w_M = 1 − w_S.
 */
export function versatility(profile: Profile, tau = VERSATILITY_SOFTNESS): TraitEstimate {
  const s = salesOrientation(profile);
  const m = marketingOrientation(profile);
  const lo = Math.min(s.theta, m.theta);
  // shift by the smaller value before exponentiating so nothing overflows
  const es = Math.exp(-(s.theta - lo) / tau);
  const em = Math.exp(-(m.theta - lo) / tau);
  const theta = lo - tau * Math.log((es + em) / 2);
  const ws = es / (es + em);
  return { theta, se: Math.hypot(ws * s.se, (1 - ws) * m.se) };
}

export interface Composites {
  sales: TraitEstimate;
  marketing: TraitEstimate;
  balance: Balance;
  versatility: TraitEstimate;
}

export function composites(profile: Profile, forcedChoiceBalance?: TraitEstimate): Composites {
  return {
    sales: salesOrientation(profile),
    marketing: marketingOrientation(profile),
    balance: balance(profile, forcedChoiceBalance),
    versatility: versatility(profile),
  };
}
