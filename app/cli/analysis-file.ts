/**
 * The JSON contract between `analyze` (which writes it) and `score` (which reads it), with a
 * validator so that a hand-edited or unrelated JSON file fails with one clear line.
 */
import { CliError } from "./errors";

export interface AnalyzedItem {
  reversed: boolean;
  itemTotalCorrected: number | null;
  a: number;
  b: number[];
  /** Keyed raw values that were observed; model category m stands for usedCategories[m]. */
  usedCategories: number[];
  n: number;
}

export interface AnalyzedScale {
  min: number;
  max: number;
  /** Items in scale order with their keying, as given to --scale. */
  keyedItems: { item: string; reversed: boolean }[];
  nListwise: number;
  alpha: number | null;
  omegaTotal: number | null;
  omegaTotalStandardized: number | null;
  nGrm: number;
  logLik: number;
  converged: boolean;
  iterations: number;
  items: Record<string, AnalyzedItem>;
  warnings: string[];
}

export interface AnalysisFile {
  scales: Record<string, AnalyzedScale>;
}

function fail(path: string, problem: string): never {
  throw new CliError(`the --params file is not analyze output: ${path} ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks only what scoring relies on; extra fields are allowed. */
export function validateAnalysisFile(value: unknown): AnalysisFile {
  if (!isRecord(value) || !isRecord(value.scales)) fail("the top level", 'has no "scales" object');
  const scales = value.scales as Record<string, unknown>;
  if (Object.keys(scales).length === 0) fail('"scales"', "is empty");
  for (const [name, scale] of Object.entries(scales)) {
    const at = `scales.${name}`;
    if (!isRecord(scale)) fail(at, "is not an object");
    if (
      !Number.isInteger(scale.min) ||
      !Number.isInteger(scale.max) ||
      (scale.max as number) <= (scale.min as number)
    ) {
      fail(at, "needs integer min < max");
    }
    if (!Array.isArray(scale.keyedItems) || scale.keyedItems.length < 1)
      fail(`${at}.keyedItems`, "must be a non-empty list");
    if (!isRecord(scale.items)) fail(`${at}.items`, "is not an object");
    const items = scale.items as Record<string, unknown>;
    for (const keyed of scale.keyedItems as unknown[]) {
      if (!isRecord(keyed) || typeof keyed.item !== "string" || typeof keyed.reversed !== "boolean") {
        fail(`${at}.keyedItems`, "entries need a string item and a boolean reversed");
      }
      const item = items[keyed.item as string];
      const itemAt = `${at}.items.${keyed.item as string}`;
      if (!isRecord(item)) fail(itemAt, "is missing");
      if (typeof item.a !== "number" || !Number.isFinite(item.a) || item.a <= 0)
        fail(`${itemAt}.a`, "must be a positive number");
      const b = item.b;
      if (!Array.isArray(b) || b.length < 1 || !b.every((t) => typeof t === "number" && Number.isFinite(t))) {
        fail(`${itemAt}.b`, "must be a list of numbers");
      }
      for (let k = 1; k < b.length; k++)
        if (!((b[k] as number) > (b[k - 1] as number))) fail(`${itemAt}.b`, "must be strictly increasing");
      const used = item.usedCategories;
      if (!Array.isArray(used) || used.length !== b.length + 1 || !used.every(Number.isInteger)) {
        fail(`${itemAt}.usedCategories`, "must list one integer per category");
      }
    }
  }
  return value as unknown as AnalysisFile;
}
