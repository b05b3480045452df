/**
 * Scoring several correlated traits at once.
 *
 * The model is "between-item" multidimensional: every item measures exactly one dimension (its
 * `trait`) with its own graded-response or 2PL parameters, and the dimensions share a multivariate
 * normal prior θ ~ N(0, R) with a correlation matrix R. An answer to a sales statement therefore
 * also says a little about the other sales traits, through R, and nothing is assumed about an item
 * beyond its own dimension.
 *
 * The posterior p(θ | answers) ∝ N(θ; 0, R) · Π_d L_d(θ_d) has one likelihood factor per dimension,
 * L_d(θ_d) = Π over the answered items of d of P(answer | θ_d). Its mean (the EAP estimate) and
 * covariance are found by expectation propagation (Minka 2001): each factor L_d is replaced by a
 * Gaussian "site" exp(−τ_d θ_d²/2 + ν_d θ_d), chosen so that the one-dimensional distribution
 *   cavity_d(θ_d) · L_d(θ_d),   cavity_d = the approximation's marginal of θ_d without site d,
 * has the same mean and variance as the approximation's marginal. Those two moments are computed
 * on the same equally spaced nodes as unidimensional EAP (quadrature.ts), from the same
 * log-probability tables, so the one-dimensional integrals are as exact as EAP's. The sites are
 * swept until they stop changing. Every GRM likelihood is log-concave, so every site has positive
 * precision and the approximation stays a proper Gaussian.
 *
 * Two properties the tests check: with R = I (or one dimension) the result is exactly per-trait EAP,
 * because each cavity is then the N(0, 1) prior and the first sweep already matches the exact
 * marginal; and on 2–3 dimensions the mean and covariance agree with a brute-force grid over the
 * whole posterior.
 */
import { bankLayout, checkedAnswerIds, type BankItem, type CatAnswers } from "./cat";
import { cachedLogProbabilityTable } from "./eap";
import { invert, logDeterminantSpd } from "./linear-algebra";
import { normalQuadrature, type Quadrature } from "./quadrature";

/** A multivariate normal prior with zero means and unit variances. */
export interface TraitPrior {
  /** The dimensions, in the order of the matrix's rows. */
  traits: readonly string[];
  /** Correlation matrix: symmetric, unit diagonal, positive-definite. */
  correlation: readonly (readonly number[])[];
}

export interface MultidimensionalPosterior {
  traits: readonly string[];
  /** Posterior means (EAP estimates), in prior order. */
  mean: Float64Array;
  /** Posterior covariance, D × D row-major. */
  covariance: Float64Array;
  /** Answered items per dimension. */
  answered: Int32Array;
}

/**
 * The smallest conditional prior SD a dimension may have given all the others. The moments are
 * computed on nodes 0.2 apart; a cavity narrower than about 1.5 node spacings would make them
 * coarse. 0.3 allows correlations far above any between distinct traits.
 */
const MIN_CONDITIONAL_SD = 0.3;
const MAX_SWEEPS = 50;
const TOLERANCE = 1e-10;

/** Problems that make a prior unusable; empty when it is valid. */
export function priorProblems(prior: TraitPrior): string[] {
  const problems: string[] = [];
  const n = prior.traits.length;
  if (n === 0) return ["the prior has no dimensions"];
  if (new Set(prior.traits).size !== n) problems.push("the prior names a dimension twice");
  const r = prior.correlation;
  if (r.length !== n || r.some((row) => row.length !== n))
    return [...problems, `the matrix must be ${n} × ${n}`];
  for (let i = 0; i < n; i++) {
    if (Math.abs(r[i]![i]! - 1) > 1e-12) problems.push(`${prior.traits[i]}: the diagonal must be 1`);
    for (let j = 0; j < i; j++) {
      const value = r[i]![j]!;
      if (!Number.isFinite(value) || Math.abs(value - r[j]![i]!) > 1e-12)
        problems.push(`${prior.traits[i]}, ${prior.traits[j]}: the matrix must be symmetric`);
      else if (Math.abs(value) >= 1)
        problems.push(`${prior.traits[i]}, ${prior.traits[j]}: |r| must be below 1`);
    }
  }
  if (problems.length > 0) return problems;
  const matrix = r.map((row) => [...row]);
  if (!Number.isFinite(logDeterminantSpd(matrix))) return ["the matrix is not positive-definite"];
  const precision = invert(matrix)!;
  for (let i = 0; i < n; i++) {
    if (1 / precision[i]![i]! < MIN_CONDITIONAL_SD ** 2)
      problems.push(
        `${prior.traits[i]}: the other traits predict it almost exactly (conditional SD < ${MIN_CONDITIONAL_SD})`,
      );
  }
  return problems;
}

export function assertValidPrior(prior: TraitPrior): void {
  const problems = priorProblems(prior);
  if (problems.length > 0) throw new RangeError(`invalid trait prior: ${problems.join("; ")}`);
}

/** The identity prior on the given dimensions: uncorrelated traits. */
export function independentPrior(traits: readonly string[]): TraitPrior {
  return { traits, correlation: traits.map((_, i) => traits.map((__, j) => (i === j ? 1 : 0))) };
}

interface PreparedPrior {
  index: ReadonlyMap<string, number>;
  correlation: Float64Array;
}

// Pure memoisation: a version's prior is validated and laid out once, not at every step.
const preparedPriors = new WeakMap<TraitPrior, PreparedPrior>();

