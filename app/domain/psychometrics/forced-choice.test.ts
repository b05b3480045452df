import { describe, expect, it } from "vitest";
import { correlation } from "./descriptive";
import {
  createBalanceScorer,
  pairInformation,
  probabilityChoosingSales,
  scoreSalesMarketingBalance,
} from "./forced-choice";
import { mulberry32, normalSampler } from "./prng";

const pairs = Array.from({ length: 16 }, (_, j) => ({ a: 1 + (j % 3) * 0.5, b: -1.5 + (j * 3) / 15 }));

describe("forced-choice balance (2PL)", () => {
  it("choosing sales statements means a positive, sales-leaning balance", () => {
    expect(probabilityChoosingSales({ a: 1.5, b: 0 }, 1)).toBeGreaterThan(0.5);
    const sales = scoreSalesMarketingBalance(
      pairs,
      pairs.map(() => 1),
    );
    const marketing = scoreSalesMarketingBalance(
      pairs,
      pairs.map(() => 0),
    );
    expect(sales.theta).toBeGreaterThan(1);
    expect(marketing.theta).toBeLessThan(-1);
    expect(sales.se).toBeLessThan(1);
  });

  it("no answers gives the prior and information is a²P(1−P)", () => {
    const none = scoreSalesMarketingBalance(pairs, []);
    expect(none.theta).toBeCloseTo(0, 10);
    expect(none.se).toBeCloseTo(1, 3);
    const p = probabilityChoosingSales({ a: 2, b: 0.3 }, -0.2);
    expect(pairInformation({ a: 2, b: 0.3 }, -0.2)).toBeCloseTo(4 * p * (1 - p), 12);
  });

  it("recovers simulated balances", () => {
    const random = mulberry32(11);
    const normal = normalSampler(random);
    const scorer = createBalanceScorer(pairs);
    const truth: number[] = [];
    const estimates: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const theta = normal();
      truth.push(theta);
      estimates.push(
        scorer.score(pairs.map((pair) => (random() < probabilityChoosingSales(pair, theta) ? 1 : 0))).theta,
      );
    }
    expect(correlation(truth, estimates)).toBeGreaterThan(0.85);
  });
});
