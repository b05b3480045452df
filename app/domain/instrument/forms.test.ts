import { describe, expect, it } from "vitest";
import { formDuration, formPlan, FORMS, nextFixedScreen } from "./forms";
import { currentInstrument } from "./version";
import { TRAIT_IDS } from "./types";

describe("forms", () => {
  const version = currentInstrument();
  const byId = new Map(
    [
      ...version.items.likert,
      ...version.items.forcedChoice,
      ...version.items.situational,
      ...version.items.infrequency,
    ].map((i) => [i.id, i]),
  );

  it("short form: 4 Likert per trait, 6 pairs, 2 scenarios, 2 infrequency, no repeats", () => {
    const plan = formPlan(version.forms, "short");
    if (plan.kind !== "fixed") throw new Error("expected fixed");
    const ids = plan.screens.map((s) => s.itemId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of plan.screens) expect(byId.get(s.itemId)?.format).toBe(s.format);
    for (const trait of TRAIT_IDS) {
      const items = plan.screens
        .map((s) => byId.get(s.itemId)!)
        .filter((i) => i.format === "likert" && i.trait === trait);
      expect(items).toHaveLength(4);
      expect(items.filter((i) => i.reverse).length).toBeGreaterThanOrEqual(1);
    }
    const count = (f: string) => plan.screens.filter((s) => s.format === f).length;
    expect([count("forced-choice"), count("situational"), count("infrequency")]).toEqual([6, 2, 2]);
    // neighbouring Likert screens never measure the same trait
    const likert = plan.screens.filter((s) => s.format === "likert").map((s) => byId.get(s.itemId)!.trait);
    for (let i = 1; i < likert.length; i++) expect(likert[i]).not.toBe(likert[i - 1]);
    // the synonym pairs it claims are all on the form
    for (const pid of version.forms.short.synonymPairs) {
      const pair = version.synonymPairs.find((p) => p.id === pid)!;
      for (const id of pair.items) expect(ids).toContain(id);
    }
    expect(plan.duration.typicalSeconds).toBeLessThanOrEqual(10 * 60);
  });

  it("adaptive form: fits in 15 minutes and about 95 screens at the assumed speeds", () => {
    const d = formDuration(FORMS, "adaptive");
    expect(d.maxSeconds).toBeLessThanOrEqual(15 * 60);
    expect(d.maxScreens).toBeLessThanOrEqual(95);
    const plan = formPlan(version.forms, "adaptive");
    if (plan.kind !== "adaptive") throw new Error("expected adaptive");
    expect(plan.cat.seTarget).toBe(0.32);
    const count = (f: string) => plan.fixed.filter((s) => s.format === f).length;
    expect(count("forced-choice")).toBe(12);
    expect(count("situational")).toBeGreaterThanOrEqual(3);
    expect(count("infrequency")).toBeGreaterThanOrEqual(2);
    // both statement orders are used
    expect(
      new Set(plan.fixed.filter((s) => s.format === "forced-choice").map((s) => s.salesFirst)).size,
    ).toBe(2);
  });

  it("interleaves fixed screens every few adaptive screens and flushes them when the CAT stops", () => {
    const spec = FORMS.adaptive;
    expect(nextFixedScreen(spec, 2, 0, false)).toBeNull();
    expect(nextFixedScreen(spec, 3, 0, false)?.itemId).toBe(spec.fixed[0]!.itemId);
    expect(nextFixedScreen(spec, 3, 1, false)).toBeNull();
    expect(nextFixedScreen(spec, 10, 5, true)?.itemId).toBe(spec.fixed[5]!.itemId);
    expect(nextFixedScreen(spec, 80, spec.fixed.length, true)).toBeNull();
  });
});
