// The words a hiring manager and a candidate read come from one classification per trait, so they
// agree with each other and with the fit number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personalReport } from "~/domain/assessment/report";
import type { AttemptScores } from "~/domain/assessment/scoring";
import { composites } from "~/domain/fit/composites";
import { probabilityAbove, roleFit } from "~/domain/fit/fit";
import { ROLE_TEMPLATES, templateById } from "~/domain/fit/templates";
import type { Profile } from "~/domain/fit/types";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument";
import { referencePercentile } from "~/domain/psychometrics";
import { candidateReport, pct } from "./candidate-report";

function scoresFrom(thetas: Partial<Record<TraitId, number>>, se = 0.3, fallback = 0): AttemptScores {
  const profile = Object.fromEntries(
    TRAIT_IDS.map((t) => [t, { theta: thetas[t] ?? fallback, se }]),
  ) as unknown as Profile;
  return {
    versionId: "test",
    calibration: "provisional",
    traits: Object.fromEntries(
      TRAIT_IDS.map((t) => [
        t,
        { ...profile[t], percentile: referencePercentile(profile[t].theta), itemsAnswered: 8 },
      ]),
    ) as AttemptScores["traits"],
    forcedChoiceBalance: null,
    composites: composites(profile),
    quality: { flags: [], answered: 80, medianResponseMs: 4000 },
  };
}

const ae = templateById("ae-enterprise")!.targets;
// The strong seller of issue 14: far above every sales need, below average on marketing traits.
const SELLER = {
  "rejection-resilience": 2.3,
  "closing-drive": 2.2,
  discovery: 1.9,
  persuasion: 1.8,
  "pipeline-discipline": 1.2,
  "creative-ideation": -0.6,
  "market-research": 0.4,
  storytelling: -1,
  "product-strategy": -0.3,
  "demand-generation": -1.2,
  "customer-feedback": 0.6,
};

describe("candidate report for a role", () => {
  it("reads a strong seller as a strong enterprise-AE fit with no gaps, and calls no unneeded trait a strength", () => {
    const report = candidateReport(ae, scoresFrom(SELLER));
    expect(report.fit.fit).toBeGreaterThan(95);
    expect(report.gaps).toEqual([]);
    expect(report.strengths.map((s) => s.trait)).toEqual(
      expect.arrayContaining(["rejection-resilience", "closing-drive", "discovery", "persuasion"]),
    );
    expect(report.strengths.map((s) => s.trait)).not.toContain("creative-ideation");
    expect(report.strengths[0]!.text).toMatch(/Very likely meets the core need: .* or more/);
    expect(report.guide.map((g) => g.trait)).not.toContain("rejection-resilience");
  });

  it("does not call market research a strength when the seller only clears the enterprise AE's below-average bar", () => {
    // The role asks for market research of −0.3 or more (useful): 0.05 ± 0.3 very likely clears it,
    // but is not clearly above average, so it meets the need without being a strength.
    const report = candidateReport(ae, scoresFrom({ ...SELLER, "market-research": 0.05 }));
    expect(report.strengths.map((s) => s.trait)).not.toContain("market-research");
    expect(report.gaps.map((s) => s.trait)).not.toContain("market-research");
    expect(report.uncertain.map((s) => s.trait)).not.toContain("market-research");
    const met = report.alsoMet.find((s) => s.trait === "market-research")!;
    expect(met.text).toBe(
      "Very likely meets the useful need: -0.3 or more (88% chance); the bar is below average and they are not clearly above average (57% chance), so it is not a strength.",
    );
    // Clearly above average, the same low bar is a strength; a high bar (discovery, 1.0) always is.
    const strong = candidateReport(ae, scoresFrom({ ...SELLER, "market-research": 1 }));
    expect(strong.strengths.map((s) => s.trait)).toContain("market-research");
    expect(strong.alsoMet).toEqual([]);
    expect(report.strengths.map((s) => s.trait)).toContain("discovery");
  });

  it("places the strong seller clearly above a generalist, not in a tie", () => {
    const seller = roleFit(scoresToProfile(scoresFrom(SELLER)), ae);
    const generalist = roleFit(scoresToProfile(scoresFrom({}, 0.3, 0.5)), ae);
    expect(probabilityAbove(seller, generalist)).toBeGreaterThan(0.75);
    expect(seller.fit - generalist.fit).toBeGreaterThan(40);
  });

  it("lists every required trait in exactly one of strengths, also met, gaps or cannot-tell, and the guide only from the last two", () => {
    const thetas = fc.tuple(...TRAIT_IDS.map(() => fc.double({ min: -3, max: 3, noNaN: true })));
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLE_TEMPLATES),
        thetas,
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (t, values, se) => {
          const report = candidateReport(
            t.targets,
            scoresFrom(Object.fromEntries(TRAIT_IDS.map((id, i) => [id, values[i]!])), se),
          );
          const listed = [...report.strengths, ...report.alsoMet, ...report.gaps, ...report.uncertain]
            .map((x) => x.trait)
            .sort();
          expect(listed).toEqual(TRAIT_IDS.filter((id) => t.targets[id].need !== "not-required").sort());
          const gaps = new Set(report.gaps.map((g) => g.trait));
          const uncertain = new Set(report.uncertain.map((u) => u.trait));
          for (const g of report.guide)
            expect(g.reason === "short" ? gaps.has(g.trait) : uncertain.has(g.trait)).toBe(true);
          // The guide covers every gap before any uncertain trait (up to its length of four).
          expect(report.guide.filter((g) => g.reason === "short").length).toBe(Math.min(4, gaps.size));
        },
      ),
      { numRuns: 200 },
    );
  });
});

