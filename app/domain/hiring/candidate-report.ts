// A candidate as a hiring manager sees them for one role: fit with its range, the clear strengths
// (needs clearly met by someone clearly above average), the other needs clearly met, the ones that
// clearly fall short, the ones the questionnaire
// cannot tell, what to probe in the interview, and answer-quality notes in plain words. Built from
// the stored scores only. Every list reads the one classification roleFit gives each trait, so the
// boxes and the guide cannot disagree, and a trait the role does not require appears in none.
import type { AttemptScores } from "~/domain/assessment/scoring";
import { profileOf } from "~/domain/assessment/scoring";
import { isClearStrength, roleFit, type TraitFit } from "~/domain/fit/fit";
import { describeTarget, guideFromFit, nearCeiling } from "~/domain/fit/interview-guide";
import type { RoleTargets } from "~/domain/fit/types";
import { traitById } from "~/domain/instrument";
import { roleProfileRows } from "./profile-rows";

/** A probability in words that never reads "0%" or "100%": the estimate is never that certain. */
export const pct = (p: number) =>
  p < 0.005 ? "under 1%" : p > 0.995 ? "over 99%" : `${Math.round(p * 100)}%`;

export function traitVerdictText(t: TraitFit): string {
  const need = `${t.need === "core" ? "core" : "useful"} need: ${describeTarget(t)}`;
  if (t.classification === "meets") {
    const meets = `Very likely meets the ${need} (${pct(t.probability)} chance)`;
    return isClearStrength(t)
      ? `${meets}.`
      : `${meets}; the bar is below average and they are not clearly above average (${pct(t.aboveAverage)} chance), so it is not a strength.`;
  }
  if (t.classification === "short") {
    return t.overCeiling
      ? `Above the ceiling of the ${need} by about ${t.gap.toFixed(1)} (${pct(t.probability)} chance of being within it). The ceiling is there because: ${t.ceiling!.reason}`
      : `Below the ${need} by about ${Math.abs(t.gap).toFixed(1)} (${pct(t.probability)} chance of meeting it).`;
  }
  return nearCeiling(t)
    ? `Close to the ceiling of the ${need} (${pct(t.probability)} chance of being within it). The ceiling is there because: ${t.ceiling!.reason}`
    : `Close to the threshold of the ${need} (${pct(t.probability)} chance of meeting it).`;
}

export function candidateReport(targets: RoleTargets, scores: AttemptScores) {
  const profile = profileOf(scores);
  const fit = roleFit(profile, targets);
  // Core needs first, then by weight; the trait order breaks ties so the lists are stable.
  const ordered = [...fit.traits].sort(
    (a, b) => Number(b.need === "core") - Number(a.need === "core") || b.weight - a.weight,
  );
  const words = (keep: (t: TraitFit) => boolean) =>
    ordered
      .filter(keep)
      .map((t) => ({ trait: t.trait, name: traitById(t.trait).name, text: traitVerdictText(t) }));
  return {
    fit: { fit: fit.fit, low: fit.interval[0], high: fit.interval[1], model: fit.model },
    rows: roleProfileRows(targets, profile),
    strengths: words(isClearStrength),
    /** Needs clearly met that are not strengths (a bar below average, met without standing out). */
    alsoMet: words((t) => t.classification === "meets" && !isClearStrength(t)),
    gaps: words((t) => t.classification === "short"),
    uncertain: words((t) => t.classification === "uncertain"),
    guide: guideFromFit(fit),
    flags: scores.quality.flags.map((f) => f.reason),
    calibration: scores.calibration,
    versionId: scores.versionId,
    composites: {
      sales: scores.composites.sales,
      marketing: scores.composites.marketing,
    },
  };
}
