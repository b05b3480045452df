// Properties of the fit model over random profiles and every template (docs/fit-model.md).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import { CLEAR, isClearStrength, roleFit } from "./fit";
import { guideFromFit } from "./interview-guide";
import { ROLE_TEMPLATES } from "./templates";
import type { Profile, RoleTemplate } from "./types";

const estimate = fc.record({
  theta: fc.double({ min: -3.5, max: 3.5, noNaN: true }),
  se: fc.double({ min: 0.08, max: 1.2, noNaN: true }),
});
const profile: fc.Arbitrary<Profile> = fc
  .tuple(...TRAIT_IDS.map(() => estimate))
  .map((es) => Object.fromEntries(TRAIT_IDS.map((t, i) => [t, es[i]!])) as unknown as Profile);
const template = fc.constantFrom(...ROLE_TEMPLATES);
const required = (t: RoleTemplate) => TRAIT_IDS.filter((id) => t.targets[id].need !== "not-required");
const notRequired = (t: RoleTemplate) => TRAIT_IDS.filter((id) => t.targets[id].need === "not-required");
const core = (t: RoleTemplate) => TRAIT_IDS.filter((id) => t.targets[id].need === "core");
const withTrait = (p: Profile, trait: TraitId, e: { theta: number; se: number }): Profile => ({
  ...p,
  [trait]: e,
});
const RUNS = { numRuns: 400 };

describe("fit model properties", () => {
  it("never lowers fit when a required trait rises", () => {
    fc.assert(
      fc.property(
        template,
        profile,
        fc.nat(),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (t, p, pick, rise) => {
          const traits = required(t);
          const trait = traits[pick % traits.length]!;
          const before = roleFit(p, t.targets).fit;
          const after = roleFit(
            withTrait(p, trait, { ...p[trait], theta: p[trait].theta + rise }),
            t.targets,
          ).fit;
          expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        },
      ),
      RUNS,
    );
  });

  it("never moves fit, up or down, whatever a trait the role does not require does", () => {
    fc.assert(
      fc.property(template, profile, fc.nat(), estimate, (t, p, pick, other) => {
        const traits = notRequired(t);
        if (traits.length === 0) return;
        const trait = traits[pick % traits.length]!;
        const a = roleFit(p, t.targets);
        const b = roleFit(withTrait(p, trait, other), t.targets);
        expect(b.fit).toBe(a.fit);
        expect(b.interval).toEqual(a.interval);
      }),
      RUNS,
    );
  });

  it("gives a low fit (≤ 20) to someone clearly short on every core need, however strong elsewhere", () => {
    fc.assert(
      fc.property(template, profile, fc.double({ min: 0.85, max: 3, noNaN: true }), (t, p, below) => {
        let q = p;
        // Clearly short: the threshold lies at least 0.85 SE above θ̂ (p ≤ 0.2).
        for (const trait of core(t)) {
          const target = t.targets[trait];
          if (target.need === "not-required") continue;
          q = withTrait(q, trait, { theta: target.min - below * q[trait].se, se: q[trait].se });
        }
        const fit = roleFit(q, t.targets);
        expect(fit.traits.filter((x) => x.need === "core").every((x) => x.classification === "short")).toBe(
          true,
        );
        expect(fit.fit).toBeLessThanOrEqual(100 * (1 - CLEAR) + 1e-9);
      }),
      RUNS,
    );
  });

  it("keeps fit in 0–100 inside its 80% interval", () => {
    fc.assert(
      fc.property(template, profile, (t, p) => {
        const f = roleFit(p, t.targets);
        expect(0).toBeLessThanOrEqual(f.interval[0]);
        expect(f.interval[0]).toBeLessThanOrEqual(f.fit + 1e-9);
        expect(f.fit).toBeLessThanOrEqual(f.interval[1] + 1e-9);
        expect(f.interval[1]).toBeLessThanOrEqual(100);
      }),
      RUNS,
    );
  });

  it("says in words what the numbers say: one class per required trait, none for the others", () => {
    fc.assert(
      fc.property(template, profile, (t, p) => {
        const f = roleFit(p, t.targets);
        expect(f.traits.map((x) => x.trait)).toEqual(required(t));
        for (const x of f.traits) {
          const expected =
            x.probability >= CLEAR ? "meets" : x.probability <= 1 - CLEAR + 1e-12 ? "short" : "uncertain";
          expect(x.classification).toBe(expected);
          // Above the threshold without a ceiling is never short.
          if (!x.ceiling && x.theta >= x.min) expect(x.classification).not.toBe("short");
          // A strength is a need clearly met by someone clearly above average; for a bar at or
          // above average, clearly meeting it is enough.
          expect(isClearStrength(x)).toBe(x.classification === "meets" && x.aboveAverage >= CLEAR);
          if (x.min >= 0 && x.classification === "meets") expect(isClearStrength(x)).toBe(true);
        }
        const guide = guideFromFit(f, 11);
        const cls = new Map(f.traits.map((x) => [x.trait, x.classification]));
        for (const g of guide) expect(g.reason).toBe(cls.get(g.trait));
        expect(guide.map((g) => g.trait).sort()).toEqual(
          f.traits
            .filter((x) => x.classification !== "meets")
            .map((x) => x.trait)
            .sort(),
        );
        // Short needs are probed before uncertain ones.
        const firstUncertain = guide.findIndex((g) => g.reason === "uncertain");
        if (firstUncertain >= 0)
          expect(guide.slice(firstUncertain).every((g) => g.reason === "uncertain")).toBe(true);
        // Every need clearly met means a good fit.
        if (f.traits.every((x) => x.classification === "meets"))
          expect(f.fit).toBeGreaterThanOrEqual(100 * CLEAR * CLEAR - 1e-9);
      }),
      RUNS,
    );
  });
});
