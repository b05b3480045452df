// Template recovery: simulated candidates drawn around each template's ideal profile (band centres
// plus person-level noise) must fit their own template best at least 80% of the time.
import { describe, expect, it } from "vitest";
import { catBank, catOptions } from "~/domain/instrument/engine-bank";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import { currentInstrument } from "~/domain/instrument/version";
import { nextItem } from "~/domain/psychometrics/cat";
import { sampleCategory } from "~/domain/psychometrics/grm";
import { mulberry32, normalSampler } from "~/domain/psychometrics/prng";
import { roleFit } from "./fit";
import { bandCentres, ROLE_TEMPLATES } from "./templates";
import type { Profile } from "./types";

const PERSON_NOISE = 0.3;

function bestTemplate(profile: Profile): string {
  let best = "";
  let bestFit = -1;
  for (const t of ROLE_TEMPLATES) {
    const f = roleFit(profile, t.targets).fit;
    if (f > bestFit) {
      bestFit = f;
      best = t.id;
    }
  }
  return best;
}

describe("role templates", () => {
  it("cover the eleven roles, every trait, with reasons written beside them", () => {
    expect(ROLE_TEMPLATES.length).toBeGreaterThanOrEqual(11);
    expect(new Set(ROLE_TEMPLATES.map((t) => t.id)).size).toBe(ROLE_TEMPLATES.length);
    for (const t of ROLE_TEMPLATES) {
      expect(t.summary.length).toBeGreaterThan(40);
      for (const trait of TRAIT_IDS) {
        const target = t.targets[trait];
        expect(target, `${t.id} ${trait}`).toBeDefined();
        expect(target.band[0]).toBeLessThan(target.band[1]);
        expect(target.weight).toBeGreaterThan(0);
        if (target.weight === 1) expect(target.why, `${t.id} ${trait} is core and needs a reason`).toBeTruthy();
      }
    }
  });

  it("recovers each template from θ̂ = θ + N(0, SE) around its ideal profile (≥ 80%)", () => {
    const random = mulberry32(99);
    const normal = normalSampler(random);
    const se = 0.3;
    const rates: Record<string, number> = {};
    for (const template of ROLE_TEMPLATES) {
      const centres = bandCentres(template.targets);
      let hits = 0;
      const n = 400;
      for (let i = 0; i < n; i++) {
        const profile = {} as Record<TraitId, { theta: number; se: number }>;
        for (const trait of TRAIT_IDS) {
          const truth = centres[trait] + PERSON_NOISE * normal();
          profile[trait] = { theta: truth + se * normal(), se };
        }
        if (bestTemplate(profile) === template.id) hits++;
      }
      rates[template.id] = hits / n;
    }
    console.log("template recovery, θ̂ = θ + N(0, 0.3):", JSON.stringify(rates));
    for (const [id, rate] of Object.entries(rates)) expect(rate, id).toBeGreaterThanOrEqual(0.8);
  });

  it("recovers each template when candidates answer the adaptive test (simulated responses, engine CAT + EAP)", () => {
    const version = currentInstrument();
    const bank = catBank(version).filter((i) => !i.id.startsWith("sj-"));
    const byId = new Map(bank.map((i) => [i.id, i]));
    const random = mulberry32(7);
    const normal = normalSampler(random);
    const rates: Record<string, number> = {};
    let seed = 0;
    for (const template of ROLE_TEMPLATES) {
      const centres = bandCentres(template.targets);
      let hits = 0;
      const n = 60;
      for (let i = 0; i < n; i++) {
        const truth = new Map<string, number>(TRAIT_IDS.map((t) => [t, centres[t] + PERSON_NOISE * normal()]));
        const answers: Record<string, number> = {};
        const options = catOptions(version, seed++);
        for (;;) {
          const step = nextItem(bank, answers, options);
          if (step.done) {
            const profile = Object.fromEntries(step.traits.map((s) => [s.trait, { theta: s.theta, se: s.se }])) as unknown as Profile;
            if (bestTemplate(profile) === template.id) hits++;
            break;
          }
          const item = byId.get(step.itemId)!;
          answers[item.id] = sampleCategory(item, truth.get(item.trait)!, random());
        }
      }
      rates[template.id] = hits / n;
    }
    console.log("template recovery, simulated adaptive test:", JSON.stringify(rates));
    const mean = Object.values(rates).reduce((a, b) => a + b, 0) / Object.keys(rates).length;
    expect(mean).toBeGreaterThanOrEqual(0.8);
    // 60 simulees per template: allow sampling noise per template, but none may collapse
    for (const [id, rate] of Object.entries(rates)) expect(rate, id).toBeGreaterThanOrEqual(0.65);
  });
});
