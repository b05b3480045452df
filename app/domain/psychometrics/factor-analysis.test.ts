import { describe, expect, it } from "vitest";
import { fitOneFactorMl, mlDiscrepancy } from "./factor-analysis";

describe("one-factor ML factor analysis", () => {
  it("ML one-factor analysis reproduces known loadings exactly", () => {
    const loadings = [0.9, 0.7, 1.2, 0.5, 0.8];
    const uniquenesses = [0.4, 0.6, 0.5, 0.9, 0.3];
    const covariance = loadings.map((li, i) =>
      loadings.map((lj, j) => li * lj + (i === j ? uniquenesses[i]! : 0)),
    );
    const fit = fitOneFactorMl(covariance);
    expect(fit.converged).toBe(true);
    fit.loadings.forEach((l, j) => expect(l).toBeCloseTo(loadings[j]!, 5));
    fit.uniquenesses.forEach((psi, j) => expect(psi).toBeCloseTo(uniquenesses[j]!, 5));
    expect(fit.discrepancy).toBeCloseTo(0, 9);
  });

  it("reaches a stationary point of F on misfitting data, and bounds Heywood cases", () => {
    const covariance = [
      [1.0, 0.5, 0.4, 0.1],
      [0.5, 1.2, 0.35, 0.3],
      [0.4, 0.35, 0.9, 0.2],
      [0.1, 0.3, 0.2, 1.1],
    ];
    const fit = fitOneFactorMl(covariance);
    expect(fit.converged).toBe(true);
    const base = mlDiscrepancy(covariance, fit.loadings, fit.uniquenesses);
    // Any small perturbation of the parameters increases F.
    for (let j = 0; j < 4; j++) {
      for (const delta of [-1e-4, 1e-4]) {
        const l = [...fit.loadings];
        l[j]! += delta;
        expect(mlDiscrepancy(covariance, l, fit.uniquenesses)).toBeGreaterThan(base - 1e-12);
        const psi = [...fit.uniquenesses];
        psi[j]! += delta;
        expect(mlDiscrepancy(covariance, fit.loadings, psi)).toBeGreaterThan(base - 1e-12);
      }
    }
    // Three variables where one would need ψ < 0: r12·r13/r23 > 1.
    const heywood = [
      [1, 0.8, 0.7],
      [0.8, 1, 0.5],
      [0.7, 0.5, 1],
    ];
    const bounded = fitOneFactorMl(heywood);
    expect(bounded.heywood[0]).toBe(true);
    expect(bounded.uniquenesses[0]).toBeCloseTo(0.005, 6);
  });
});
