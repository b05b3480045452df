import { describe, expect, it } from "vitest";
import { placeLabels } from "./label-placement";

describe("placeLabels", () => {
  it("puts a lone name above right of its dot", () => {
    expect(placeLabels([{ x: 100, y: 100, text: "Dana" }])).toEqual([{ x: 107, y: 94, anchor: "start" }]);
  });

  it("moves the second of two people at nearly the same spot so their names do not overlap", () => {
    const [first, second] = placeLabels([
      { x: 160, y: 120, text: "Marco Silva" },
      { x: 163, y: 123, text: "Aisha Khan" },
    ]);
    expect(first.y).toBe(114);
    // Below the dot: at least one line of text away from the first name.
    expect(Math.abs(second.y - first.y)).toBeGreaterThanOrEqual(11);
  });

  it("leaves names that are far apart where they would go alone", () => {
    const labels = placeLabels([
      { x: 50, y: 50, text: "A" },
      { x: 250, y: 250, text: "B" },
    ]);
    expect(labels.map((l) => l.anchor)).toEqual(["start", "start"]);
    expect(labels[1]).toEqual({ x: 257, y: 244, anchor: "start" });
  });
});
