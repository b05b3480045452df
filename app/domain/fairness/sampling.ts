// How far a rate computed from a small group can be trusted. Bias audits compare rates of groups
// that often hold a handful of people, where a ratio below four fifths can easily be chance; these
// two figures let the reader see that instead of reading the flag as a finding.
//
// - Wilson score interval (Wilson 1927) for a proportion: stays inside [0, 1] and behaves well at
//   0% and 100%, unlike the normal approximation.
// - Fisher's exact test (two-sided, summing every table at most as likely as the observed one) for
//   the 2×2 table group vs comparison group × selected vs not: exact at any sample size.

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/** The 95% Wilson score interval of hits / n, as [low, high]. */
export function wilsonInterval(hits: number, n: number, z = Z_95): [number, number] {
  if (!Number.isInteger(hits) || !Number.isInteger(n) || n <= 0 || hits < 0 || hits > n)
    throw new RangeError("need 0 ≤ hits ≤ n, n ≥ 1");
  const p = hits / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exact at the ends: 0 hits cannot have a low above 0, all hits cannot have a high below 1.
  return [hits === 0 ? 0 : Math.max(0, centre - half), hits === n ? 1 : Math.min(1, centre + half)];
}

function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) out[i] = out[i - 1]! + Math.log(i);
  return out;
}

/**
 * Two-sided p-value of Fisher's exact test for hitsA of nA against hitsB of nB: the probability,
 * with the margins fixed, of a table at most as likely as the one observed.
 */
export function fisherExactP(hitsA: number, nA: number, hitsB: number, nB: number): number {
  for (const [h, n] of [
    [hitsA, nA],
    [hitsB, nB],
  ] as const) {
    if (!Number.isInteger(h) || !Number.isInteger(n) || n <= 0 || h < 0 || h > n)
      throw new RangeError("need 0 ≤ hits ≤ n, n ≥ 1");
  }
  const total = nA + nB;
  const hits = hitsA + hitsB;
  const lf = logFactorials(total);
  // Hypergeometric probability that group A holds k of the hits.
  const logP = (k: number) =>
    lf[hits]! +
    lf[total - hits]! +
    lf[nA]! +
    lf[nB]! -
    lf[total]! -
    lf[k]! -
    lf[hits - k]! -
    lf[nA - k]! -
    lf[nB - hits + k]!;
  const observed = logP(hitsA);
  let p = 0;
  for (let k = Math.max(0, hits - nB); k <= Math.min(hits, nA); k++) {
    const lp = logP(k);
    // A relative tolerance so tables exactly as likely as the observed one are not lost to rounding.
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
