/**
 * Classical test statistics for one scale, defined exactly as psych::alpha reports them
 * ("raw_alpha" and "r.drop") so results can be checked against R. All functions take rows that are
 * complete on the scale (listwise deletion is the caller's explicit step via `completeRows`).
 */
import { correlation, sampleVariance } from "./descriptive";
import { fitOneFactorMl, type OneFactorSolution } from "./factor-analysis";
import type { Matrix } from "./linear-algebra";

/** x' = (min + max) − x, so a reverse-keyed item points the same way as the others. */
export function reverseKey(value: number, min: number, max: number): number {
  return min + max - value;
}

/** Rows with an answer on every item (listwise deletion). */
export function completeRows(rows: ReadonlyArray<ReadonlyArray<number | null | undefined>>): number[][] {
  return rows.filter((row) => row.every((value) => value !== null && value !== undefined)) as number[][];
}

function columns(rows: readonly (readonly number[])[]): number[][] {
  const k = rows[0]?.length ?? 0;
  return Array.from({ length: k }, (_, j) => rows.map((row) => row[j]!));
}

function assertEnoughData(rows: readonly (readonly number[])[]): void {
  if (rows.length < 2) throw new RangeError("reliability needs at least two complete rows");
  if ((rows[0]?.length ?? 0) < 2) throw new RangeError("reliability needs at least two items");
}

/** Sample (n − 1) covariance matrix of the items. */
export function covarianceMatrix(rows: readonly (readonly number[])[]): Matrix {
  const cols = columns(rows);
  const n = rows.length;
  const means = cols.map((col) => col.reduce((s, v) => s + v, 0) / n);
  return cols.map((x, j) =>
    cols.map((y, k) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (x[i]! - means[j]!) * (y[i]! - means[k]!);
      return sum / (n - 1);
    }),
  );
}

/** α = k/(k−1) · (1 − Σσ_j² / σ_X²), sample variances. */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number {
  assertEnoughData(rows);
  const cols = columns(rows);
  const k = cols.length;
  const itemVariances = cols.reduce((s, col) => s + sampleVariance(col), 0);
  const totals = rows.map((row) => row.reduce((s, v) => s + v, 0));
  return (k / (k - 1)) * (1 - itemVariances / sampleVariance(totals));
}

/** Correlation of each item with the sum of the other items ("r.drop"). */
export function correctedItemTotalCorrelations(rows: readonly (readonly number[])[]): number[] {
  assertEnoughData(rows);
  const cols = columns(rows);
  const totals = rows.map((row) => row.reduce((s, v) => s + v, 0));
  return cols.map((col) =>
    correlation(
      col,
      totals.map((total, i) => total - col[i]!),
    ),
  );
}

export interface OmegaResult extends OneFactorSolution {
  /** ω = (Σλ)² / ((Σλ)² + Σψ) with covariance-scale loadings. */
  omegaTotal: number;
  /** The same from standardised loadings (what a correlation-matrix analysis reports). */
  omegaTotalStandardized: number;
}

function omegaFrom(loadings: readonly number[], uniquenesses: readonly number[]): number {
  const common = loadings.reduce((s, l) => s + l, 0) ** 2;
  return common / (common + uniquenesses.reduce((s, psi) => s + psi, 0));
}

/** McDonald's omega total from a one-factor ML model fitted to the covariance matrix. */
export function omegaTotalFromCovariance(covariance: Matrix): OmegaResult {
  const solution = fitOneFactorMl(covariance);
  // ML factor analysis is scale-invariant, so standardised values are a rescaling of the same fit.
  const sd = covariance.map((row, j) => Math.sqrt(row[j]!));
  return {
    ...solution,
    omegaTotal: omegaFrom(solution.loadings, solution.uniquenesses),
    omegaTotalStandardized: omegaFrom(
      solution.loadings.map((l, j) => l / sd[j]!),
      solution.uniquenesses.map((psi, j) => psi / covariance[j]![j]!),
    ),
  };
}

export function omegaTotal(rows: readonly (readonly number[])[]): OmegaResult {
  assertEnoughData(rows);
  return omegaTotalFromCovariance(covarianceMatrix(rows));
}
