// Template recovery: simulated candidates drawn around each template's typical holder (every need
// met by a clear margin, average elsewhere, plus person-level noise) must see their own template
// among the three best-fitting roles their report lists. Under a threshold model a person who meets
// one role's needs often meets another's as well (a typical VP of sales and marketing also meets
// what a sales manager needs), so being first is logged, not required.
import { describe, expect, it } from "vitest";
import { catBank, catOptions } from "~/domain/instrument/engine-bank";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import { currentInstrument } from "~/domain/instrument/version";
import { nextItem } from "~/domain/psychometrics/cat";
import { sampleCategory } from "~/domain/psychometrics/grm";
import { mulberry32, normalSampler } from "~/domain/psychometrics/prng";
import { bestRoles } from "./best-roles";
import { ROLE_TEMPLATES, thetasMeeting } from "./templates";
import type { Profile } from "./types";

const PERSON_NOISE = 0.3;

/** Where the template stands among the person's best-fitting roles (0 = first). */
function placeOf(profile: Profile, id: string): number {
  return bestRoles(profile).findIndex((r) => r.template.id === id);
}

/** The personal report lists this many best-fitting roles. */
const SHOWN = 3;

describe("role templates", () => {
  it("cover the eleven roles, every trait, with reasons written beside them", () => {
    expect(ROLE_TEMPLATES.length).toBeGreaterThanOrEqual(11);
    expect(new Set(ROLE_TEMPLATES.map((t) => t.id)).size).toBe(ROLE_TEMPLATES.length);
    for (const t of ROLE_TEMPLATES) {
      expect(t.summary.length).toBeGreaterThan(40);
      expect(
        TRAIT_IDS.some((trait) => t.targets[trait].need === "core"),
        t.id,
      ).toBe(true);
      for (const trait of TRAIT_IDS) {
        const target = t.targets[trait];
        expect(target, `${t.id} ${trait}`).toBeDefined();
        if (target.need === "not-required") {
          expect(target.weight).toBe(0);
          continue;
        }
        expect(target.weight).toBeGreaterThan(0);
        expect(target.min).toBeGreaterThan(-3);
        expect(target.min).toBeLessThan(3);
        // A ceiling needs its reason; none of the shipped templates has a sourced one.
        expect(target.ceiling, `${t.id} ${trait}`).toBeUndefined();
        if (target.need === "core")
          expect(target.why, `${t.id} ${trait} is core and needs a reason`).toBeTruthy();
      }
    }
  });

  it("lists each template among the three best fits of its typical holder, θ̂ = θ + N(0, SE) (≥ 90%)", () => {
    const random = mulberry32(99);
    const normal = normalSampler(random);
    const se = 0.3;
    const rates: Record<string, number> = {};
    const first: Record<string, number> = {};
    for (const template of ROLE_TEMPLATES) {
      const centres = thetasMeeting(template.targets);
      let hits = 0;
      let firsts = 0;
      const n = 400;
      for (let i = 0; i < n; i++) {
        const profile = {} as Record<TraitId, { theta: number; se: number }>;
        for (const trait of TRAIT_IDS) {
          const truth = centres[trait] + PERSON_NOISE * normal();
          profile[trait] = { theta: truth + se * normal(), se };
        }
        const place = placeOf(profile, template.id);
        if (place < SHOWN) hits++;
        if (place === 0) firsts++;
      }
      rates[template.id] = hits / n;
      first[template.id] = firsts / n;
    }
    console.log("template among the 3 best, θ̂ = θ + N(0, 0.3):", JSON.stringify(rates));
    console.log("template first, θ̂ = θ + N(0, 0.3):", JSON.stringify(first));
    for (const [id, rate] of Object.entries(rates)) expect(rate, id).toBeGreaterThanOrEqual(0.9);
  });

  it("lists each template among the three best fits when its typical holders answer the adaptive test (simulated, CAT + EAP)", () => {
    const version = currentInstrument();
    const bank = catBank(version).filter((i) => !i.id.startsWith("sj-"));
    const byId = new Map(bank.map((i) => [i.id, i]));
    const random = mulberry32(7);
    const normal = normalSampler(random);
    const rates: Record<string, number> = {};
    const first: Record<string, number> = {};
    let seed = 0;
    for (const template of ROLE_TEMPLATES) {
      const centres = thetasMeeting(template.targets);
      let hits = 0;
      let firsts = 0;
      const n = 60;
      for (let i = 0; i < n; i++) {
        const truth = new Map<string, number>(
          TRAIT_IDS.map((t) => [t, centres[t] + PERSON_NOISE * normal()]),
        );
        const answers: Record<string, number> = {};
        const options = catOptions(version, seed++);
        for (;;) {
          const step = nextItem(bank, answers, options);
          if (step.done) {
            const profile = Object.fromEntries(
              step.traits.map((s) => [s.trait, { theta: s.theta, se: s.se }]),
            ) as unknown as Profile;
            const place = placeOf(profile, template.id);
            if (place < SHOWN) hits++;
            if (place === 0) firsts++;
            break;
          }
          const item = byId.get(step.itemId)!;
          answers[item.id] = sampleCategory(item, truth.get(item.trait)!, random());
        }
      }
      rates[template.id] = hits / n;
      first[template.id] = firsts / n;
    }
    console.log("template among the 3 best, simulated adaptive test:", JSON.stringify(rates));
    console.log("template first, simulated adaptive test:", JSON.stringify(first));
    const mean = Object.values(rates).reduce((a, b) => a + b, 0) / Object.keys(rates).length;
    expect(mean).toBeGreaterThanOrEqual(0.9);
    // 60 simulees per template: allow sampling noise per template, but none may collapse
    for (const [id, rate] of Object.entries(rates)) expect(rate, id).toBeGreaterThanOrEqual(0.75);
  }, 30_000); // 660 simulated adaptive tests: seconds of CPU on a busy machine
});
