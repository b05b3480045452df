import { describe, expect, it } from "vitest";
import { niceTicks, tickLabel } from "./axis";

describe("fan-chart axis", () => {
  it("uses whole, evenly spaced ticks that cover the data", () => {
    expect(niceTicks(11, { integer: true })).toEqual([0, 5, 10, 15]);
    expect(niceTicks(121, { integer: true })).toEqual([0, 50, 100, 150]);
    expect(niceTicks(3, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1.3)).toEqual([0, 0.5, 1, 1.5]);
    for (const max of [0.7, 2.87, 8.62, 57, 1234, 98_765]) {
      const ticks = niceTicks(max, { integer: max > 1 });
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(7);
      if (max > 1) for (const t of ticks) expect(Number.isInteger(t)).toBe(true);
    }
  });

  it("labels counts without decimals and ratios as percentages", () => {
    expect(tickLabel(10, "count")).toBe("10");
    expect(tickLabel(150_000, "money")).toBe("$150k");
    expect(tickLabel(1.5, "ratio")).toBe("150%");
  });
});
