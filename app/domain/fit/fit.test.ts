import { describe, expect, it } from "vitest";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import { gapToBand, probabilityAbove, probabilityInBand, rankCandidates, roleFit } from "./fit";
import { bandCentres, templateById } from "./templates";
import type { Profile } from "./types";

const role = templateById("ae-enterprise")!.targets;

function profileAt(centres: Record<TraitId, number>, se: number, overrides: Partial<Record<TraitId, number>> = {}): Profile {
  return Object.fromEntries(TRAIT_IDS.map((t) => [t, { theta: overrides[t] ?? centres[t], se }])) as unknown as Profile;
}

describe("probability in band", () => {
  it("matches the normal posterior", () => {
    expect(probabilityInBand({ theta: 0, se: 1 }, [-1, 1])).toBeCloseTo(0.6827, 3);
    expect(probabilityInBand({ theta: 5, se: 0.3 }, [-1, 1])).toBeLessThan(1e-9);
    expect(probabilityInBand({ theta: 0.5, se: 0 }, [0, 1])).toBe(1);
    expect(probabilityInBand({ theta: 1.5, se: 0 }, [0, 1])).toBe(0);
  });
  it("signs the gap", () => {
    expect(gapToBand(-1, [0, 1])).toBe(-1);
    expect(gapToBand(1.5, [0, 1])).toBe(0.5);
    expect(gapToBand(0.3, [0, 1])).toBe(0);
  });
});

describe("role fit", () => {
  const centres = bandCentres(role);

  it("is highest at the band centres and falls monotonically as any trait moves away", () => {
    for (const trait of TRAIT_IDS) {
      let previous = roleFit(profileAt(centres, 0.3), role).fit;
      for (const direction of [-1, 1]) {
        previous = roleFit(profileAt(centres, 0.3), role).fit;
        for (let step = 1; step <= 12; step++) {
          const f = roleFit(profileAt(centres, 0.3, { [trait]: centres[trait] + direction * step * 0.25 }), role).fit;
          expect(f, `${trait} ${direction} ${step}`).toBeLessThan(previous);
          previous = f;
        }
      }
    }
  });

  it("reports a 0–100 fit with an 80% interval that contains it and narrows with precision", () => {
    const uncertain = roleFit(profileAt(centres, 0.6), role);
    const precise = roleFit(profileAt(centres, 0.15), role);
    for (const r of [uncertain, precise]) {
      expect(r.fit).toBeGreaterThanOrEqual(0);
      expect(r.fit).toBeLessThanOrEqual(100);
      expect(r.interval[0]).toBeLessThanOrEqual(r.fit);
      expect(r.interval[1]).toBeGreaterThanOrEqual(r.fit);
    }
    expect(precise.fit).toBeGreaterThan(uncertain.fit);
    expect(precise.interval[1] - precise.interval[0]).toBeLessThan(uncertain.interval[1] - uncertain.interval[0]);
    expect(precise.traits).toHaveLength(11);
  });
});

describe("rankCandidates", () => {
  const centres = bandCentres(role);
  const make = (id: string, shift: number, se = 0.3) => ({ id, profile: profileAt(centres, se, Object.fromEntries(TRAIT_IDS.map((t) => [t, centres[t] + shift]))) });

  it("groups near-equal candidates into ties with competition labels", () => {
    const candidates = [make("d", 0.7), make("a", 0), make("b", 0.03), make("c", -0.05), make("e", 3)];
    const ranked = rankCandidates(candidates, (c) => roleFit(c.profile, role), (c) => c.id);
    expect(ranked.map((r) => r.candidate.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(ranked.map((r) => r.label)).toEqual(["=1", "=1", "=1", "4", "5"]);
    expect(ranked.every((r, i) => i === 0 || r.fit.fit <= ranked[i - 1]!.fit.fit)).toBe(true);
  });

  it("separates candidates only when P(A > B) > 0.75", () => {
    const a = { fit: 70, sd: 5 };
    expect(probabilityAbove(a, { fit: 70, sd: 5 })).toBeCloseTo(0.5);
    expect(probabilityAbove(a, { fit: 60, sd: 5 })).toBeGreaterThan(0.75);
    expect(probabilityAbove({ fit: 70, sd: 0 }, { fit: 69, sd: 0 })).toBe(1);
    const ranked = rankCandidates([{ id: "x", f: { fit: 70, sd: 5, interval: [0, 0] as const, traits: [] } }, { id: "y", f: { fit: 66, sd: 5, interval: [0, 0] as const, traits: [] } }, { id: "z", f: { fit: 50, sd: 5, interval: [0, 0] as const, traits: [] } }], (c) => c.f, (c) => c.id);
    expect(ranked.map((r) => r.label)).toEqual(["=1", "=1", "3"]);
  });
});
