import { describe, expect, it } from "vitest";
import { ALL_TASKS } from "~/domain/instrument/tasks";
import { TRAIT_IDS } from "~/domain/instrument/types";
import { roleFit } from "./fit";
import { TASK_TRAIT_MATRIX, targetFromDemand, targetsFromJobAnalysis, traitDemands } from "./job-analysis";
import { thresholds } from "./templates";

describe("job analysis", () => {
  it("links every task to at least one trait and every trait to at least one task", () => {
    for (const task of ALL_TASKS)
      expect(Object.keys(TASK_TRAIT_MATRIX[task.id] ?? {}).length, task.id).toBeGreaterThan(0);
    for (const trait of TRAIT_IDS) expect(ALL_TASKS.some((t) => TASK_TRAIT_MATRIX[t.id]![trait])).toBe(true);
  });

  it("maps demand to need, threshold and weight by the documented rule", () => {
    expect(targetFromDemand(0)).toEqual({ need: "not-required", weight: 0 });
    expect(targetFromDemand(0.24)).toEqual({ need: "not-required", weight: 0 });
    expect(targetFromDemand(0.4)).toEqual({ need: "useful", min: -0.5, weight: 0.58 });
    expect(targetFromDemand(0.6)).toEqual({ need: "core", min: 0, weight: 0.72 });
    expect(targetFromDemand(1)).toEqual({ need: "core", min: 1, weight: 1 });
  });

  it("makes the most demanded trait core when no demand reaches the core cut", () => {
    const t = targetsFromJobAnalysis({ "sales-close": 2 });
    expect(t["closing-drive"]).toMatchObject({ need: "core" });
    expect(TRAIT_IDS.filter((id) => t[id].need === "core")).toEqual(["closing-drive"]);
  });

  it("turns a sales-only rating into sales-high targets and a marketing-only one into the opposite", () => {
    const sales = Object.fromEntries(ALL_TASKS.filter((t) => t.group === "sales").map((t) => [t.id, 4]));
    const marketing = Object.fromEntries(ALL_TASKS.filter((t) => t.group !== "sales").map((t) => [t.id, 4]));
    const s = thresholds(targetsFromJobAnalysis(sales));
    const m = thresholds(targetsFromJobAnalysis(marketing));
    expect(s.discovery).toBe(1);
    expect(s["market-research"]).toBeUndefined();
    expect(m["product-strategy"]).toBe(1);
    expect(m["closing-drive"]).toBeUndefined();
    const t = targetsFromJobAnalysis(sales);
    expect(t.discovery.why).toMatch(/Demand 100%/);
    expect(t["market-research"].why).toMatch(/none of the tasks/);
  });

  it("gives a sales-like candidate a higher fit for the sales-rated role", () => {
    const salesRole = targetsFromJobAnalysis(
      Object.fromEntries(ALL_TASKS.filter((t) => t.group === "sales").map((t) => [t.id, 4])),
    );
    const mktRole = targetsFromJobAnalysis(
      Object.fromEntries(ALL_TASKS.filter((t) => t.group !== "sales").map((t) => [t.id, 4])),
    );
    const seller = Object.fromEntries(
      TRAIT_IDS.map((t, i) => [t, { theta: i < 5 ? 1.3 : -0.5, se: 0.3 }]),
    ) as never;
    expect(roleFit(seller, salesRole).fit).toBeGreaterThan(roleFit(seller, mktRole).fit + 30);
  });

  it("rejects unknown tasks and out-of-range ratings", () => {
    expect(() => traitDemands({ nope: 2 })).toThrow();
    expect(() => traitDemands({ "sales-close": 5 })).toThrow();
  });
});
