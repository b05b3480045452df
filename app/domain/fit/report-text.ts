// Report text per trait for the candidate: strengths, growth advice and tasks they would likely
// enjoy, chosen by where θ̂ falls. When the 80% range of θ crosses a level boundary the report says
// the placement is uncertain instead of pretending to know, and it always names the calibration
// status of the instrument version (provisional parameters must be disclosed).
import { taskById } from "~/domain/instrument/tasks";
import { traitById } from "~/domain/instrument/traits";
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

export function traitReport(trait: TraitId, estimate: TraitEstimate): TraitReport {
  const level = levelOf(estimate.theta);
  const text = REPORT_CONTENT[trait][level];
  const lowLevel = levelOf(estimate.theta - 1.28 * estimate.se);
  const highLevel = levelOf(estimate.theta + 1.28 * estimate.se);
  const report: TraitReport = {
    trait,
    name: traitById(trait).name,
    level,
    strength: text.strength,
    growth: text.growth,
    enjoy: text.enjoy.map((id) => ({ id, label: taskById(id)!.label })),
  };
  if (lowLevel !== highLevel) {
    report.uncertainty = `Your answers place you somewhere between ${lowLevel} and ${highLevel} on this trait, so read this section as a likely picture rather than a firm one.`;
  }
  return report;
}

/**
 * What a report says about how its scores were made: whether the parameters are provisional, and
 * which engine scored the attempt (an attempt keeps the engine of the version it started under;
 * scores stored before there were two engines have none and were scored trait by trait).
 */
export function scoringNotice(scores: {
  calibration: "provisional" | "calibrated";
  engine?: AdaptiveEngine;
}): string {
  const calibration =
    scores.calibration === "provisional"
      ? "This questionnaire is new. Its scoring is based on expert judgement and has not yet been checked against many real answers, so treat the results as a first estimate."
      : "The scoring of this questionnaire has been calibrated on real answers.";
  const engine =
    scores.engine === "multidimensional"
      ? "The traits were scored together: an answer about one trait also counts a little toward the traits that usually go with it."
      : "Each trait was scored from its own answers only.";
  return `${calibration} ${engine}`;
}
