import { describe, expect, it } from "vitest";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import {
  classifyProbability,
  FIT_MODEL_VERSION,
  isClearStrength,
  gapToTarget,
  probabilityAbove,
  probabilityMeets,
  rankCandidates,
  roleFit,
  type RoleFit,
} from "./fit";
import { templateById, thetasMeeting } from "./templates";
import type { Profile, RoleTargets } from "./types";

const role = templateById("ae-enterprise")!.targets;

function profileAt(
  thetas: Record<TraitId, number>,
  se: number,
  overrides: Partial<Record<TraitId, number>> = {},
): Profile {
  return Object.fromEntries(
    TRAIT_IDS.map((t) => [t, { theta: overrides[t] ?? thetas[t], se }]),
  ) as unknown as Profile;
}

describe("probability of meeting a need", () => {
  it("is the normal posterior mass above the threshold (and below a ceiling when there is one)", () => {
    expect(probabilityMeets({ theta: 0, se: 1 }, -1)).toBeCloseTo(0.8413, 3);
    expect(probabilityMeets({ theta: 5, se: 0.3 }, -1)).toBe(1);
    expect(probabilityMeets({ theta: 0, se: 1 }, -1, { max: 1, reason: "r" })).toBeCloseTo(0.6827, 3);
    expect(probabilityMeets({ theta: 0.5, se: 0 }, 0)).toBe(1);
    expect(probabilityMeets({ theta: -0.5, se: 0 }, 0)).toBe(0);
  });
  it("signs the gap: negative below the threshold, positive only above a ceiling", () => {
    expect(gapToTarget(-1, 0)).toBe(-1);
    expect(gapToTarget(3, 0)).toBe(0);
    expect(gapToTarget(1.5, 0, { max: 1, reason: "r" })).toBe(0.5);
  });
  it("classifies at 80% odds either way", () => {
    expect(classifyProbability(0.8)).toBe("meets");
    expect(classifyProbability(0.5)).toBe("uncertain");
    expect(classifyProbability(0.2)).toBe("short");
  });
});

