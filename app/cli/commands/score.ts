/**
 * `rolefit score FILE.csv --params ANALYSIS.json [--json]`: EAP θ and posterior SD per scale and
 * row, with the parameters `analyze` wrote. A row with no answer on a scale gets null for it.
 */
import { createEapScorer, type EapScorer, reverseKey, toModelCategory } from "~/domain/psychometrics";
import { type AnalysisFile, type AnalyzedScale, validateAnalysisFile } from "../analysis-file";
import { parseCommandArgs } from "../args";
import { readCsvFile, readTextFile } from "../csv";
import { CliError } from "../errors";
import { formatNumber, formatTable } from "../table";
import { readScaleColumns } from "./analyze";
import type { CliCommand } from "./types";

export type ScoreRow = Record<string, { theta: number; se: number } | null>;

function readParams(path: string): AnalysisFile {
  const text = readTextFile(path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not valid JSON`);
  }
  return validateAnalysisFile(parsed);
}

function scoreScale(name: string, scale: AnalyzedScale, raw: (number | null)[][]): ScoreRow[string][] {
  const keyed = scale.keyedItems;
  const scorer: EapScorer = createEapScorer(keyed.map(({ item }) => scale.items[item]!));
  return raw.map((row, r) =>
    (() => {
      let any = false;
      const responses = row.map((value, j) => {
        if (value === null) return null;
        if (value < scale.min || value > scale.max) {
          throw new CliError(
            `data row ${r + 1}, column ${keyed[j]!.item}: ${value} is outside ${scale.min}..${scale.max} (scale ${name})`,
          );
        }
        any = true;
        const keyedValue = keyed[j]!.reversed ? reverseKey(value, scale.min, scale.max) : value;
        return toModelCategory(scale.items[keyed[j]!.item]!.usedCategories, keyedValue);
      });
      if (!any) return null;
      const { theta, se } = scorer.score(responses);
      return { theta, se };
    })(),
  );
}

export const scoreCommand: CliCommand = {
  name: "score",
  summary: "EAP trait scores (θ and SE) per row with parameters from analyze --json",
  usage: "rolefit score FILE.csv --params ANALYSIS.json [--json]",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      params: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new CliError(`score needs exactly one CSV file, got ${positionals.length}`);
    if (!values.params)
      throw new CliError("score needs --params ANALYSIS.json (the output of analyze --json)");
    const params = readParams(values.params);
    const table = readCsvFile(positionals[0]!);
    const scaleNames = Object.keys(params.scales);
    const perScale = scaleNames.map((name) => {
      const scale = params.scales[name]!;
      return scoreScale(
        name,
        scale,
        readScaleColumns(
          table,
          name,
          scale.keyedItems.map(({ item }) => item),
        ),
      );
    });
    const rows: ScoreRow[] = table.rows.map((_, r) =>
      Object.fromEntries(scaleNames.map((name, s) => [name, perScale[s]![r]!])),
    );
    if (values.json) {
      io.stdout(`${JSON.stringify({ rows })}\n`);
      return 0;
    }
    const header = ["row", ...scaleNames.flatMap((name) => [`${name} θ`, `${name} SE`])];
    const body = rows.map((row, r) => [
      String(r + 1),
      ...scaleNames.flatMap((name) => [formatNumber(row[name]?.theta, 2), formatNumber(row[name]?.se, 2)]),
    ]);
    io.stdout(`${formatTable(header, body)}\n`);
    return 0;
  },
};
