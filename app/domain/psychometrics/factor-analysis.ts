/**
 * One-factor maximum-likelihood factor analysis of a covariance matrix, Σ = λλᵀ + Ψ, minimising
 *   F = log|Σ| + tr(SΣ⁻¹) − log|S| − p.
 *
 * Algorithm: the EM algorithm for factor analysis (Rubin & Thayer 1982), which decreases F at every
 * cycle and needs only O(p²) work because, with one factor, Σ⁻¹ follows from Woodbury's identity.
 * Heywood cases: after each cycle ψ_j is bounded below by 0.005·S_jj (R's factanal uses the same
 * 0.005 bound on the correlation scale). Stops when F changes by < 1e-12 or after 100,000 cycles.
 */
import { logDeterminantSpd, type Matrix } from "./linear-algebra";

export interface OneFactorSolution {
  /** Loadings on the covariance scale, signed so that their sum is positive. */
  loadings: number[];
  /** Unique variances ψ_j. */
  uniquenesses: number[];
  /** The ML discrepancy F at the solution (0 = perfect fit). */
  discrepancy: number;
  iterations: number;
  converged: boolean;
  /** Items whose ψ sits on the lower bound. */
  heywood: boolean[];
}

export const HEYWOOD_SHARE = 0.005;

/** F for given loadings and uniquenesses, through Woodbury so no p×p inverse is formed. */
export function mlDiscrepancy(
  covariance: Matrix,
  loadings: readonly number[],
  uniquenesses: readonly number[],
): number {
  const p = loadings.length;
  const scaled = loadings.map((l, j) => l / uniquenesses[j]!);
  let c = 0;
  for (let j = 0; j < p; j++) c += loadings[j]! * scaled[j]!;
  let logDetSigma = Math.log(1 + c);
  let trace = 0;
  let quadratic = 0;
  for (let j = 0; j < p; j++) {
    logDetSigma += Math.log(uniquenesses[j]!);
    trace += covariance[j]![j]! / uniquenesses[j]!;
    for (let k = 0; k < p; k++) quadratic += scaled[j]! * covariance[j]![k]! * scaled[k]!;
  }
  return logDetSigma + trace - quadratic / (1 + c) - logDeterminantSpd(covariance) - p;
}

export function fitOneFactorMl(
  covariance: Matrix,
  maxIterations = 100_000,
  tolerance = 1e-12,
): OneFactorSolution {
  const p = covariance.length;
  if (p < 2) throw new RangeError("a factor model needs at least two variables");
  if (!Number.isFinite(logDeterminantSpd(covariance))) {
    throw new RangeError(
      "the covariance matrix is not positive definite (an item may be constant or a copy of another)",
    );
  }
  const floor = covariance.map((row, j) => HEYWOOD_SHARE * row[j]!);
  // Start from the usual communality guess: ψ_j = (1 − R²_j-ish) approximated by half the variance.
  let uniquenesses = covariance.map((row, j) => 0.5 * row[j]!);
  let loadings = covariance.map((row, j) => Math.sqrt(0.5 * row[j]!));
  let previous = mlDiscrepancy(covariance, loadings, uniquenesses);
  let iterations = 0;
  let converged = false;
  const sBeta = new Array<number>(p).fill(0);
  while (iterations < maxIterations) {
    iterations++;
    // E-step: β = λᵀΣ⁻¹ = (λ/ψ)ᵀ / (1 + λᵀΨ⁻¹λ).
    let c = 0;
    for (let j = 0; j < p; j++) c += (loadings[j]! * loadings[j]!) / uniquenesses[j]!;
    const beta = loadings.map((l, j) => l / uniquenesses[j]! / (1 + c));
    let betaLambda = 0;
    let betaSBeta = 0;
    for (let j = 0; j < p; j++) {
      let sum = 0;
      for (let k = 0; k < p; k++) sum += covariance[j]![k]! * beta[k]!;
      sBeta[j] = sum;
      betaLambda += beta[j]! * loadings[j]!;
      betaSBeta += beta[j]! * sum;
    }
    // M-step: λ = Sβᵀ / E[z²], ψ = diag(S − λβS).
    const factorMoment = 1 - betaLambda + betaSBeta;
    loadings = sBeta.map((value) => value / factorMoment);
    uniquenesses = covariance.map((row, j) => Math.max(row[j]! - loadings[j]! * sBeta[j]!, floor[j]!));
    const current = mlDiscrepancy(covariance, loadings, uniquenesses);
    if (Math.abs(previous - current) < tolerance) {
      previous = current;
      converged = true;
      break;
    }
    previous = current;
  }
  const sign = loadings.reduce((s, l) => s + l, 0) < 0 ? -1 : 1;
  return {
    loadings: loadings.map((l) => sign * l),
    uniquenesses,
    discrepancy: previous,
    iterations,
    converged,
    heywood: uniquenesses.map((psi, j) => psi <= floor[j]! * (1 + 1e-9)),
  };
}
