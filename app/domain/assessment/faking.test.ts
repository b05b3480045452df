import { describe, expect, it } from "vitest";
import {
  builtInContent,
  createVersion,
  currentInstrument,
  TRAIT_IDS,
  SALES_TRAITS,
  MARKETING_TRAITS,
} from "~/domain/instrument";
import { FAKE_GOOD_FOR_SALES, fakingStudy, type FakingReport } from "./faking";

// Rerun with FAKING_REPORT=1 (and FAKING_COUNT=400 for the figures quoted in docs/measurement.md)
// to print how far each score moved.
const COUNT = Number(process.env.FAKING_COUNT ?? 80);
function print(label: string, report: FakingReport) {
  if (!process.env.FAKING_REPORT) return;
  const f = (x: number) => x.toFixed(2);
  const { general, job, pairBias = 0 } = report.model;
  const lines = [
    `== ${label}: ${report.candidates} simulated candidates, model general=${general} job=${job} pairBias=${pairBias}`,
    ...TRAIT_IDS.map((t) => `${t}: ${f(report.traits[t].sd)} SD (${f(report.traits[t].raw)} θ)`),
    `Likert balance: ${f(report.likertBalance.sd)} SD (${f(report.likertBalance.raw)})`,
    `forced-choice balance: ${f(report.forcedChoiceBalance.sd)} SD (${f(report.forcedChoiceBalance.raw)} θ)`,
    `combined balance: ${f(report.combinedBalance.sd)} SD (${f(report.combinedBalance.raw)})`,
    `fit (enterprise AE): ${f(report.fit.sd)} SD (${f(report.fit.raw)} points)`,
    `honest forced-choice balance vs true balance: r = ${report.honestForcedChoiceR.toFixed(3)}`,
  ];
  console.info(lines.join("\n"));
}

/** The built-in pairs as they were before the sales-job appeal ratings: every pair pulls fully to sales. */
function unratedPairsVersion() {
  const content = builtInContent();
  for (const pair of content.items.forcedChoice) {
    for (const option of pair.options) delete (option as { salesJobAppeal?: number }).salesJobAppeal;
  }
  return createVersion(content);
}

const traitMean = (report: FakingReport, traits: readonly (typeof TRAIT_IDS)[number][]) =>
  traits.reduce((s, t) => s + report.traits[t].sd, 0) / traits.length;

describe("faking resistance (simulation)", () => {
  const version = currentInstrument();

  it("general inflation lifts every Likert trait and leaves the forced-choice balance where it was", () => {
    const report = fakingStudy(version, COUNT, 11, { general: 0.5, job: 0 });
    print("general only", report);
    for (const t of TRAIT_IDS) expect(report.traits[t].sd).toBeGreaterThan(0.3);
    expect(Math.abs(report.forcedChoiceBalance.sd)).toBeLessThan(0.1);
    expect(Math.abs(report.likertBalance.sd)).toBeLessThan(0.15);
  }, 120_000);

  it("faking good for a sales role lifts the sales traits and the Likert balance but not the forced-choice balance", () => {
    const report = fakingStudy(version, COUNT, 12, FAKE_GOOD_FOR_SALES);
    print("general + sales job", report);
    expect(traitMean(report, SALES_TRAITS)).toBeGreaterThan(traitMean(report, MARKETING_TRAITS) + 0.25);
    expect(report.likertBalance.sd).toBeGreaterThan(0.2);
    // The pairs are balanced on their appeal to a sales employer, so the pull cancels.
    expect(Math.abs(report.forcedChoiceBalance.sd)).toBeLessThanOrEqual(report.likertBalance.sd / 2);
    expect(Math.abs(report.forcedChoiceBalance.sd)).toBeLessThan(0.1);
    expect(report.fit.sd).toBeGreaterThan(0.3);
  }, 120_000);

  it("would move the forced-choice balance as much as the Likert balance if every sales statement were the obvious pick", () => {
    // The first version of the pairs, under the model's rule for unrated pairs: what the ratings fix.
    const report = fakingStudy(unratedPairsVersion(), COUNT, 12, FAKE_GOOD_FOR_SALES);
    print("pairs without ratings (every sales statement pulls fully)", report);
    expect(report.forcedChoiceBalance.sd).toBeGreaterThan(report.likertBalance.sd / 2);
    expect(report.forcedChoiceBalance.sd).toBeGreaterThan(0.2);
  }, 120_000);

  it("moves the forced-choice balance less than the Likert balance even if the ratings flatter marketing", () => {
    // Sensitivity to the provisional ratings: every pair pulls towards sales by a further quarter
    // (or half) point of appeal than the ratings say.
    const quarter = fakingStudy(version, COUNT, 12, { ...FAKE_GOOD_FOR_SALES, pairBias: 0.25 });
    print("general + sales job, ratings off by a quarter in every pair", quarter);
    expect(quarter.forcedChoiceBalance.sd).toBeGreaterThan(0);
    expect(quarter.forcedChoiceBalance.sd).toBeLessThan(quarter.likertBalance.sd / 2);
    const half = fakingStudy(version, COUNT, 12, { ...FAKE_GOOD_FOR_SALES, pairBias: 0.5 });
    print("general + sales job, ratings off by half a point in every pair", half);
    expect(half.forcedChoiceBalance.sd).toBeGreaterThan(quarter.forcedChoiceBalance.sd);
    expect(half.forcedChoiceBalance.sd).toBeLessThan(half.likertBalance.sd);
  }, 240_000);

  it("keeps honest forced-choice scores close to the true balance", () => {
    const report = fakingStudy(version, COUNT, 13, { general: 0, job: 0 });
    print("honest twice", report);
    expect(report.honestForcedChoiceR).toBeGreaterThan(0.8);
    expect(Math.abs(report.forcedChoiceBalance.sd)).toBeLessThan(0.1);
  }, 120_000);
});
