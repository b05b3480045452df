/**
 * Norms: θ against the calibration reference group N(0,1), and local norms from a workspace's own
 * stored scores. The erf here is accurate to about 1e-15, because percentiles far in the tails are
 * shown to people and a 1e-7 approximation (Abramowitz–Stegun 7.1.26) would be visibly off there.
 */

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** erfc(x) for x ≥ 2 by its continued fraction, evaluated with the modified Lentz method. */
function erfcContinuedFraction(x: number): number {
  // erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = x + an * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + an / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** erf(x) by its Maclaurin series, for |x| < 2 where it converges without much cancellation. */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const contribution = term / (2 * n + 1);
    sum += contribution;
    if (Math.abs(contribution) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) < 2) return erfSeries(x);
  const tail = erfcContinuedFraction(Math.abs(x));
  return x > 0 ? 1 - tail : tail - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x >= 2) return erfcContinuedFraction(x);
  if (x <= -2) return 2 - erfcContinuedFraction(-x);
  return 1 - erfSeries(x);
}

/** Φ(x), accurate in both tails because it goes through erfc rather than 1 − something. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Percentile (0–100) of θ against the N(0,1) calibration reference group. */
export function referencePercentile(theta: number): number {
  return 100 * normalCdf(theta);
}

export const LOCAL_NORM_MINIMUM = 30;

export interface LocalPercentile {
  /** Empirical percentile with mid-rank ties: 100 · (below + ½ · equal) / n; null when n = 0. */
  percentile: number | null;
  n: number;
  /** True when fewer than LOCAL_NORM_MINIMUM scores exist: shown, if at all, with a warning. */
  tooFewScores: boolean;
  note: string | null;
}

export function localPercentile(
  score: number,
  storedScores: readonly number[],
  minimum = LOCAL_NORM_MINIMUM,
): LocalPercentile {
  const scores = storedScores.filter(Number.isFinite);
  const n = scores.length;
  let below = 0;
  let equal = 0;
  for (const value of scores) {
    if (value < score) below++;
    else if (value === score) equal++;
  }
  const tooFewScores = n < minimum;
  return {
    percentile: n === 0 ? null : (100 * (below + 0.5 * equal)) / n,
    n,
    tooFewScores,
    note: tooFewScores
      ? `Only ${n} completed attempts in this workspace; local norms need at least ${minimum} to mean much.`
      : null,
  };
}
