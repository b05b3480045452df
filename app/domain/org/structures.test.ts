import { describe, expect, it } from "vitest";
import { isSplitStructure, STRUCTURE_IDS, STRUCTURES } from "./structures";

describe("structures", () => {
  it("defines the six structures of docs/org-model.md with descriptions and reporting lines", () => {
    expect(STRUCTURE_IDS).toHaveLength(6);
    for (const id of STRUCTURE_IDS) {
      const s = STRUCTURES[id];
      expect(s.id).toBe(id);
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(40);
      expect(s.reporting.length).toBeGreaterThan(0);
      expect(s.reporting.some((line) => line.to === "ceo")).toBe(true);
    }
  });

  it("gives every split structure feedback loops in both directions between sales and marketing", () => {
    for (const id of STRUCTURE_IDS.filter(isSplitStructure)) {
      const loops = STRUCTURES[id].feedbackLoops;
      expect(loops.some((l) => l.from === "sales" && l.to === "marketing")).toBe(true);
      expect(loops.some((l) => l.from === "marketing" && l.to === "sales")).toBe(true);
    }
    expect(isSplitStructure("solo")).toBe(false);
    expect(isSplitStructure("combined")).toBe(false);
  });

  it("has peers report straight to the CEO and the shared VP in between", () => {
    expect(STRUCTURES.peers.reporting).toContainEqual({ from: "sales", to: "ceo" });
    expect(STRUCTURES["shared-vp"].reporting).toContainEqual({ from: "gtm-leader", to: "ceo" });
  });
});
