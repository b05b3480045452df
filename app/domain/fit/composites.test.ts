import { describe, expect, it } from "vitest";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import {
  balance,
  composites,
  FORCED_CHOICE_BALANCE_SCALE,
  marketingOrientation,
  salesOrientation,
  versatility,
} from "./composites";
import type { Profile } from "./types";

function profile(sales: number, marketing: number, se = 0.3): Profile {
  return Object.fromEntries(
    TRAIT_IDS.map((t, i) => [t, { theta: i < 5 ? sales : i < 10 ? marketing : 0, se }]),
  ) as unknown as Record<TraitId, { theta: number; se: number }>;
}

describe("composites", () => {
  it("averages each side with SE = √ΣSE²/5", () => {
    const s = salesOrientation(profile(1, -1));
    expect(s.theta).toBeCloseTo(1);
    expect(s.se).toBeCloseTo(0.3 / Math.sqrt(5));
    expect(marketingOrientation(profile(1, -1)).theta).toBeCloseTo(-1);
  });

  it("gives the balance as sales − marketing with propagated SE, sharpened by forced choice", () => {
    const b = balance(profile(1, -1));
    expect(b.theta).toBeCloseTo(2);
    expect(b.se).toBeCloseTo((Math.sqrt(2) * 0.3) / Math.sqrt(5));
    const withFc = balance(profile(1, -1), { theta: 1, se: 0.4 });
    expect(withFc.se).toBeLessThan(b.se);
    expect(withFc.theta).toBeLessThan(2);
    expect(withFc.theta).toBeGreaterThan(FORCED_CHOICE_BALANCE_SCALE);
  });

  it("scores versatility as a smooth minimum: equal sides give that value; it follows the weaker side", () => {
    expect(versatility(profile(1, 1)).theta).toBeCloseTo(1);
    const v = versatility(profile(2, -1));
    expect(v.theta).toBeGreaterThanOrEqual(-1);
    expect(v.theta).toBeLessThan(-1 + 0.25 * Math.log(2) + 1e-9);
    expect(v.se).toBeCloseTo(0.3 / Math.sqrt(5), 2);
    expect(versatility(profile(1.5, 1.5)).theta).toBeGreaterThan(versatility(profile(2.5, 0)).theta);
    const c = composites(profile(0.5, 0.2));
    expect(Object.keys(c)).toEqual(["sales", "marketing", "balance", "versatility"]);
  });
});
