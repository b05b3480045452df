/**
 * Criterion validity: how strongly a score goes with an outcome (a later performance rating,
 * quota attainment), with its uncertainty and the two classic corrections.
 *
 * - Pearson r; 95% interval by Fisher's z: z = atanh r, SE = 1/√(n − 3), back by tanh.
 * - p (two-sided) from t = r·√((n − 2)/(1 − r²)) with n − 2 degrees of freedom.
 * - Criterion unreliability: r / √r_yy (Spearman's correction for attenuation, criterion only,
 *   because decisions are made with the fallible predictor as it is).
 * - Direct range restriction (Thorndike's Case II): with u = unrestricted SD ÷ restricted SD of
 *   the predictor, r_c = u·r / √(1 + (u² − 1)·r²). Applied after the criterion correction
 *   (the order Hunter & Schmidt recommend for direct restriction on the predictor).
 */
import { mean } from "./descriptive";
import { studentTTwoSided } from "./distributions";

export interface ValidityResult {
  n: number;
  r: number;
  /** Fisher-z 95% interval; [NaN, NaN] below four pairs. */
  ci95: [number, number];
  p: number;
  /** r after the corrections that were given, in the order above; r itself when none. */
  rCorrected: number;
}

export interface ValidityCorrections {
  /** Reliability of the criterion, in (0, 1]. */
  criterionReliability?: number;
  /** u = predictor SD among all applicants ÷ predictor SD among those in the sample (> 0). */
  rangeRestrictionRatio?: number;
}

const Z_975 = 1.959963984540054;

/** Pearson r with the population formula's ratio (the n − 1 factors cancel). NaN if a side is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x),
    my = mean(y);
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export function fisherInterval(r: number, n: number): [number, number] {
  if (n < 4 || !Number.isFinite(r)) return [Number.NaN, Number.NaN];
  if (Math.abs(r) >= 1) return [r, r];
  const z = Math.atanh(r),
    se = 1 / Math.sqrt(n - 3);
  return [Math.tanh(z - Z_975 * se), Math.tanh(z + Z_975 * se)];
}

export function correlationP(r: number, n: number): number {
  if (n < 3 || !Number.isFinite(r)) return Number.NaN;
  if (Math.abs(r) >= 1) return 0;
  return studentTTwoSided(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
}

export function correctForCriterionUnreliability(r: number, reliability: number): number {
  return clampCorrelation(r / Math.sqrt(reliability));
}

export function correctForRangeRestriction(r: number, u: number): number {
  return (u * r) / Math.sqrt(1 + (u * u - 1) * r * r);
}

// Sampling error can push a disattenuated r past ±1; a correlation cannot be larger.
function clampCorrelation(r: number): number {
  return Math.max(-1, Math.min(1, r));
}

/** Sample SD (n − 1), the one the range-restriction ratio is built from. */
export function sampleSd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

export function criterionValidity(
  predictor: readonly number[],
  criterion: readonly number[],
  corrections: ValidityCorrections = {},
): ValidityResult {
  if (predictor.length !== criterion.length)
    throw new RangeError("predictor and criterion need the same length");
  const n = predictor.length;
  const r = n >= 2 ? pearson(predictor, criterion) : Number.NaN;
  let rCorrected = r;
  if (corrections.criterionReliability !== undefined)
    rCorrected = correctForCriterionUnreliability(rCorrected, corrections.criterionReliability);
  if (corrections.rangeRestrictionRatio !== undefined)
    rCorrected = correctForRangeRestriction(rCorrected, corrections.rangeRestrictionRatio);
  return { n, r, ci95: fisherInterval(r, n), p: correlationP(r, n), rCorrected };
}

/** Below this many pairs a validity coefficient is mostly noise; the app says so loudly. */
export const VALIDITY_SMALL_SAMPLE = 30;
