import { describe, expect, it } from "vitest";
import { correctForRangeRestriction, criterionValidity, fisherInterval, pearson, sampleSd } from "./validity";
import { mulberry32, normalSampler } from "./prng";

describe("criterion validity", () => {
  it("matches a hand computation", () => {
    // x = 1..5, y = 2, 4, 5, 4, 5: Sxy = 6, Sxx = 10, Syy = 6 → r = 6/√60 = 0.774597.
    const x = [1, 2, 3, 4, 5],
      y = [2, 4, 5, 4, 5];
    const v = criterionValidity(x, y);
    expect(v.n).toBe(5);
    expect(v.r).toBeCloseTo(0.774597, 6);
    // t = r·√(3/(1 − r²)) = 2.12132 with 3 df → two-sided p = .12402.
    expect(v.p).toBeCloseTo(0.12402, 4);
    // z = atanh(.774597) = 1.031719, SE = 1/√2; z ± 1.959964·0.707107 = z ± 1.385904 →
    // tanh(−0.354185) = −0.340082, tanh(2.417623) = 0.984237.
    expect(v.ci95[0]).toBeCloseTo(-0.340082, 5);
    expect(v.ci95[1]).toBeCloseTo(0.984237, 5);
    expect(v.rCorrected).toBe(v.r);
  });

  it("corrects for criterion unreliability first, then for range restriction", () => {
    const x = [1, 2, 3, 4, 5],
      y = [2, 4, 5, 4, 5];
    // .774597/√.81 = .860663; u = 1.5: 1.5·.860663/√(1 + 1.25·.740741) = 1.290994/1.387777 = 0.930260.
    const v = criterionValidity(x, y, { criterionReliability: 0.81, rangeRestrictionRatio: 1.5 });
    expect(v.rCorrected).toBeCloseTo(0.93026, 5);
    const reliabilityOnly = criterionValidity(x, y, { criterionReliability: 0.81 });
    expect(reliabilityOnly.rCorrected).toBeCloseTo(0.860663, 5);
    // Case II with u = 1 changes nothing; r = .3, u = 2: .6/√1.27 = .532414.
    expect(correctForRangeRestriction(0.3, 1)).toBeCloseTo(0.3, 12);
    expect(correctForRangeRestriction(0.3, 2)).toBeCloseTo(0.532414, 6);
  });

  it("Case II recovers the applicant correlation after top-down selection (simulation)", () => {
    const random = mulberry32(42);
    const normal = normalSampler(random);
    const rho = 0.4;
    const xs: number[] = [],
      ys: number[] = [];
    for (let i = 0; i < 40_000; i++) {
      const x = normal();
      xs.push(x);
      ys.push(rho * x + Math.sqrt(1 - rho * rho) * normal());
    }
    expect(pearson(xs, ys)).toBeCloseTo(rho, 1);
    // Hire the top 30% on the predictor.
    const cut = [...xs].sort((a, b) => a - b)[Math.floor(0.7 * xs.length)]!;
    const hired = xs.map((x, i) => [x, ys[i]!] as const).filter(([x]) => x >= cut);
    const hx = hired.map(([x]) => x),
      hy = hired.map(([, y]) => y);
    const restricted = criterionValidity(hx, hy, { rangeRestrictionRatio: sampleSd(xs) / sampleSd(hx) });
    expect(restricted.r).toBeLessThan(0.3);
    expect(Math.abs(restricted.rCorrected - rho)).toBeLessThan(0.04);
  });

  it("has no interval below four pairs and no r below two", () => {
    expect(fisherInterval(0.5, 3).every(Number.isNaN)).toBe(true);
    expect(Number.isNaN(criterionValidity([1], [2]).r)).toBe(true);
  });
});
