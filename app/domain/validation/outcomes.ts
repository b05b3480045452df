// Job outcomes recorded for hired candidates: the criteria of the local validation study. Four
// standard measures and any number of custom numeric ones. Recording an outcome for a candidate
// is what marks them as hired for the study.
import { z } from "zod";

export interface MeasureDefinition {
  key: string;
  label: string;
  /** The CSV column that carries it. */
  column: string;
  min: number;
  max: number;
  integer: boolean;
  /** How the rule reads in an error message. */
  rule: string;
}

export const STANDARD_MEASURES: readonly MeasureDefinition[] = [
  {
    key: "rating-6m",
    label: "Performance rating at 6 months (1–5)",
    column: "rating_6m",
    min: 1,
    max: 5,
    integer: true,
    rule: "a whole number from 1 to 5",
  },
  {
    key: "rating-12m",
    label: "Performance rating at 12 months (1–5)",
    column: "rating_12m",
    min: 1,
    max: 5,
    integer: true,
    rule: "a whole number from 1 to 5",
  },
  {
    key: "quota-pct",
    label: "Quota attainment (%)",
    column: "quota_pct",
    min: 0,
    max: 1000,
    integer: false,
    rule: "a percentage from 0 to 1000",
  },
  {
    key: "retained-12m",
    label: "Still employed at 12 months (1 = yes, 0 = no)",
    column: "retained_12m",
    min: 0,
    max: 1,
    integer: true,
    rule: "yes or no (1 or 0)",
  },
];

const CUSTOM_PREFIX = "custom:";
export const CUSTOM_NAME_MAX = 60;
const CUSTOM_LIMIT = 1e9;

/** A custom outcome's name: letters, digits, currency signs, spaces and - _ . % ( ); trimmed, at most 60 characters. */
export function customMeasureKey(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (trimmed.length === 0 || trimmed.length > CUSTOM_NAME_MAX) return null;
  if (!/^[\p{L}\p{N}\p{Sc} _.%()-]+$/u.test(trimmed)) return null;
  return CUSTOM_PREFIX + trimmed;
}

export function measureDefinition(key: string): MeasureDefinition | null {
  const standard = STANDARD_MEASURES.find((m) => m.key === key);
  if (standard) return standard;
  if (!key.startsWith(CUSTOM_PREFIX)) return null;
  const name = key.slice(CUSTOM_PREFIX.length);
  return {
    key,
    label: name,
    column: name,
    min: -CUSTOM_LIMIT,
    max: CUSTOM_LIMIT,
    integer: false,
    rule: "a number",
  };
}

export function measureLabel(key: string): string {
  return measureDefinition(key)?.label ?? key;
}

