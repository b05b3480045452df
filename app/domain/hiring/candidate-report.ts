// A candidate as a hiring manager sees them for one role: fit with its range, the traits that
// clearly meet the target and the ones that clearly miss it, what to probe in the interview, and
// answer-quality notes in plain words. Built from the stored scores only.
import type { AttemptScores } from "~/domain/assessment/scoring";
import { profileOf } from "~/domain/assessment/scoring";
import { roleFit } from "~/domain/fit/fit";
import { interviewGuide } from "~/domain/fit/interview-guide";
import type { RoleTargets } from "~/domain/fit/types";
import { traitById } from "~/domain/instrument";
import { roleProfileRows } from "./profile-rows";

/** A trait counts as a clear strength or gap when the band probability says so with 80% odds. */
const CLEAR = 0.8;

export function candidateReport(targets: RoleTargets, scores: AttemptScores) {
  const profile = profileOf(scores);
  const fit = roleFit(profile, targets);
  const byWeight = [...fit.traits].sort((a, b) => b.weight - a.weight);
  const strengths = byWeight
    .filter((t) => t.probability >= CLEAR)
    .map((t) => ({ trait: t.trait, name: traitById(t.trait).name, text: `Very likely within the target (${Math.round(t.probability * 100)}% chance).` }));
  const gaps = byWeight
    .filter((t) => t.gap !== 0 && t.probability <= 1 - CLEAR)
    .map((t) => ({
      trait: t.trait,
      name: traitById(t.trait).name,
      text: `${t.gap < 0 ? "Below" : "Above"} the target band by about ${Math.abs(t.gap).toFixed(1)} (only ${Math.round(t.probability * 100)}% chance of being within it).`,
    }));
  return {
    fit: { fit: fit.fit, low: fit.interval[0], high: fit.interval[1] },
    rows: roleProfileRows(targets, profile),
    strengths,
    gaps,
    guide: interviewGuide(profile, targets),
    flags: scores.quality.flags.map((f) => f.reason),
    calibration: scores.calibration,
    versionId: scores.versionId,
    composites: {
      sales: scores.composites.sales,
      marketing: scores.composites.marketing,
    },
  };
}
