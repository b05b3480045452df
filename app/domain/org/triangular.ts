/**
 * Triangular distribution: the natural reading of a founder's "between 45 and 90 days, most likely
 * 60". It needs no shape parameters beyond the three numbers they can actually give.
 */

import type { Random } from "../psychometrics/prng";

/** Inverse-CDF draw from Triangular(low, mode, high); one uniform per draw keeps streams aligned. */
export function sampleTriangular(random: Random, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const u = random();
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** Mean of Triangular(low, mode, high), for tests and summaries. */
export function triangularMean(low: number, mode: number, high: number): number {
  return (low + mode + high) / 3;
}
