import { describe, expect, it } from "vitest";
import { choleskyLower, invert, logDeterminantSpd, solveLinearSystem } from "./linear-algebra";
import { mulberry32 } from "./prng";

describe("linear algebra", () => {
  it("solves, inverts and takes log-determinants", () => {
    const a = [
      [4, 1, 0.5],
      [1, 3, 0.2],
      [0.5, 0.2, 2],
    ];
    const x = solveLinearSystem(a, [1, 2, 3])!;
    for (let r = 0; r < 3; r++)
      expect(a[r]!.reduce((s, v, c) => s + v * x[c]!, 0)).toBeCloseTo([1, 2, 3][r]!, 12);
    const inverse = invert(a)!;
    expect(a[0]!.reduce((s, v, c) => s + v * inverse[c]![0]!, 0)).toBeCloseTo(1, 12);
    const det = 4 * (3 * 2 - 0.04) - 1 * (1 * 2 - 0.1) + 0.5 * (0.2 - 1.5);
    expect(logDeterminantSpd(a)).toBeCloseTo(Math.log(det), 12);
    const lower = choleskyLower(a)!;
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) {
        if (c > r) expect(lower[r]![c]).toBe(0);
        expect(lower[r]!.reduce((s, v, k) => s + v * lower[c]![k]!, 0)).toBeCloseTo(a[r]![c]!, 12);
      }
    expect(
      solveLinearSystem(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 1],
      ),
    ).toBeNull();
    expect(
      logDeterminantSpd([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNaN();
  });

  it("inverts a 12 × 12 covariance matrix and a matrix that needs row exchanges", () => {
    const random = mulberry32(7);
    // A random covariance matrix: B·Bᵀ + I, the size of the adaptive test's traits.
    const b = Array.from({ length: 12 }, () => Array.from({ length: 12 }, () => random() - 0.5));
    const covariance = b.map((row, i) =>
      b.map((other, j) => row.reduce((s, v, k) => s + v * other[k]!, 0) + (i === j ? 1 : 0)),
    );
    const exchanges = [
      [0, 2, 1],
      [3, 0, 1],
      [1, 1, 0],
    ];
    for (const matrix of [covariance, exchanges]) {
      const inverse = invert(matrix)!;
      for (let r = 0; r < matrix.length; r++)
        for (let c = 0; c < matrix.length; c++)
          expect(matrix[r]!.reduce((s, v, k) => s + v * inverse[k]![c]!, 0)).toBeCloseTo(r === c ? 1 : 0, 10);
    }
    expect(
      invert([
        [1, 2, 3],
        [2, 4, 6],
        [0, 1, 1],
      ]),
    ).toBeNull();
    expect(invert([])).toEqual([]);
  });
});
