/**
 * `rolefit analyze FILE.csv --scale NAME=ITEM,-ITEM,… [--min N --max N] [--json]`
 *
 * Classical statistics use the rows complete on the scale (listwise); the GRM is calibrated on
 * every row with at least one answer on the scale, reverse-keyed items on their reversed coding.
 */
import {
  CALIBRATION_SLOPE_LIMITS,
  calibrateGrm,
  completeRows,
  correctedItemTotalCorrelations,
  cronbachAlpha,
  omegaTotal,
  reverseKey,
} from "~/domain/psychometrics";
import type { AnalysisFile, AnalyzedScale } from "../analysis-file";
import { parseCommandArgs, parseIntegerOption } from "../args";
import { type CsvTable, parseIntegerCell, readCsvFile } from "../csv";
import { CliError } from "../errors";
import { formatNumber, formatTable } from "../table";
import type { CliCommand } from "./types";

export interface ScaleSpec {
  name: string;
  items: { item: string; reversed: boolean }[];
}

export function parseScaleSpec(spec: string): ScaleSpec {
  const match = /^([^=]+)=(.*)$/.exec(spec);
  if (!match || match[1]!.trim() === "") throw new CliError(`--scale "${spec}" is not NAME=ITEM,-ITEM,…`);
  const name = match[1]!.trim();
  const parts = match[2]!.split(",").map((part) => part.trim());
  if (parts.some((part) => part === "" || part === "-"))
    throw new CliError(`--scale ${name} has an empty item name`);
  const items = parts.map((part) =>
    part.startsWith("-") ? { item: part.slice(1), reversed: true } : { item: part, reversed: false },
  );
  const seen = new Set<string>();
  for (const { item } of items) {
    if (seen.has(item)) throw new CliError(`--scale ${name} lists ${item} twice`);
    seen.add(item);
  }
  if (items.length < 2) throw new CliError(`--scale ${name} needs at least 2 items, got ${items.length}`);
  return { name, items };
}

