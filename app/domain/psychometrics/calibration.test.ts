import { describe, expect, it } from "vitest";
import { calibrateGrm, toModelCategory } from "./calibration";
import { correlation, mean, rootMeanSquareError } from "./descriptive";
import { type GrmItem, sampleCategory } from "./grm";
import { mulberry32, normalSampler } from "./prng";

function simulate(items: GrmItem[], n: number, seed: number, missingShare = 0) {
  const random = mulberry32(seed);
  const normal = normalSampler(random);
  const thetas: number[] = [];
  const rows: (number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const theta = normal();
    thetas.push(theta);
    rows.push(items.map((item) => (random() < missingShare ? null : sampleCategory(item, theta, random()))));
  }
  return { thetas, rows };
}

function makeItems(count: number, categories: number, seed: number): GrmItem[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const a = 0.8 + random() * 1.7;
    const location = (random() - 0.5) * 2;
    const b = Array.from(
      { length: categories - 1 },
      (_, k) => location + (k - (categories - 2) / 2) * 0.9 + (random() - 0.5) * 0.3,
    );
    return { a, b };
  });
}

describe("MML-EM calibration", () => {
  it("recovers GRM parameters from 2,000 simulated people", () => {
    const truth = makeItems(10, 5, 21);
    const { rows } = simulate(truth, 2000, 5);
    const result = calibrateGrm(rows);
    expect(result.converged).toBe(true);
    const aHat = result.items.map((item) => item.a);
    const aTrue = truth.map((item) => item.a);
    const bHat = result.items.flatMap((item) => item.b);
    const bTrue = truth.flatMap((item) => item.b);
    const stats = {
      corrA: correlation(aHat, aTrue),
      rmseA: rootMeanSquareError(aHat, aTrue),
      biasA: mean(aHat) - mean(aTrue),
      corrB: correlation(bHat, bTrue),
      rmseB: rootMeanSquareError(bHat, bTrue),
      biasB: mean(bHat) - mean(bTrue),
    };
    console.info(
      `GRM recovery n=2000, 10 items × 5 categories: corr(â,a)=${stats.corrA.toFixed(3)} RMSE(a)=${stats.rmseA.toFixed(3)} ` +
        `bias(a)=${stats.biasA.toFixed(3)}; corr(b̂,b)=${stats.corrB.toFixed(3)} RMSE(b)=${stats.rmseB.toFixed(3)} ` +
        `bias(b)=${stats.biasB.toFixed(3)}; ${result.iterations} EM cycles, logLik ${result.logLik.toFixed(2)}`,
    );
    // Standard errors at n = 2,000 are about 0.05–0.08 for a and 0.05–0.15 for b (larger for
    // extreme thresholds), so these bounds leave room for sampling error but not for a biased estimator.
    expect(stats.corrA).toBeGreaterThan(0.95);
    expect(stats.rmseA).toBeLessThan(0.12);
    expect(Math.abs(stats.biasA)).toBeLessThan(0.06);
    expect(stats.corrB).toBeGreaterThan(0.98);
    expect(stats.rmseB).toBeLessThan(0.15);
    expect(Math.abs(stats.biasB)).toBeLessThan(0.06);
    for (const item of result.items)
      for (let k = 1; k < item.b.length; k++) expect(item.b[k]!).toBeGreaterThan(item.b[k - 1]!);
  });

  it("calibrates 2PL items (K = 2) and treats missing answers as not administered", () => {
    const truth = makeItems(12, 2, 8);
    const { rows } = simulate(truth, 2000, 9, 0.3);
    const result = calibrateGrm(rows);
    expect(result.converged).toBe(true);
    const aHat = result.items.map((item) => item.a);
    const bHat = result.items.map((item) => item.b[0]!);
    console.info(
      `2PL recovery n=2000 with 30% missing: corr(â,a)=${correlation(
        aHat,
        truth.map((t) => t.a),
      ).toFixed(3)} ` +
        `RMSE(b)=${rootMeanSquareError(
          bHat,
          truth.map((t) => t.b[0]!),
        ).toFixed(3)}`,
    );
    expect(
      correlation(
        aHat,
        truth.map((t) => t.a),
      ),
    ).toBeGreaterThan(0.85);
    expect(
      rootMeanSquareError(
        bHat,
        truth.map((t) => t.b[0]!),
      ),
    ).toBeLessThan(0.2);
    expect(result.items[0]!.n).toBeLessThan(2000);
  });

  it("the log-likelihood never decreases over EM cycles", () => {
    const truth = makeItems(5, 4, 3);
    const { rows } = simulate(truth, 500, 4);
    let previous = Number.NEGATIVE_INFINITY;
    for (const maxIterations of [1, 2, 3, 5, 8, 13]) {
      const { logLik } = calibrateGrm(rows, { maxIterations });
      expect(logLik).toBeGreaterThanOrEqual(previous - 1e-9);
      previous = logLik;
    }
  });

  it("collapses a category nobody used into the next lower one", () => {
    const truth = makeItems(6, 5, 12);
    const { rows } = simulate(truth, 800, 13);
    // Recode item 0 so that raw category 2 is never used: answers 2 become 1.
    for (const row of rows) if (row[0] === 2) row[0] = 1;
    const result = calibrateGrm(rows, { categories: [5, 5, 5, 5, 5, 5] });
    expect(result.items[0]!.usedCategories).toEqual([0, 1, 3, 4]);
    expect(result.items[0]!.b).toHaveLength(3);
    expect(toModelCategory([0, 1, 3, 4], 2)).toBe(1);
    expect(toModelCategory([0, 1, 3, 4], 3)).toBe(2);
    expect(toModelCategory([1, 2], 0)).toBe(0);
  });

  it("refuses an item answered in only one category", () => {
    expect(() =>
      calibrateGrm([
        [1, 0],
        [1, 1],
        [1, 0],
      ]),
    ).toThrow(/only one category/);
  });
});
