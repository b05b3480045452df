import { describe, expect, it } from "vitest";
import { defaultProfile, type CompanyProfile } from "./profile";
import { applyFlipChange, flipAnalysis, FLIP_INPUTS, getInput, setInput } from "./flip";
import { scoreStructures, type ScoringOptions } from "./scoring";

function winnerAfter(
  profile: CompanyProfile,
  options: ScoringOptions,
  change: Parameters<typeof applyFlipChange>[2],
) {
  const applied = applyFlipChange(profile, options, change);
  return scoreStructures(applied.profile, applied.options).recommended;
}

const consultative: CompanyProfile = {
  ...defaultProfile(),
  gtmHeadcount: 14,
  arr: 8_000_000,
  salesMotion: "consultative",
  averageDealSize: 80_000,
  salesCycleDays: 120,
};

describe("flip analysis", () => {
  for (const [name, profile, options] of [
    ["the default company", defaultProfile(), { stage: "defined" }],
    ["a consultative scale-up", consultative, { stage: "undefined" }],
    [
      "custom weights",
      defaultProfile(),
      { stage: "aligned", weights: { "selling-capacity": 4, specialization: 0 } },
    ],
  ] as const) {
    it(`reports changes that really flip the winner (${name})`, () => {
      const analysis = flipAnalysis(profile, options);
      const baseline = scoreStructures(profile, options).recommended;
      expect(analysis.winner).toBe(baseline);
      expect(analysis.robust).toBe(analysis.flips.length === 0);
      for (const flip of [...analysis.flips, ...analysis.whatIf]) {
        const after = winnerAfter(profile, options, flip.change);
        expect(after).not.toBe(baseline);
        expect(after).toBe(flip.newWinner);
        expect(flip.description).toMatch(/^If .+ would win\.$/);
      }
      const distances = analysis.flips.map((f) => f.distance);
      expect([...distances].sort((a, b) => a - b)).toEqual(distances);
      if (analysis.smallest) expect(analysis.summary).toContain(analysis.smallest.description.slice(3));
    });
  }

  it("keeps reported weight changes within 0–50% and inputs within their sensible ranges", () => {
    const analysis = flipAnalysis(defaultProfile(), { stage: "defined" });
    expect(analysis.flips.length).toBeGreaterThan(0);
    for (const flip of analysis.flips) {
      if (flip.change.kind === "weight") {
        expect(flip.change.to).toBeGreaterThanOrEqual(0);
        expect(flip.change.to).toBeLessThanOrEqual(0.5);
      }
      if (flip.change.kind === "input") {
        const spec = FLIP_INPUTS[flip.change.input];
        expect(flip.change.to).toBeGreaterThanOrEqual(spec.min);
        expect(flip.change.to).toBeLessThanOrEqual(spec.max);
      }
      expect(flip.distance).toBeGreaterThan(0);
      expect(flip.distance).toBeLessThanOrEqual(1);
    }
  });

  it("reads and writes the most likely value of ranged inputs without breaking the range", () => {
    const profile = setInput(defaultProfile(), "salesCycleDays", 200);
    expect(getInput(profile, "salesCycleDays")).toBe(200);
    expect(profile.salesCycleDays).toEqual({ low: 45, mode: 200, high: 200 });
    expect(getInput(setInput(defaultProfile(), "gtmHeadcount", 7.6), "gtmHeadcount")).toBe(8);
    // An entered team shrinks with the headcount so the profile stays valid.
    const smaller = setInput(
      { ...defaultProfile(), gtmHeadcount: 10, team: { sellers: 6, marketers: 4 } },
      "gtmHeadcount",
      5,
    );
    expect(smaller.team).toEqual({ sellers: 3, marketers: 2 });
  });
});
