/** Small descriptive statistics shared by reliability, quality, norms and the simulations. */

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Sample covariance with the n − 1 denominator, as statistics packages report it. */
export function sampleCovariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new RangeError("covariance needs two equally long series");
  const mx = mean(x);
  const my = mean(y);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += (x[i]! - mx) * (y[i]! - my);
  return sum / (x.length - 1);
}

export function sampleVariance(values: ArrayLike<number>): number {
  return sampleCovariance(values, values);
}

/** Pearson correlation; NaN when either series is constant (the caller decides what that means). */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return sampleCovariance(x, y) / Math.sqrt(sampleVariance(x) * sampleVariance(y));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((p, q) => p - q);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function rootMeanSquareError(estimates: ArrayLike<number>, truth: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < estimates.length; i++) sum += (estimates[i]! - truth[i]!) ** 2;
  return Math.sqrt(sum / estimates.length);
}
