/** The few dense linear-algebra pieces the estimators need; matrices are arrays of rows. */

export type Matrix = number[][];

/**
 * Solves A x = b by Gaussian elimination with partial pivoting. Returns null for a (numerically)
 * singular system so callers can fall back, e.g. to a gradient step.
 */
export function solveLinearSystem(matrix: Matrix, rhs: readonly number[]): number[] | null {
  const n = rhs.length;
  const a = matrix.map((row) => [...row]);
  const b = [...rhs];
  let scale = 0;
  for (const row of a) for (const value of row) scale = Math.max(scale, Math.abs(value));
  if (scale === 0) return null;
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++)
      if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    if (Math.abs(a[pivot]![column]!) <= 1e-13 * scale) return null;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    [b[column], b[pivot]] = [b[pivot]!, b[column]!];
    for (let row = column + 1; row < n; row++) {
      const factor = a[row]![column]! / a[column]![column]!;
      if (factor === 0) continue;
      for (let k = column; k < n; k++) a[row]![k]! -= factor * a[column]![k]!;
      b[row]! -= factor * b[column]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

/**
 * Lower Cholesky factor L (matrix = L·Lᵀ) of a symmetric positive-definite matrix; null if it is
 * not positive-definite.
 */
export function choleskyLower(matrix: Matrix): Matrix | null {
  const n = matrix.length;
  const lower: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i]![j]!;
      for (let k = 0; k < j; k++) sum -= lower[i]![k]! * lower[j]![k]!;
      if (i === j) {
        if (sum <= 0) return null;
        lower[i]![i] = Math.sqrt(sum);
      } else {
        lower[i]![j] = sum / lower[j]![j]!;
      }
    }
  }
  return lower;
}

/** log-determinant of a symmetric positive-definite matrix by Cholesky; NaN if not positive-definite. */
export function logDeterminantSpd(matrix: Matrix): number {
  const lower = choleskyLower(matrix);
  if (!lower) return Number.NaN;
  let logDet = 0;
  for (let i = 0; i < lower.length; i++) logDet += 2 * Math.log(lower[i]![i]!);
  return logDet;
}

/** Inverse by solving against the identity's columns; only used for small p. */
export function invert(matrix: Matrix): Matrix | null {
  const n = matrix.length;
  const columns: number[][] = [];
  for (let c = 0; c < n; c++) {
    const unit = new Array<number>(n).fill(0);
    unit[c] = 1;
    const column = solveLinearSystem(matrix, unit);
    if (!column) return null;
    columns.push(column);
  }
  return Array.from({ length: n }, (_, r) => columns.map((column) => column[r]!));
}
