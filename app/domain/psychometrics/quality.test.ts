import { describe, expect, it } from "vitest";
import { infrequency, longString, speed, synonymInconsistency } from "./quality";

describe("response quality", () => {
  it("long-string: longest run and its share, skipping unanswered items", () => {
    const result = longString([3, 3, null, 3, 2, 2, 4]);
    expect(result.longestRun).toBe(3);
    expect(result.answered).toBe(6);
    expect(result.longestRunShare).toBeCloseTo(0.5, 12);
    expect(result.flags).toEqual([]);
    const straight = longString(Array.from({ length: 20 }, () => 4));
    expect(straight.flags[0]!.index).toBe("long-string");
    expect(straight.flags[0]!.reason).toMatch(/same answer 20 times/);
    expect(longString([]).longestRunShare).toBe(0);
  });

  it("infrequency counts implausible answers", () => {
    const items = [
      { id: "i1", implausibleAtLeast: 4 },
      { id: "i2", implausibleAtMost: 2 },
      { id: "i3", implausibleAtLeast: 4 },
    ];
    const result = infrequency({ i1: 5, i2: 1, i3: 2 }, items);
    expect(result.implausibleCount).toBe(2);
    expect(result.implausibleItems).toEqual(["i1", "i2"]);
    expect(result.flags).toHaveLength(1);
    expect(infrequency({ i1: 5 }, items).flags).toHaveLength(0);
  });

  it("synonym inconsistency keys the reversed partner first", () => {
    const pairs = [
      { first: "a", second: "b" },
      { first: "c", second: "d", secondReversed: true },
    ];
    const consistent = synonymInconsistency({ a: 4, b: 4, c: 5, d: 1 }, pairs, { min: 1, max: 5 });
    expect(consistent.meanAbsoluteDifference).toBe(0);
    const inconsistent = synonymInconsistency({ a: 1, b: 5, c: 5, d: 5 }, pairs, { min: 1, max: 5 });
    expect(inconsistent.meanAbsoluteDifference).toBe(4);
    expect(inconsistent.flags[0]!.index).toBe("inconsistency");
    expect(synonymInconsistency({}, pairs, { min: 1, max: 5 }).meanAbsoluteDifference).toBeNull();
  });

  it("speed: share of fast answers and the median time", () => {
    const result = speed([400, 500, 3000, 4000, 5000], { fastThresholdMs: 1000 });
    expect(result.fastShare).toBeCloseTo(0.4, 12);
    expect(result.medianMs).toBe(3000);
    expect(result.flags[0]!.reason).toMatch(/40% of answers/);
    expect(speed([]).medianMs).toBeNull();
  });
});
