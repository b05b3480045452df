/**
 * The correlations between traits, estimated from people's per-trait EAP scores.
 *
 * Scores are shrunk and noisy, so their correlation understates the traits' own. Under the normal
 * prior of EAP, a score is θ̂ = ρ·(θ + e) to a first approximation, with ρ the reliability of that
 * trait's scores; then corr(θ̂_i, θ̂_j) = √(ρ_i ρ_j) · r_ij, and the classical correction for
 * attenuation (Spearman 1904) recovers r_ij = corr(θ̂_i, θ̂_j) / √(ρ_i ρ_j). The reliability is the
 * empirical one of EAP scores, ρ = var(θ̂) / (var(θ̂) + mean(SE²)), computed over the same people as
 * the correlation (adaptive tests give people different numbers of items).
 *
 * A pair of traits is estimated only when at least `minPeople` people have scores on both; other
 * pairs keep the starting value. Corrected correlations are capped at ±0.95, and if the matrix that
 * results is not a valid prior (positive-definite, no trait almost predicted by the others:
 * multidimensional.ts) its off-diagonal part is shrunk toward zero in 5% steps until it is, so that
 * the result is always usable.
 */
import { priorProblems, type TraitPrior } from "./multidimensional";

export interface TraitScoreSample {
  theta: number;
  se: number;
}

export interface TraitCorrelationEstimate {
  prior: TraitPrior;
  /** Pairs (i < j) estimated from the data; the others kept their starting value. */
  estimatedPairs: number;
  keptPairs: number;
  /** The factor the off-diagonal part was multiplied by to keep the matrix positive-definite (1 = none). */
  shrinkage: number;
}

const MAX_CORRELATION = 0.95;

function pairCorrelation(
  people: ReadonlyArray<ReadonlyArray<TraitScoreSample | null>>,
  i: number,
  j: number,
  minPeople: number,
): number | null {
  const both = people.filter((row) => row[i] && row[j]);
  const n = both.length;
  if (n < minPeople) return null;
  let mi = 0;
  let mj = 0;
  for (const row of both) {
    mi += row[i]!.theta;
    mj += row[j]!.theta;
  }
  mi /= n;
  mj /= n;
  let vi = 0;
  let vj = 0;
  let cij = 0;
  let ei = 0;
  let ej = 0;
  for (const row of both) {
    const di = row[i]!.theta - mi;
    const dj = row[j]!.theta - mj;
    vi += di * di;
    vj += dj * dj;
    cij += di * dj;
    ei += row[i]!.se ** 2;
    ej += row[j]!.se ** 2;
  }
  vi /= n - 1;
  vj /= n - 1;
  cij /= n - 1;
  ei /= n;
  ej /= n;
  if (!(vi > 0 && vj > 0)) return null;
  const reliabilityI = vi / (vi + ei);
  const reliabilityJ = vj / (vj + ej);
  const observed = cij / Math.sqrt(vi * vj);
  const corrected = observed / Math.sqrt(reliabilityI * reliabilityJ);
  return Math.max(-MAX_CORRELATION, Math.min(MAX_CORRELATION, corrected));
}

/**
 * `people[p][d]` is person p's score on dimension d of `start` (null when they answered nothing of
 * it). Dimensions listed in `fixed` keep their starting correlations with every other dimension.
 */
export function estimateTraitCorrelations(
  start: TraitPrior,
  people: ReadonlyArray<ReadonlyArray<TraitScoreSample | null>>,
  options: { minPeople: number; fixed?: readonly string[] },
): TraitCorrelationEstimate {
  const d = start.traits.length;
  const fixed = new Set(options.fixed ?? []);
  const raw = start.correlation.map((row) => [...row]);
  let estimatedPairs = 0;
  let keptPairs = 0;
  for (let i = 0; i < d; i++) {
    for (let j = i + 1; j < d; j++) {
      const value =
        fixed.has(start.traits[i]!) || fixed.has(start.traits[j]!)
          ? null
          : pairCorrelation(people, i, j, options.minPeople);
      if (value === null) {
        keptPairs++;
        continue;
      }
      estimatedPairs++;
      raw[i]![j] = value;
      raw[j]![i] = value;
    }
  }
  let shrinkage = 1;
  const shrunk = () =>
    raw.map((row, i) => row.map((value, j) => (i === j ? 1 : Math.round(value * shrinkage * 1000) / 1000)));
  const prior = (): TraitPrior => ({ traits: [...start.traits], correlation: shrunk() });
  let result = prior();
  while (priorProblems(result).length > 0 && shrinkage > 0) {
    shrinkage = Math.max(0, Math.round((shrinkage - 0.05) * 100) / 100);
    result = prior();
  }
  return { prior: result, estimatedPairs, keptPairs, shrinkage };
}
