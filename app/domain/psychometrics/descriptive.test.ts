import { describe, expect, it } from "vitest";
import {
  correlation,
  mean,
  median,
  rootMeanSquareError,
  sampleCovariance,
  sampleVariance,
} from "./descriptive";

describe("descriptive statistics", () => {
  it("uses n − 1 variances and Pearson correlation", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(sampleVariance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 12);
    expect(sampleCovariance([1, 2, 3], [2, 4, 7])).toBeCloseTo(2.5, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });
  it("medians and RMSE", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(rootMeanSquareError([1, 3], [1, 1])).toBeCloseTo(Math.SQRT2, 12);
  });
});
