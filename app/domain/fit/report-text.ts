// Report text per trait for the candidate: strengths, growth advice and tasks they would likely
// enjoy, chosen by where θ̂ falls. When the 80% range of θ crosses a level boundary the report says
// the placement is uncertain instead of pretending to know, and it always names the calibration
// status of the instrument version (provisional parameters must be disclosed).
import { candidateContent, translator, type Locale } from "~/domain/i18n";
import type { AdaptiveEngine } from "~/domain/instrument/forms";
import type { TraitId } from "~/domain/instrument/types";
import { type Level, REPORT_CONTENT } from "./report-content";
import type { TraitEstimate } from "./types";

export const LEVEL_CUTS = { low: -0.5, high: 0.5 } as const;

export function levelOf(theta: number): Level {
  return theta < LEVEL_CUTS.low ? "low" : theta > LEVEL_CUTS.high ? "high" : "mid";
}

export interface TraitReport {
  trait: TraitId;
  name: string;
  level: Level;
  strength: string;
  growth: string;
  enjoy: Array<{ id: string; label: string }>;
  /** Present when the 80% range of θ spans more than one level. */
  uncertainty?: string;
}

/** What the report says of one trait, in the reader's language (English for the workspace). */
export function traitReport(trait: TraitId, estimate: TraitEstimate, locale: Locale = "en"): TraitReport {
  const level = levelOf(estimate.theta);
  const content = candidateContent(locale);
  const text = content.report[trait][level];
  const lowLevel = levelOf(estimate.theta - 1.28 * estimate.se);
  const highLevel = levelOf(estimate.theta + 1.28 * estimate.se);
  const report: TraitReport = {
    trait,
    name: content.traits[trait].name,
    level,
    strength: text.strength,
    growth: text.growth,
    enjoy: REPORT_CONTENT[trait][level].enjoy.map((id) => ({ id, label: content.tasks[id] ?? id })),
  };
  if (lowLevel !== highLevel) {
    report.uncertainty = translator(locale)("report.uncertain", { low: lowLevel, high: highLevel });
  }
  return report;
}

/**
 * What a report says about how its scores were made: whether the parameters are provisional, and
 * which engine scored the attempt (an attempt keeps the engine of the version it started under;
 * scores stored before there were two engines have none and were scored trait by trait).
 */
export function scoringNotice(
  scores: { calibration: "provisional" | "calibrated"; engine?: AdaptiveEngine },
  locale: Locale = "en",
): string {
  const t = translator(locale);
  const calibration = t(
    scores.calibration === "provisional" ? "report.provisionalScoring" : "report.calibratedScoring",
  );
  const engine = t(
    scores.engine === "multidimensional" ? "report.engineMultidimensional" : "report.enginePerTrait",
  );
  return `${calibration} ${engine}`;
}
