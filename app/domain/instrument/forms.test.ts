import { describe, expect, it } from "vitest";
import { formDuration, formPlan, FORMS, nextFixedScreen, PER_TRAIT_ADAPTIVE_FORM } from "./forms";
import type { ForcedChoiceItem } from "./types";
import { currentInstrument } from "./version";
import { MARKETING_TRAITS, SALES_TRAITS, TRAIT_IDS } from "./types";

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

  it("adaptive form: at most 90 screens and 12 minutes at its caps, 6 pairs in both orders, 2 scenarios, 3 checks", () => {
    const d = formDuration(FORMS, "adaptive");
    expect(d.maxSeconds).toBeLessThanOrEqual(12 * 60);
    expect(d.maxScreens).toBeLessThanOrEqual(90);
    const plan = formPlan(version.forms, "adaptive");
    if (plan.kind !== "adaptive") throw new Error("expected adaptive");
    expect(plan.cat.seTarget).toBe(0.32);
    const count = (f: string) => plan.fixed.filter((s) => s.format === f).length;
    expect([count("forced-choice"), count("situational"), count("infrequency")]).toEqual([6, 2, 3]);
    const pairs = plan.fixed.filter((s) => s.format === "forced-choice");
    expect(pairs.filter((s) => s.salesFirst).length).toBe(3);
    // the pairs' statements cover every sales and every marketing trait
    const traits = pairs.flatMap((s) => (byId.get(s.itemId) as ForcedChoiceItem).options.map((o) => o.trait));
    expect(new Set(traits)).toEqual(new Set([...SALES_TRAITS, ...MARKETING_TRAITS]));
  });

  it("the typical length follows the number of traits an attempt reports", () => {
    const all = formDuration(FORMS, "adaptive");
    const five = formDuration(FORMS, "adaptive", { reportedTraits: 5 });
    expect(five.typicalScreens).toBe(
      FORMS.adaptive.fixed.length + Math.round(5 * FORMS.adaptive.typicalLikertPerTrait!),
    );
    expect(five.typicalSeconds).toBeLessThan(all.typicalSeconds);
    // the per-trait form measures every trait whatever the attempt reports
    const old = { ...FORMS, adaptive: PER_TRAIT_ADAPTIVE_FORM };
    expect(formDuration(old, "adaptive", { reportedTraits: 5 })).toEqual(formDuration(old, "adaptive"));
  });

  it.each([
    ["multidimensional", FORMS.adaptive],
    ["per-trait", PER_TRAIT_ADAPTIVE_FORM],
  ])(
    "%s form: interleaves fixed screens every few adaptive screens and flushes them when the CAT stops",
    (_, spec) => {
      const every = spec.insertEvery;
      expect(nextFixedScreen(spec, every - 1, 0, false)).toBeNull();
      expect(nextFixedScreen(spec, every, 0, false)?.itemId).toBe(spec.fixed[0]!.itemId);
      expect(nextFixedScreen(spec, every, 1, false)).toBeNull();
      expect(nextFixedScreen(spec, 2 * every - 1, 1, true)?.itemId).toBe(spec.fixed[1]!.itemId);
      expect(nextFixedScreen(spec, 80, spec.fixed.length, true)).toBeNull();
    },
  );

  it("the per-trait form is the one versions before the multidimensional engine stored", () => {
    const plan = formPlan({ ...FORMS, adaptive: PER_TRAIT_ADAPTIVE_FORM }, "adaptive");
    if (plan.kind !== "adaptive") throw new Error("expected adaptive");
    expect(plan.fixed.filter((s) => s.format === "forced-choice")).toHaveLength(12);
    expect(plan.cat).toEqual({
      seTarget: 0.32,
      minItemsPerTrait: 4,
      maxItemsPerTrait: 10,
      maxItems: 80,
      topN: 3,
    });
  });
});