function prepare(prior: TraitPrior): PreparedPrior {
  const cached = preparedPriors.get(prior);
  if (cached) return cached;
  assertValidPrior(prior);
  const n = prior.traits.length;
  const correlation = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) correlation[i * n + j] = prior.correlation[i]![j]!;
  const prepared = { index: new Map(prior.traits.map((t, i) => [t, i])), correlation };
  preparedPriors.set(prior, prepared);
  return prepared;
}

/** The index of every bank item's dimension in the prior; throws for a dimension the prior lacks. */
export function priorIndex(prior: TraitPrior): ReadonlyMap<string, number> {
  return prepare(prior).index;
}

/**
 * Mean and variance of cavity(θ) · L(θ) on the nodes, where log L is `logLikelihood` (one value per
 * node) and the cavity is N(mean, variance).
 */
function tiltedMoments(
  logLikelihood: Float64Array,
  offset: number,
  nodes: Float64Array,
  cavityMean: number,
  cavityVariance: number,
  out: Float64Array,
): void {
  const count = nodes.length;
  const halfPrecision = 0.5 / cavityVariance;
  let max = Number.NEGATIVE_INFINITY;
  for (let q = 0; q < count; q++) {
    const x = nodes[q]! - cavityMean;
    const value = logLikelihood[offset + q]! - halfPrecision * x * x;
    if (value > max) max = value;
  }
  let total = 0;
  let first = 0;
  let second = 0;
  for (let q = 0; q < count; q++) {
    const x = nodes[q]! - cavityMean;
    const weight = Math.exp(logLikelihood[offset + q]! - halfPrecision * x * x - max);
    total += weight;
    first += weight * nodes[q]!;
    second += weight * nodes[q]! * nodes[q]!;
  }
  const mean = first / total;
  out[0] = mean;
  out[1] = Math.max(second / total - mean * mean, 1e-12);
}

/**
 * The posterior of every dimension of `prior` given the answers to items of `bank` (item id →
 * category on the keyed scale). Items whose dimension the prior does not name are an error.
 */
export function multidimensionalPosterior(
  bank: readonly BankItem[],
  prior: TraitPrior,
  answers: CatAnswers,
  quadrature: Quadrature = normalQuadrature(),
): MultidimensionalPosterior {
  const { index, correlation } = prepare(prior);
  const n = prior.traits.length;
  const nodes = quadrature.nodes;
  const nodeCount = nodes.length;
  const layout = bankLayout(bank);
  const ids = checkedAnswerIds(layout, answers);

  const logLikelihood = new Float64Array(n * nodeCount);
  const answered = new Int32Array(n);
  for (const id of ids) {
    const item = layout.byId.get(id)!;
    const d = index.get(item.trait);
    if (d === undefined) throw new RangeError(`item ${id}: the prior has no dimension ${item.trait}`);
    const category = answers instanceof Map ? answers.get(id)! : (answers as Record<string, number>)[id]!;
    const table = cachedLogProbabilityTable(item, quadrature);
    const from = category * nodeCount;
    const to = d * nodeCount;
    for (let q = 0; q < nodeCount; q++) logLikelihood[to + q]! += table[from + q]!;
    answered[d]!++;
  }

  const covariance = Float64Array.from(correlation);
  const mean = new Float64Array(n);
  const tau = new Float64Array(n);
  const nu = new Float64Array(n);
  const column = new Float64Array(n);
  const tilted = new Float64Array(2);
  // μ = Σν. Each site update needs only its own dimension's mean, so that one is computed when it
  // is needed and all of them once at the end: the same sums as recomputing all after every
  // update, at a twelfth of the cost.
  const meanOf = (i: number) => {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += covariance[i * n + j]! * nu[j]!;
    return sum;
  };
  let updated = false;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let change = 0;
    for (let d = 0; d < n; d++) {
      if (answered[d] === 0) continue;
      const variance = covariance[d * n + d]!;
      const cavityPrecision = 1 / variance - tau[d]!;
      const cavityShift = (updated ? meanOf(d) : 0) / variance - nu[d]!;
      const cavityVariance = 1 / cavityPrecision;
      tiltedMoments(
        logLikelihood,
        d * nodeCount,
        nodes,
        cavityShift * cavityVariance,
        cavityVariance,
        tilted,
      );
      const tiltedMean = tilted[0]!;
      const tiltedVariance = tilted[1]!;
      const newTau = 1 / tiltedVariance - cavityPrecision;
      const newNu = tiltedMean / tiltedVariance - cavityShift;
      const deltaTau = newTau - tau[d]!;
      const denominator = 1 + deltaTau * variance;
      // A site may only sharpen the approximation or loosen it while it stays a proper Gaussian.
      if (!(denominator > 1e-12)) continue;
      // Σ' = (Σ⁻¹ + Δτ e_d e_dᵀ)⁻¹ = Σ − Δτ/(1 + Δτ Σ_dd) · Σ_·d Σ_d· (Sherman–Morrison).
      const k = deltaTau / denominator;
      for (let i = 0; i < n; i++) column[i] = covariance[i * n + d]!;
      for (let i = 0; i < n; i++) {
        const ki = k * column[i]!;
        for (let j = 0; j < n; j++) covariance[i * n + j]! -= ki * column[j]!;
      }
      change = Math.max(change, Math.abs(deltaTau), Math.abs(newNu - nu[d]!));
      tau[d] = newTau;
      nu[d] = newNu;
      updated = true;
    }
    if (change < TOLERANCE) break;
  }
  if (updated) for (let i = 0; i < n; i++) mean[i] = meanOf(i);
  return { traits: prior.traits, mean, covariance, answered };
}

/** Posterior SD of dimension d. */
export function posteriorSe(posterior: MultidimensionalPosterior, d: number): number {
  return Math.sqrt(posterior.covariance[d * posterior.traits.length + d]!);
}
