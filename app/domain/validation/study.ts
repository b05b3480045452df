// The local validation study of one role: for the fit and for each trait, how strongly the score
// went with each recorded outcome among the hired candidates, with the interval, p, and the
// corrections (criterion unreliability when a reliability is given, then direct range restriction
// with u = the predictor's SD among all completed candidates of the role ÷ its SD among those hired).
import { TRAITS, type TraitId } from "~/domain/instrument";
import {
  criterionValidity,
  sampleSd,
  VALIDITY_SMALL_SAMPLE,
  type ValidityResult,
} from "~/domain/psychometrics/validity";
import { measureLabel, STANDARD_MEASURES } from "./outcomes";

export interface StudyCandidate {
  fit: number;
  traits: Partial<Record<TraitId, number>>;
  /** Recorded outcomes by measure key; empty for candidates not hired (or not yet followed up). */
  outcomes: Record<string, number>;
}

export interface StudyCell extends ValidityResult {
  predictor: string;
  predictorLabel: string;
  /** The range-restriction ratio used; null when it could not be computed. */
  u: number | null;
}

export interface StudyOutcome {
  measure: string;
  label: string;
  n: number;
  reliability: number | null;
  small: boolean;
  cells: StudyCell[];
}

export interface ValidationStudy {
  completed: number;
  hired: number;
  outcomes: StudyOutcome[];
}

export const PREDICTORS: ReadonlyArray<{
  id: string;
  label: string;
  value: (c: StudyCandidate) => number | undefined;
}> = [
  { id: "fit", label: "Fit to the role", value: (c) => c.fit },
  ...TRAITS.map((t) => ({ id: t.id, label: t.name, value: (c: StudyCandidate) => c.traits[t.id] })),
];

export function validationStudy(
  candidates: readonly StudyCandidate[],
  reliabilities: Record<string, number> = {},
): ValidationStudy {
  const measures = new Set<string>();
  for (const c of candidates) for (const m of Object.keys(c.outcomes)) measures.add(m);
  const standardOrder = STANDARD_MEASURES.map((m) => m.key);
  const ordered = [...measures].sort((a, b) => {
    const ia = standardOrder.indexOf(a),
      ib = standardOrder.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const applicantSd = new Map(
    PREDICTORS.map((p) => [
      p.id,
      sampleSd(candidates.map(p.value).filter((v): v is number => v !== undefined)),
    ]),
  );
  const outcomes = ordered.map((measure): StudyOutcome => {
    const hired = candidates.filter((c) => c.outcomes[measure] !== undefined);
    const reliability = reliabilities[measure] ?? null;
    const cells = PREDICTORS.map((p): StudyCell => {
      const pairs = hired
        .map((c) => [p.value(c), c.outcomes[measure]!] as const)
        .filter((pair): pair is readonly [number, number] => pair[0] !== undefined);
      const x = pairs.map(([v]) => v),
        y = pairs.map(([, v]) => v);
      const hiredSd = x.length >= 2 ? sampleSd(x) : Number.NaN;
      const u = applicantSd.get(p.id)! / hiredSd;
      const usable = Number.isFinite(u) && u > 0 ? u : null;
      const result = criterionValidity(x, y, {
        criterionReliability: reliability ?? undefined,
        rangeRestrictionRatio: usable ?? undefined,
      });
      return { ...result, predictor: p.id, predictorLabel: p.label, u: usable };
    });
    return {
      measure,
      label: measureLabel(measure),
      n: hired.length,
      reliability,
      small: hired.length < VALIDITY_SMALL_SAMPLE,
      cells,
    };
  });
  return {
    completed: candidates.length,
    hired: candidates.filter((c) => Object.keys(c.outcomes).length > 0).length,
    outcomes,
  };
}

/**
 * One plain sentence about a coefficient: its size in words (Cohen's 1988 conventions for r: .10
 * small, .30 medium, .50 large), and whether the interval rules out zero.
 */
export function describeCell(cell: Pick<StudyCell, "n" | "r" | "ci95">): string {
  if (!Number.isFinite(cell.r))
    return cell.n < 3
      ? "Too few people with this outcome to compute anything."
      : "No variation in the score or the outcome, so no correlation.";
  const size = Math.abs(cell.r);
  const strength = size < 0.1 ? "almost no" : size < 0.3 ? "a small" : size < 0.5 ? "a medium" : "a large";
  const direction =
    cell.r >= 0 ? "higher scores went with higher outcomes" : "higher scores went with lower outcomes";
  const [lo, hi] = cell.ci95;
  const uncertain = Number.isFinite(lo) && lo < 0 && hi > 0;
  return `${strength === "almost no" ? "Almost no relation" : `${strength[0]!.toUpperCase()}${strength.slice(1)} relation: ${direction}`}${uncertain ? "; the range includes zero, so this sample cannot tell it apart from no relation" : ""}.`;
}
