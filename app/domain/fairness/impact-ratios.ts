// Adverse-impact analysis in the form bias audits of automated hiring tools report it (NYC Local
// Law 144; the four-fifths rule of 29 CFR 1607.4(D)).
//
// - Selection rate: selected ÷ people in the category.
// - Scoring rate: share of the category scoring strictly above the median score of all rows.
// - Impact ratio: a category's rate ÷ the highest rate among the categories that are not excluded.
// - A category is excluded from the ratios (its count and rate still reported) when it holds under
//   2% of the rows that have a value for that column (for an intersection: a value for every
//   group column). An empty value is "unknown", never a category; unknowns are counted per column.
// - Intersections join the values of the group columns, in the order given, with " | ".

export interface AuditRow {
  /** Column → category; null or "" is unknown. */
  groups: Readonly<Record<string, string | null | undefined>>;
  /** Selection mode: was this person selected? */
  selected?: boolean;
  /** Scoring mode: the person's score. */
  score?: number;
}

export type AuditMode = "selected" | "score";

export interface CategoryResult {
  n: number;
  rate: number;
  impactRatio: number | null;
  excluded: boolean;
}

export interface ImpactReport {
  groups: Record<string, Record<string, CategoryResult>>;
  intersections: Record<string, CategoryResult>;
  unknown: Record<string, number>;
  /** The median score all scoring rates compare against (score mode only). */
  median?: number;
}

export const EXCLUSION_SHARE = 0.02;
export const FOUR_FIFTHS = 0.8;
export const INTERSECTION_SEPARATOR = " | ";

const known = (v: string | null | undefined): v is string => v !== null && v !== undefined && v.trim() !== "";

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function categorise(entries: Array<{ key: string; success: boolean }>): Record<string, CategoryResult> {
  const tally = new Map<string, { n: number; hits: number }>();
  for (const e of entries) {
    const t = tally.get(e.key) ?? { n: 0, hits: 0 };
    t.n++;
    if (e.success) t.hits++;
    tally.set(e.key, t);
  }
  const total = entries.length;
  const out: Record<string, CategoryResult> = {};
  for (const [key, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
    out[key] = { n: t.n, rate: t.hits / t.n, impactRatio: null, excluded: t.n / total < EXCLUSION_SHARE };
  }
  const best = Math.max(
    0,
    ...Object.values(out)
      .filter((c) => !c.excluded)
      .map((c) => c.rate),
  );
  for (const c of Object.values(out)) c.impactRatio = c.excluded || best === 0 ? null : c.rate / best;
  return out;
}

export function impactReport(
  rows: readonly AuditRow[],
  groupColumns: readonly string[],
  mode: AuditMode,
): ImpactReport {
  if (rows.length === 0) throw new RangeError("there are no rows to audit");
  if (groupColumns.length === 0) throw new RangeError("name at least one group column");
  let success: (row: AuditRow) => boolean;
  let cut: number | undefined;
  if (mode === "score") {
    const scores = rows.map((r) => r.score);
    if (scores.some((s) => s === undefined || !Number.isFinite(s)))
      throw new RangeError("every row needs a numeric score");
    cut = median(scores as number[]);
    success = (r) => r.score! > cut!;
  } else {
    if (rows.some((r) => r.selected === undefined)) throw new RangeError("every row needs a selected value");
    success = (r) => r.selected === true;
  }

  const groups: ImpactReport["groups"] = {};
  const unknown: ImpactReport["unknown"] = {};
  for (const column of groupColumns) {
    const entries = rows
      .filter((r) => known(r.groups[column]))
      .map((r) => ({ key: r.groups[column]!.trim(), success: success(r) }));
    unknown[column] = rows.length - entries.length;
    groups[column] = categorise(entries);
  }
  const intersections =
    groupColumns.length > 1
      ? categorise(
          rows
            .filter((r) => groupColumns.every((c) => known(r.groups[c])))
            .map((r) => ({
              key: groupColumns.map((c) => r.groups[c]!.trim()).join(INTERSECTION_SEPARATOR),
              success: success(r),
            })),
        )
      : {};
  return { groups, intersections, unknown, ...(cut !== undefined ? { median: cut } : {}) };
}

/** True when a category's impact ratio is below four fifths of the best-treated category. */
export function belowFourFifths(c: CategoryResult): boolean {
  return c.impactRatio !== null && c.impactRatio < FOUR_FIFTHS;
}
