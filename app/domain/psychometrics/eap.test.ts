import { describe, expect, it } from "vitest";
import { correlation } from "./descriptive";
import { sampleCategory } from "./grm";
import { createEapScorer, eapScore } from "./eap";
import { mulberry32, normalSampler } from "./prng";

const scale = Array.from({ length: 12 }, (_, j) => ({
  a: 1.2 + (j % 4) * 0.4,
  b: [-2, -0.8, 0.3, 1.5].map((t) => t + ((j % 5) - 2) * 0.3),
}));

describe("EAP scoring", () => {
  it("with no answers returns the prior: θ̂ = 0 and SE ≈ 1", () => {
    const estimate = eapScore(scale, [null, undefined]);
    expect(estimate.theta).toBeCloseTo(0, 10);
    expect(estimate.se).toBeCloseTo(1, 3);
    expect(estimate.answered).toBe(0);
  });

  it("moves with the answers and shrinks the SE", () => {
    const high = eapScore(
      scale,
      scale.map(() => 4),
    );
    const low = eapScore(
      scale,
      scale.map(() => 0),
    );
    const some = eapScore(scale, [3, null, 3]);
    expect(high.theta).toBeGreaterThan(1.5);
    expect(low.theta).toBeLessThan(-1.5);
    expect(high.se).toBeLessThan(0.6);
    expect(some.se).toBeLessThan(1);
    expect(some.answered).toBe(2);
  });

  it("stays finite with 500 extreme answers", () => {
    const items = Array.from({ length: 500 }, (_, j) => scale[j % 12]!);
    const estimate = eapScore(
      items,
      items.map(() => 4),
    );
    expect(Number.isFinite(estimate.theta)).toBe(true);
    expect(Number.isFinite(estimate.se)).toBe(true);
    expect(estimate.theta).toBeGreaterThan(4);
  });

  it("rejects categories outside the item", () => {
    expect(() => eapScore(scale, [5])).toThrow(/outside/);
    expect(() => eapScore(scale, [1.5])).toThrow(/outside/);
  });

  it("recovers simulated θ: corr(θ̂, θ) ≥ 0.90 on a 12-item scale (n = 2,000)", () => {
    const random = mulberry32(2024);
    const normal = normalSampler(random);
    const scorer = createEapScorer(scale);
    const truth: number[] = [];
    const estimates: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const theta = normal();
      truth.push(theta);
      estimates.push(scorer.score(scale.map((item) => sampleCategory(item, theta, random()))).theta);
    }
    const r = correlation(truth, estimates);
    console.info(`EAP 12-item scale: corr(θ̂, θ) = ${r.toFixed(3)}`);
    expect(r).toBeGreaterThanOrEqual(0.9);
  });
});