describe("role fit", () => {
  const typical = thetasMeeting(role, 0.6);

  it("never falls when a required trait rises, and ignores traits the role does not require", () => {
    for (const trait of TRAIT_IDS) {
      let previous = -1;
      for (let step = -12; step <= 12; step++) {
        const f = roleFit(profileAt(typical, 0.3, { [trait]: step * 0.25 }), role).fit;
        if (role[trait].need === "not-required")
          expect(f, `${trait} ${step}`).toBe(roleFit(profileAt(typical, 0.3), role).fit);
        else expect(f, `${trait} ${step}`).toBeGreaterThanOrEqual(previous);
        previous = f;
      }
    }
  });

  it("reads a strong enterprise seller as a strong fit with no gaps", () => {
    // Far above every threshold, and below average on the traits the role does not require.
    const seller = profileAt(thetasMeeting(role, 1.2), 0.3, {
      "creative-ideation": -0.6,
      storytelling: -1,
      "demand-generation": -1.2,
    });
    const fit = roleFit(seller, role);
    expect(fit.fit).toBeGreaterThan(95);
    expect(fit.traits.every((t) => t.classification === "meets")).toBe(true);
    expect(fit.traits.map((t) => t.trait)).not.toContain("creative-ideation");
    expect(fit.model).toBe(FIT_MODEL_VERSION);
  });

  it("calls a need a clear strength only when it is clearly met by someone clearly above average", () => {
    const seller = profileAt(thetasMeeting(role, 1.2), 0.3, { "market-research": 0.05 });
    const traits = new Map(roleFit(seller, role).traits.map((t) => [t.trait, t]));
    // Market research: the role's bar is −0.3 (below average); 0.05 ± 0.3 clears it (88%) but is
    // above average with only 57% odds.
    const research = traits.get("market-research")!;
    expect(research.classification).toBe("meets");
    expect(research.aboveAverage).toBeCloseTo(0.566, 3);
    expect(isClearStrength(research)).toBe(false);
    // Discovery: a bar above average (1.0) clearly met is clearly above average too.
    expect(isClearStrength(traits.get("discovery")!)).toBe(true);
  });

  it("gives a low fit when every core need is clearly short, however strong the rest", () => {
    const overrides = Object.fromEntries(
      TRAIT_IDS.filter((t) => role[t].need === "core").map((t) => [t, -1.5]),
    );
    const fit = roleFit(
      profileAt(
        Object.fromEntries(TRAIT_IDS.map((t) => [t, 2.5])) as Record<TraitId, number>,
        0.3,
        overrides,
      ),
      role,
    );
    expect(fit.fit).toBeLessThan(5);
  });

  it("counts a ceiling only where one is set, and above it as short", () => {
    const capped: RoleTargets = {
      ...role,
      persuasion: { need: "core", min: 0.8, weight: 1, ceiling: { max: 2, reason: "A sourced reason." } },
    };
    const fit = roleFit(profileAt(typical, 0.3, { persuasion: 2.8 }), capped);
    const persuasion = fit.traits.find((t) => t.trait === "persuasion")!;
    expect(persuasion.classification).toBe("short");
    expect(persuasion.overCeiling).toBe(true);
    expect(fit.fit).toBeLessThan(roleFit(profileAt(typical, 0.3, { persuasion: 2.8 }), role).fit);
  });

  it("reports a 0–100 fit with an 80% interval that contains it and narrows with precision", () => {
    const near = thetasMeeting(role, 0.2);
    const uncertain = roleFit(profileAt(near, 0.6), role);
    const precise = roleFit(profileAt(near, 0.15), role);
    for (const r of [uncertain, precise]) {
      expect(r.fit).toBeGreaterThanOrEqual(0);
      expect(r.fit).toBeLessThanOrEqual(100);
      expect(r.interval[0]).toBeLessThanOrEqual(r.fit);
      expect(r.interval[1]).toBeGreaterThanOrEqual(r.fit);
    }
    expect(precise.fit).toBeGreaterThan(uncertain.fit);
    expect(precise.interval[1] - precise.interval[0]).toBeLessThan(
      uncertain.interval[1] - uncertain.interval[0],
    );
    expect(precise.traits).toHaveLength(TRAIT_IDS.filter((t) => role[t].need !== "not-required").length);
  });

  it("matches a hand computation", () => {
    // One core trait (threshold 0, θ̂ 0 → p = 0.5) and one useful trait of weight 0.6 (θ̂ far above → p = 1).
    const targets = Object.fromEntries(
      TRAIT_IDS.map((t) => [t, { need: "not-required", weight: 0 }]),
    ) as Record<TraitId, RoleTargets[TraitId]>;
    targets.discovery = { need: "core", min: 0, weight: 1 };
    targets.persuasion = { need: "useful", min: 0, weight: 0.6 };
    const profile = profileAt(
      Object.fromEntries(TRAIT_IDS.map((t) => [t, 0])) as Record<TraitId, number>,
      0.3,
      { persuasion: 5 },
    );
    const fit = roleFit(profile, targets);
    // C: mean 0.5, var 0.25. B: (1 + 0.6·1)/1.6 = 1, var 0. Fit = 50, SD = 100·√(0.25·1) = 50.
    expect(fit.fit).toBeCloseTo(50, 9);
    expect(fit.sd).toBeCloseTo(50, 9);
    expect(fit.interval[0]).toBe(0);
  });
});

describe("rankCandidates", () => {
  const typical = thetasMeeting(role, 0.3);
  const make = (id: string, shift: number, se = 0.3) => ({
    id,
    profile: profileAt(typical, se, Object.fromEntries(TRAIT_IDS.map((t) => [t, typical[t] + shift]))),
  });

  it("groups near-equal candidates into ties with competition labels", () => {
    const candidates = [make("d", -0.4), make("a", 0), make("b", 0.03), make("c", -0.05), make("e", -3)];
    const ranked = rankCandidates(
      candidates,
      (c) => roleFit(c.profile, role),
      (c) => c.id,
    );
    expect(ranked.map((r) => r.candidate.id)).toEqual(["b", "a", "c", "d", "e"]);
    expect(ranked.map((r) => r.label)).toEqual(["=1", "=1", "=1", "4", "5"]);
    expect(ranked.every((r, i) => i === 0 || r.fit.fit <= ranked[i - 1]!.fit.fit)).toBe(true);
  });

  it("separates candidates only when P(A > B) > 0.75", () => {
    const a = { fit: 70, sd: 5 };
    expect(probabilityAbove(a, { fit: 70, sd: 5 })).toBeCloseTo(0.5);
    expect(probabilityAbove(a, { fit: 60, sd: 5 })).toBeGreaterThan(0.75);
    expect(probabilityAbove({ fit: 70, sd: 0 }, { fit: 69, sd: 0 })).toBe(1);
    const f = (fit: number): RoleFit => ({
      fit,
      sd: 5,
      interval: [0, 0],
      traits: [],
      model: FIT_MODEL_VERSION,
    });
    const ranked = rankCandidates(
      [
        { id: "x", f: f(70) },
        { id: "y", f: f(66) },
        { id: "z", f: f(50) },
      ],
      (c) => c.f,
      (c) => c.id,
    );
    expect(ranked.map((r) => r.label)).toEqual(["=1", "=1", "3"]);
  });
});
