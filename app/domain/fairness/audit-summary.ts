// The in-app bias audit: selection rates from recorded decisions (advance = selected) and scoring
// rates from fit (share above the median fit of all scored candidates), by sex, race/ethnicity,
// their intersection, and age band. Self-identification is voluntary; "prefer not to say" and no
// answer are both unknown. Cells with fewer than MIN_CELL people are hidden so no individual can be
// singled out, and a hidden cell is never the comparison group: a flag must point at a rate the
// reader can see. Every shown rate carries its 95% interval, and every comparison a Fisher exact
// p-value, because with groups this small a ratio under four fifths is often chance.
import {
  AGE_BAND_OPTIONS,
  PREFER_NOT,
  RACE_ETHNICITY_OPTIONS,
  SEX_OPTIONS,
} from "~/domain/assessment/self-id";
import {
  EXCLUSION_SHARE,
  FOUR_FIFTHS,
  impactReport,
  type CategoryResult,
  type ImpactReport,
} from "./impact-ratios";
import { fisherExactP, wilsonInterval } from "./sampling";

export const MIN_CELL = 5;

export interface AuditCandidate {
  sex: string | null;
  raceEthnicity: string | null;
  ageBand: string | null;
  selected: boolean;
  fit: number;
}

export interface AuditCell {
  key: string;
  label: string;
  n: number;
  hidden: boolean;
  rate: number | null;
  /** 95% Wilson interval of the rate, for shown cells. */
  interval: [number, number] | null;
  impactRatio: number | null;
  /** Fisher exact test against the comparison group (two-sided), for shown cells other than it. */
  pValue: number | null;
  /** This cell is the comparison group: the highest rate among the shown, not excluded cells. */
  reference: boolean;
  excluded: boolean;
  belowFourFifths: boolean;
}

export interface AuditTable {
  title: string;
  cells: AuditCell[];
  unknown: number | null;
  /** Label of the comparison group, or null when fewer than two groups can be compared. */
  reference: string | null;
}

/** Below this p-value a gap is unlikely to be chance alone (the conventional 5%). */
export const SIGNIFICANCE = 0.05;

export interface FairnessAudit {
  n: number;
  medianFit: number | null;
  selection: AuditTable[];
  scoring: AuditTable[];
  definitions: string[];
}

const labels = new Map<string, string>(
  [...SEX_OPTIONS, ...RACE_ETHNICITY_OPTIONS, ...AGE_BAND_OPTIONS].map((o) => [o.value, o.label]),
);
const label = (key: string) =>
  key
    .split(" | ")
    .map((k) => labels.get(k) ?? k)
    .join(" × ");

const unknownIfDeclined = (v: string | null) => (v && v !== PREFER_NOT ? v : null);

function table(
  title: string,
  categories: Record<string, CategoryResult>,
  unknown: number | null,
): AuditTable {
  const shown = Object.entries(categories).map(([key, c]) => ({
    key,
    c,
    hits: Math.round(c.rate * c.n),
    hidden: c.n < MIN_CELL,
  }));
  const comparable = shown.filter((x) => !x.hidden && !x.c.excluded);
  // The comparison group is the best-treated group the reader can see; with fewer than two such
  // groups there is nothing to compare.
  const best = comparable.length >= 2 ? comparable.reduce((a, b) => (b.c.rate > a.c.rate ? b : a)) : null;
  const cells = shown.map(({ key, c, hits, hidden }): AuditCell => {
    const compared = !!best && !hidden && !c.excluded && best.c.rate > 0;
    const impactRatio = compared ? c.rate / best.c.rate : null;
    return {
      key,
      label: label(key),
      n: c.n,
      hidden,
      rate: hidden ? null : c.rate,
      interval: hidden ? null : wilsonInterval(hits, c.n),
      impactRatio,
      pValue: compared && key !== best.key ? fisherExactP(hits, c.n, best.hits, best.c.n) : null,
      reference: !!best && key === best.key,
      excluded: c.excluded,
      belowFourFifths: impactRatio !== null && impactRatio < FOUR_FIFTHS,
    };
  });
  return { title, cells, unknown, reference: best ? label(best.key) : null };
}

function tables(report: ImpactReport, ages: ImpactReport): AuditTable[] {
  return [
    table("Sex", report.groups.sex!, report.unknown.sex!),
    table("Race/ethnicity", report.groups.race!, report.unknown.race!),
    table("Sex × race/ethnicity", report.intersections, null),
    table("Age band", ages.groups.age!, ages.unknown.age!),
  ];
}

export function fairnessAudit(candidates: readonly AuditCandidate[]): FairnessAudit {
  const definitions = [
    "Selection rate: the share of a group whose latest recorded decision is “advance”.",
    "Scoring rate: the share of a group whose fit is above the median fit of all scored candidates in this audit.",
    "Impact ratio: a group's rate divided by the comparison group's: the highest rate among the groups shown and not excluded. Below 0.80 is flagged (the four-fifths rule, 29 CFR 1607.4(D)).",
    "The range after each rate is its 95% interval (Wilson): with few people a rate is uncertain, and overlapping ranges mean the groups may not differ.",
    `p is Fisher's exact test of a group against the comparison group: the chance of a gap at least this large if both groups had the same rate. Above ${SIGNIFICANCE} the gap may well be chance; a flag with a large p calls for more data, not a conclusion.`,
    `Groups holding under ${EXCLUSION_SHARE * 100}% of the candidates with a known value are reported but left out of the ratios.`,
    `Groups of fewer than ${MIN_CELL} people are hidden so that no individual can be singled out.`,
    "Self-identification is voluntary; “prefer not to say” and no answer are counted as unknown.",
  ];
  if (candidates.length === 0) return { n: 0, medianFit: null, selection: [], scoring: [], definitions };
  const rows = candidates.map((c) => ({
    groups: {
      sex: unknownIfDeclined(c.sex),
      race: unknownIfDeclined(c.raceEthnicity),
      age: unknownIfDeclined(c.ageBand),
    },
    selected: c.selected,
    score: c.fit,
  }));
  // Age is audited on its own: crossing it with sex and race would leave almost every cell hidden.
  const selection = tables(
    impactReport(rows, ["sex", "race"], "selected"),
    impactReport(rows, ["age"], "selected"),
  );
  const scoringReport = impactReport(rows, ["sex", "race"], "score");
  const scoring = tables(scoringReport, impactReport(rows, ["age"], "score"));
  return { n: candidates.length, medianFit: scoringReport.median ?? null, selection, scoring, definitions };
}
