// The in-app bias audit: selection rates from recorded decisions (advance = selected) and scoring
// rates from fit (share above the median fit of all scored candidates), by sex, race/ethnicity and
// their intersection. Self-identification is voluntary; "prefer not to say" and no answer are both
// unknown. Cells with fewer than MIN_CELL people are hidden so no individual can be singled out.
import { AGE_BAND_OPTIONS, PREFER_NOT, RACE_ETHNICITY_OPTIONS, SEX_OPTIONS } from "~/domain/assessment/self-id";
import { belowFourFifths, EXCLUSION_SHARE, impactReport, type CategoryResult, type ImpactReport } from "./impact-ratios";

export const MIN_CELL = 5;

export interface AuditCandidate {
  sex: string | null;
  raceEthnicity: string | null;
  selected: boolean;
  fit: number;
}

export interface AuditCell {
  key: string;
  label: string;
  n: number;
  hidden: boolean;
  rate: number | null;
  impactRatio: number | null;
  excluded: boolean;
  belowFourFifths: boolean;
}

export interface AuditTable {
  title: string;
  cells: AuditCell[];
  unknown: number | null;
}

export interface FairnessAudit {
  n: number;
  medianFit: number | null;
  selection: AuditTable[];
  scoring: AuditTable[];
  definitions: string[];
}

const labels = new Map<string, string>([...SEX_OPTIONS, ...RACE_ETHNICITY_OPTIONS, ...AGE_BAND_OPTIONS].map((o) => [o.value, o.label]));
const label = (key: string) =>
  key
    .split(" | ")
    .map((k) => labels.get(k) ?? k)
    .join(" × ");

const unknownIfDeclined = (v: string | null) => (v && v !== PREFER_NOT ? v : null);

function tables(report: ImpactReport): AuditTable[] {
  const cells = (categories: Record<string, CategoryResult>): AuditCell[] =>
    Object.entries(categories).map(([key, c]) => {
      const hidden = c.n < MIN_CELL;
      return {
        key,
        label: label(key),
        n: c.n,
        hidden,
        rate: hidden ? null : c.rate,
        impactRatio: hidden ? null : c.impactRatio,
        excluded: c.excluded,
        belowFourFifths: !hidden && belowFourFifths(c),
      };
    });
  return [
    { title: "Sex", cells: cells(report.groups.sex!), unknown: report.unknown.sex! },
    { title: "Race/ethnicity", cells: cells(report.groups.race!), unknown: report.unknown.race! },
    { title: "Sex × race/ethnicity", cells: cells(report.intersections), unknown: null },
  ];
}

export function fairnessAudit(candidates: readonly AuditCandidate[]): FairnessAudit {
  const definitions = [
    "Selection rate: the share of a group whose latest recorded decision is “advance”.",
    "Scoring rate: the share of a group whose fit is above the median fit of all scored candidates in this audit.",
    "Impact ratio: a group's rate divided by the highest rate among groups that are not excluded. Below 0.80 is flagged (the four-fifths rule, 29 CFR 1607.4(D)).",
    `Groups holding under ${EXCLUSION_SHARE * 100}% of the candidates with a known value are reported but left out of the ratios.`,
    `Groups of fewer than ${MIN_CELL} people are hidden so that no individual can be singled out.`,
    "Self-identification is voluntary; “prefer not to say” and no answer are counted as unknown.",
  ];
  if (candidates.length === 0) return { n: 0, medianFit: null, selection: [], scoring: [], definitions };
  const rows = candidates.map((c) => ({
    groups: { sex: unknownIfDeclined(c.sex), race: unknownIfDeclined(c.raceEthnicity) },
    selected: c.selected,
    score: c.fit,
  }));
  const selection = impactReport(rows, ["sex", "race"], "selected");
  const scoring = impactReport(rows, ["sex", "race"], "score");
  return { n: candidates.length, medianFit: scoring.median ?? null, selection: tables(selection), scoring: tables(scoring), definitions };
}