export function isCustomMeasure(key: string): boolean {
  return key.startsWith(CUSTOM_PREFIX);
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

/** Parses one cell or form value for a measure: the number, or the reason it is not usable. */
export function parseOutcomeValue(
  definition: MeasureDefinition,
  raw: string,
): { value: number } | { problem: string } {
  const text = raw.trim().replace(/%$/, "").trim();
  let value: number;
  if (definition.key === "retained-12m" && (YES.has(text.toLowerCase()) || NO.has(text.toLowerCase())))
    value = YES.has(text.toLowerCase()) ? 1 : 0;
  else value = text === "" ? Number.NaN : Number(text);
  const ok =
    Number.isFinite(value) &&
    value >= definition.min &&
    value <= definition.max &&
    (!definition.integer || Number.isInteger(value));
  return ok ? { value } : { problem: `${definition.label}: "${raw.trim()}" is not ${definition.rule}` };
}

export interface OutcomeEntry {
  measure: string;
  value: number;
}

export interface ImportRowProblem {
  row: number;
  problem: string;
}

export const MAX_OUTCOME_ROWS = 2000;

/**
 * Rows of an outcomes CSV (already split by the CSV reader) into entries per candidate email.
 * Columns: `email` (required), the standard columns (rating_6m, rating_12m, quota_pct,
 * retained_12m), and any other column as a custom outcome of that name. Empty cells record
 * nothing. A row with any problem records nothing, and says why.
 */
export function outcomesFromTable(
  table: { header: string[]; rows: string[][] },
  candidateIdByEmail: ReadonlyMap<string, string>,
): {
  entries: Array<{ row: number; invitationId: string; outcomes: OutcomeEntry[] }>;
  problems: ImportRowProblem[];
} {
  const problems: ImportRowProblem[] = [];
  const lower = table.header.map((h) => h.trim().toLowerCase());
  const emailColumn = lower.indexOf("email");
  if (emailColumn < 0)
    return {
      entries: [],
      problems: [{ row: 0, problem: "The header needs an email column naming each candidate." }],
    };
  const columns: Array<{ index: number; definition: MeasureDefinition }> = [];
  for (const [index, name] of table.header.entries()) {
    if (index === emailColumn || lower[index] === "name" || lower[index] === "id") continue;
    const standard = STANDARD_MEASURES.find((m) => m.column === lower[index] || m.key === lower[index]);
    const key = standard?.key ?? customMeasureKey(name);
    if (!key) {
      problems.push({
        row: 0,
        problem: `The column "${name}" is not a usable outcome name (letters, digits, spaces, - _ . % ( ), at most ${CUSTOM_NAME_MAX} characters).`,
      });
      continue;
    }
    columns.push({ index, definition: measureDefinition(key)! });
  }
  if (table.rows.length > MAX_OUTCOME_ROWS) {
    return {
      entries: [],
      problems: [
        ...problems,
        {
          row: 0,
          problem: `The file has ${table.rows.length} rows; import at most ${MAX_OUTCOME_ROWS} at a time.`,
        },
      ],
    };
  }
  const entries: Array<{ row: number; invitationId: string; outcomes: OutcomeEntry[] }> = [];
  const seen = new Set<string>();
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    if (cells.every((c) => c.trim() === "")) return;
    const email = (cells[emailColumn] ?? "").trim().toLowerCase();
    const invitationId = candidateIdByEmail.get(email);
    if (!email) return problems.push({ row, problem: "No email in this row." });
    if (!invitationId)
      return problems.push({
        row,
        problem: `${email} is not a candidate of this role with a completed assessment.`,
      });
    if (seen.has(invitationId))
      return problems.push({ row, problem: `${email} appears more than once; only the first row was used.` });
    const outcomes: OutcomeEntry[] = [];
    const rowProblems: string[] = [];
    for (const { index, definition } of columns) {
      const cell = cells[index] ?? "";
      if (cell.trim() === "") continue;
      const parsed = parseOutcomeValue(definition, cell);
      if ("problem" in parsed) rowProblems.push(parsed.problem);
      else outcomes.push({ measure: definition.key, value: parsed.value });
    }
    if (rowProblems.length) return problems.push({ row, problem: rowProblems.join("; ") });
    if (outcomes.length === 0) return problems.push({ row, problem: `No outcome values for ${email}.` });
    seen.add(invitationId);
    entries.push({ row, invitationId, outcomes });
  });
  return { entries, problems };
}

/**
 * The outcome form: one field per standard measure (empty clears it), one per custom outcome
 * already recorded (named "custom:<name>"), and a new custom outcome in customName/customValue.
 */
export function parseOutcomeForm(
  fields: Record<string, string>,
): { ok: true; set: OutcomeEntry[]; clear: string[] } | { ok: false; errors: Record<string, string> } {
  const set: OutcomeEntry[] = [];
  const clear: string[] = [];
  const errors: Record<string, string> = {};
  const keys = [
    ...STANDARD_MEASURES.map((m) => m.key),
    ...Object.keys(fields).filter((k) => isCustomMeasure(k) && customMeasureKey(k.slice(7)) === k),
  ];
  for (const key of keys) {
    const raw = fields[key];
    if (raw === undefined) continue;
    if (raw.trim() === "") {
      clear.push(key);
      continue;
    }
    const parsed = parseOutcomeValue(measureDefinition(key)!, raw);
    if ("problem" in parsed) errors[key] = parsed.problem;
    else set.push({ measure: key, value: parsed.value });
  }
  const name = (fields.customName ?? "").trim();
  const value = (fields.customValue ?? "").trim();
  if (name || value) {
    const key = customMeasureKey(name);
    if (!key)
      errors.customName = `Name the outcome with letters, digits, spaces or - _ . % ( ), at most ${CUSTOM_NAME_MAX} characters.`;
    else if (STANDARD_MEASURES.some((m) => m.label.toLowerCase() === name.toLowerCase()))
      errors.customName = "That is one of the standard outcomes above.";
    else {
      const parsed = parseOutcomeValue(measureDefinition(key)!, value);
      if ("problem" in parsed) errors.customValue = `Enter a number for ${name}.`;
      else set.push({ measure: key, value: parsed.value });
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, set, clear };
}

/**
 * The outcome form as a schema, so the page parses it like every other form: the measures are
 * dynamic (custom ones are named by the user), so the checks are parseOutcomeForm's, reported as
 * field errors.
 */
export const outcomeFormSchema = z.record(z.string(), z.string()).transform((fields, ctx) => {
  const parsed = parseOutcomeForm(fields);
  if (!parsed.ok) {
    for (const [field, message] of Object.entries(parsed.errors))
      ctx.addIssue({ code: "custom", message, path: [field] });
    return z.NEVER;
  }
  if (parsed.set.length === 0 && parsed.clear.length === 0) {
    ctx.addIssue({ code: "custom", message: "Enter at least one outcome." });
    return z.NEVER;
  }
  return { set: parsed.set, clear: parsed.clear };
});
