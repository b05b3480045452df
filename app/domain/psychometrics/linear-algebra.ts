/** The few dense linear-algebra pieces the estimators need; matrices are arrays of rows. */

export type Matrix = number[][];

/** The largest absolute entry: the scale against which a pivot counts as zero. */
function largestMagnitude(matrix: Matrix): number {
  let scale = 0;
  for (const row of matrix) for (const value of row) scale = Math.max(scale, Math.abs(value));
  return scale;
}

/**
 * Partial pivoting: the row at or below `column` with the largest entry in it, or -1 when that
 * entry is (numerically) zero, i.e. the matrix is singular.
 */
function pivotRow(a: Matrix, column: number, scale: number): number {
  let pivot = column;
  for (let row = column + 1; row < a.length; row++)
    if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
  return Math.abs(a[pivot]![column]!) <= 1e-13 * scale ? -1 : pivot;
}

/**
 * Solves A x = b by Gaussian elimination with partial pivoting. Returns null for a (numerically)
 * singular system so callers can fall back, e.g. to a gradient step.
 */
export function solveLinearSystem(matrix: Matrix, rhs: readonly number[]): number[] | null {
  const n = rhs.length;
  const a = matrix.map((row) => [...row]);
  const b = [...rhs];
  const scale = largestMagnitude(a);
  if (scale === 0) return null;
  for (let column = 0; column < n; column++) {
    const pivot = pivotRow(a, column, scale);
    if (pivot < 0) return null;
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

/**
 * Inverse by Gauss–Jordan elimination with partial pivoting, in one pass over [A | I]; null for a
 * (numerically) singular matrix, by the same test as solveLinearSystem. (Solving against each
 * column of the identity in turn had cost n eliminations: the adaptive test inverts a covariance
 * matrix of up to 12 traits for every question, where that was half of choosing the question.)
 */
export function invert(matrix: Matrix): Matrix | null {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const inverse: Matrix = Array.from({ length: n }, (_, r) => {
    const row = new Array<number>(n).fill(0);
    row[r] = 1;
    return row;
  });
  const scale = largestMagnitude(a);
  if (scale === 0) return n === 0 ? [] : null;
  for (let column = 0; column < n; column++) {
    const pivot = pivotRow(a, column, scale);
    if (pivot < 0) return null;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    [inverse[column], inverse[pivot]] = [inverse[pivot]!, inverse[column]!];
    const pivotValues = a[column]!;
    const pivotInverse = inverse[column]!;
    const divisor = pivotValues[column]!;
    for (let k = 0; k < n; k++) {
      pivotValues[k]! /= divisor;
      pivotInverse[k]! /= divisor;
    }
    for (let row = 0; row < n; row++) {
      if (row === column) continue;
      const factor = a[row]![column]!;
      if (factor === 0) continue;
      const target = a[row]!;
      const targetInverse = inverse[row]!;
      for (let k = column; k < n; k++) target[k]! -= factor * pivotValues[k]!;
      for (let k = 0; k < n; k++) targetInverse[k]! -= factor * pivotInverse[k]!;
    }
  }
  return inverse;
}