function scoresToProfile(scores: AttemptScores): Profile {
  return Object.fromEntries(
    TRAIT_IDS.map((t) => [t, { theta: scores.traits[t].theta, se: scores.traits[t].se }]),
  ) as unknown as Profile;
}

describe("a ceiling", () => {
  it("counts above it as a gap and says why wherever it bites", () => {
    const reason = "A workspace's own reason why too much of this trait hurts the job.";
    const capped = {
      ...ae,
      "closing-drive": { need: "core" as const, min: 0.4, weight: 1, ceiling: { max: 1.5, reason } },
    };
    const report = candidateReport(capped, scoresFrom(SELLER));
    const gap = report.gaps.find((g) => g.trait === "closing-drive")!;
    expect(gap.text).toMatch(/^Above the ceiling of the core need: 0\.4 to 1\.5 by about 0\.7/);
    expect(gap.text).toContain(reason);
    const guide = report.guide.find((g) => g.trait === "closing-drive")!;
    expect(guide.reason).toBe("short");
    expect(guide.explanation).toContain(reason);
    expect(report.rows.find((r) => r.trait === "closing-drive")!.ceiling).toEqual({ max: 1.5, reason });
    // The same person is not penalised where the role sets no ceiling.
    expect(candidateReport(ae, scoresFrom(SELLER)).fit.fit).toBeGreaterThan(report.fit.fit + 30);
  });
});

describe("personal report", () => {
  it("shows a 99th-percentile marketer a marketing template among the best fits, with a high fit", () => {
    const z99 = 2.33;
    const report = personalReport(
      scoresFrom({
        "creative-ideation": z99,
        "market-research": z99,
        storytelling: z99,
        "demand-generation": z99,
      }),
    );
    const marketing = [
      "content-brand-marketer",
      "demand-gen-marketer",
      "market-researcher",
      "product-marketing-manager",
    ];
    expect(marketing).toContain(report.roles[0]!.id);
    expect(report.roles[0]!.fit).toBeGreaterThan(90);
    expect(report.fitModel).toMatch(/^threshold-/);
  });

  it("grows only what the best-fitting role needs and the person does not clearly meet", () => {
    fc.assert(
      fc.property(
        fc.tuple(...TRAIT_IDS.map(() => fc.double({ min: -2.5, max: 2.5, noNaN: true }))),
        (values) => {
          const scores = scoresFrom(Object.fromEntries(TRAIT_IDS.map((id, i) => [id, values[i]!])));
          const report = personalReport(scores);
          const best = ROLE_TEMPLATES.find((t) => t.id === report.roles[0]!.id)!;
          const fit = roleFit(scoresToProfile(scores), best.targets);
          const open = new Set(fit.traits.filter((x) => x.classification !== "meets").map((x) => x.trait));
          const nameToId = new Map(report.traits.map((x) => [x.name, x.trait]));
          for (const g of report.growth) expect(open.has(nameToId.get(g.trait)!)).toBe(true);
          expect(report.growth.length).toBe(Math.min(3, open.size));
          expect(report.growthIntro).toContain(best.name);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("chances in words", () => {
  it("never says 0% or 100%, and never 'only 0%'", () => {
    expect(pct(0)).toBe("under 1%");
    expect(pct(0.004)).toBe("under 1%");
    expect(pct(0.5)).toBe("50%");
    expect(pct(0.999)).toBe("over 99%");
  });
});