/** Raw integer answers for the scale's items, one array per CSV row, columns in scale order. */
export function readScaleColumns(
  table: CsvTable,
  name: string,
  items: readonly string[],
): (number | null)[][] {
  const indexes = items.map((item) => {
    const index = table.header.indexOf(item);
    if (index < 0)
      throw new CliError(`scale ${name}: unknown column ${item} (the CSV has ${table.header.join(", ")})`);
    return index;
  });
  return table.rows.map((row, r) =>
    indexes.map((index, j) => parseIntegerCell(row[index]!, `data row ${r + 1}, column ${items[j]}`)),
  );
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function analyzeScale(
  table: CsvTable,
  spec: ScaleSpec,
  bounds: { min?: number; max?: number },
): AnalyzedScale {
  const names = spec.items.map((entry) => entry.item);
  const raw = readScaleColumns(table, spec.name, names);
  const seen = raw.flat().filter((value): value is number => value !== null);
  if (seen.length === 0) throw new CliError(`scale ${spec.name} has no answers`);
  const min = bounds.min ?? Math.min(...seen);
  const max = bounds.max ?? Math.max(...seen);
  if (min >= max)
    throw new CliError(`scale ${spec.name}: the categories need min < max (got ${min}..${max})`);
  raw.forEach((row, r) =>
    row.forEach((value, j) => {
      if (value !== null && (value < min || value > max)) {
        throw new CliError(`data row ${r + 1}, column ${names[j]}: ${value} is outside ${min}..${max}`);
      }
    }),
  );
  const keyed = raw.map((row) =>
    row.map((value, j) =>
      value === null ? null : spec.items[j]!.reversed ? reverseKey(value, min, max) : value,
    ),
  );

  const warnings: string[] = [];
  const complete = completeRows(keyed);
  let alpha: number | null = null;
  let itemTotal: (number | null)[] = names.map(() => null);
  let omega: number | null = null;
  let omegaStandardized: number | null = null;
  if (complete.length >= 3) {
    alpha = finiteOrNull(cronbachAlpha(complete));
    itemTotal = correctedItemTotalCorrelations(complete).map(finiteOrNull);
    try {
      const fit = omegaTotal(complete);
      omega = fit.omegaTotal;
      omegaStandardized = fit.omegaTotalStandardized;
      if (!fit.converged) warnings.push("the one-factor model did not converge; omega is approximate");
      fit.heywood.forEach((bound, j) => {
        if (bound) warnings.push(`${names[j]}: unique variance at its lower bound (Heywood case)`);
      });
    } catch (error) {
      warnings.push(`omega not computed: ${(error as Error).message}`);
    }
  } else {
    warnings.push(`only ${complete.length} complete rows: alpha and omega need at least 3`);
  }

  const answeredRows = keyed.filter((row) => row.some((value) => value !== null));
  let calibration;
  try {
    calibration = calibrateGrm(
      answeredRows.map((row) => row.map((value) => (value === null ? null : value - min))),
      { categories: names.map(() => max - min + 1) },
    );
  } catch (error) {
    const message = (error as Error).message.replace(/^item (\d+)/, (_, j: string) => names[Number(j)]!);
    throw new CliError(`scale ${spec.name}: ${message}`);
  }
  if (!calibration.converged)
    warnings.push(`GRM calibration stopped after ${calibration.iterations} EM cycles without converging`);
  const items: AnalyzedScale["items"] = {};
  calibration.items.forEach((item, j) => {
    const used = item.usedCategories.map((category) => category + min);
    if (used.length < max - min + 1) {
      warnings.push(
        `${names[j]}: categories ${rangeMissing(used, min, max).join(", ")} never used (keyed), merged with the next lower one`,
      );
    }
    if (item.a > 0.999 * CALIBRATION_SLOPE_LIMITS.max || item.a < 1.001 * CALIBRATION_SLOPE_LIMITS.min) {
      warnings.push(
        `${names[j]}: discrimination a = ${item.a.toFixed(3)} sits at its limit; the data cannot pin it down`,
      );
    }
    items[names[j]!] = {
      reversed: spec.items[j]!.reversed,
      itemTotalCorrected: itemTotal[j] ?? null,
      a: item.a,
      b: [...item.b],
      usedCategories: used,
      n: item.n,
    };
  });
  return {
    min,
    max,
    keyedItems: spec.items,
    nListwise: complete.length,
    alpha,
    omegaTotal: omega,
    omegaTotalStandardized: omegaStandardized,
    nGrm: calibration.nPersons,
    logLik: calibration.logLik,
    converged: calibration.converged,
    iterations: calibration.iterations,
    items,
    warnings,
  };
}

function rangeMissing(used: number[], min: number, max: number): number[] {
  const missing: number[] = [];
  for (let value = min; value <= max; value++) if (!used.includes(value)) missing.push(value);
  return missing;
}

function renderText(analysis: AnalysisFile): string {
  const blocks: string[] = [];
  for (const [name, scale] of Object.entries(analysis.scales)) {
    const thresholds = Math.max(...Object.values(scale.items).map((item) => item.b.length));
    const header = [
      "item",
      "keyed",
      "r.drop",
      "a",
      ...Array.from({ length: thresholds }, (_, k) => `b${k + 1}`),
    ];
    const rows = scale.keyedItems.map(({ item }) => {
      const result = scale.items[item]!;
      return [
        item,
        result.reversed ? "reversed" : "forward",
        formatNumber(result.itemTotalCorrected),
        formatNumber(result.a),
        ...Array.from({ length: thresholds }, (_, k) => formatNumber(result.b[k])),
      ];
    });
    blocks.push(
      [
        `Scale ${name} (categories ${scale.min}..${scale.max})`,
        `  complete rows ${scale.nListwise}: alpha ${formatNumber(scale.alpha)}, omega total ${formatNumber(scale.omegaTotal)}`,
        `  GRM on ${scale.nGrm} rows: log-likelihood ${scale.logLik.toFixed(3)}, ` +
          `${scale.converged ? "converged" : "NOT converged"} after ${scale.iterations} EM cycles`,
        "",
        formatTable(header, rows),
        ...scale.warnings.map((warning) => `  note: ${warning}`),
      ].join("\n"),
    );
  }
  return `${blocks.join("\n\n")}\n`;
}

export const analyzeCommand: CliCommand = {
  name: "analyze",
  summary: "reliability (alpha, omega, item-total) and GRM calibration per scale",
  usage: "rolefit analyze FILE.csv --scale NAME=ITEM,-ITEM,… [--scale …] [--min N --max N] [--json]",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      scale: { type: "string", multiple: true },
      min: { type: "string" },
      max: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new CliError(`analyze needs exactly one CSV file, got ${positionals.length}`);
    const specs = (values.scale ?? []).map(parseScaleSpec);
    if (specs.length === 0) throw new CliError("analyze needs at least one --scale NAME=ITEM,-ITEM,…");
    const names = new Set<string>();
    for (const spec of specs) {
      if (names.has(spec.name)) throw new CliError(`scale ${spec.name} is given twice`);
      names.add(spec.name);
    }
    const bounds = { min: parseIntegerOption(values.min, "min"), max: parseIntegerOption(values.max, "max") };
    if (bounds.min !== undefined && bounds.max !== undefined && bounds.min >= bounds.max) {
      throw new CliError(`--min ${bounds.min} must be smaller than --max ${bounds.max}`);
    }
    const table = readCsvFile(positionals[0]!);
    const analysis: AnalysisFile = { scales: {} };
    for (const spec of specs) analysis.scales[spec.name] = analyzeScale(table, spec, bounds);
    io.stdout(values.json ? `${JSON.stringify(analysis)}\n` : renderText(analysis));
    return 0;
  },
};
