import { describe, expect, it } from "vitest";
import { layoutTree, wrap } from "./org-chart-layout";

describe("org chart layout", () => {
  it("wraps a long seat title onto two lines instead of cutting it short", () => {
    expect(wrap("Head of go-to-market (player-coach)", 32, 2)).toEqual([
      "Head of go-to-market",
      "(player-coach)",
    ]);
    expect(wrap("VP Sales & Marketing", 32, 2)).toEqual(["VP Sales & Marketing"]);
    const long = wrap("A very long seat title that goes on and on well past two lines of text", 20, 2);
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith("…")).toBe(true);
  });

  it("centres parents over their children in consecutive columns", () => {
    const { placed, columns } = layoutTree([
      { id: "ceo", parent: null },
      { id: "a", parent: "ceo" },
      { id: "b", parent: "ceo" },
    ]);
    expect(columns).toBe(2);
    expect(placed.get("ceo")!.column).toBe(0.5);
  });
});
