import { describe, expect, it } from "vitest";
import { currentInstrument, TRAIT_IDS, SALES_TRAITS, MARKETING_TRAITS } from "~/domain/instrument";
import { FAKE_GOOD_FOR_SALES, fakingStudy, type FakingReport } from "./faking";

// Rerun with FAKING_REPORT=1 (and FAKING_COUNT=400 for the figures quoted in docs/measurement.md)
// to print how far each score moved.
const COUNT = Number(process.env.FAKING_COUNT ?? 80);
function print(report: FakingReport) {
  if (!process.env.FAKING_REPORT) return;
  const f = (x: number) => x.toFixed(2);
  const lines = [
    `${report.candidates} simulated candidates, model general=${report.model.general} job=${report.model.job}`,
    ...TRAIT_IDS.map((t) => `${t}: ${f(report.traits[t].sd)} SD (${f(report.traits[t].raw)} θ)`),
    `Likert balance: ${f(report.likertBalance.sd)} SD (${f(report.likertBalance.raw)})`,
    `forced-choice balance: ${f(report.forcedChoiceBalance.sd)} SD (${f(report.forcedChoiceBalance.raw)} θ)`,
    `combined balance: ${f(report.combinedBalance.sd)} SD (${f(report.combinedBalance.raw)})`,
    `fit (enterprise AE): ${f(report.fit.sd)} SD (${f(report.fit.raw)} points)`,
  ];
  console.info(lines.join("\n"));
}

describe("faking resistance (simulation)", () => {
  const version = currentInstrument();

  it("general inflation lifts every Likert trait and leaves the forced-choice balance where it was", () => {
    const report = fakingStudy(version, COUNT, 11, { general: 0.5, job: 0 });
    print(report);
    for (const t of TRAIT_IDS) expect(report.traits[t].sd).toBeGreaterThan(0.3);
    expect(Math.abs(report.forcedChoiceBalance.sd)).toBeLessThan(0.1);
    expect(Math.abs(report.likertBalance.sd)).toBeLessThan(0.15);
  }, 120_000);

  it("faking good for a sales role moves the forced-choice balance far less than the sales trait scores", () => {
    const report = fakingStudy(version, COUNT, 12, FAKE_GOOD_FOR_SALES);
    print(report);
    const salesMean = SALES_TRAITS.reduce((s, t) => s + report.traits[t].sd, 0) / SALES_TRAITS.length;
    const marketingMean = MARKETING_TRAITS.reduce((s, t) => s + report.traits[t].sd, 0) / MARKETING_TRAITS.length;
    expect(salesMean).toBeGreaterThan(marketingMean);
    expect(report.forcedChoiceBalance.sd).toBeGreaterThan(0);
    expect(report.forcedChoiceBalance.sd).toBeLessThan(salesMean / 2);
    expect(report.fit.sd).toBeGreaterThan(0.3);
  }, 120_000);
});
