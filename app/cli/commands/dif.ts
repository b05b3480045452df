/**
 * `rolefit dif FILE.csv --items I1,I2,… --group COL --reference VALUE --focal VALUE [--cut K] [--json]`:
 * differential item functioning of app/domain/psychometrics/dif, matched on the total score of
 * the listed items. Rows missing any listed item, or in neither group, are left out. With
 * `--group language` (the language an attempt was answered in: en, es, de, fr) the reference is
 * English when --reference is not given, so `--focal de` checks the German translation.
 */
import { defaultDifCut, difByTotalScore, type DifRow, type ItemDifResult } from "~/domain/psychometrics/dif";
import { parseCommandArgs, parseIntegerOption } from "../args";
import { parseIntegerCell, readCsvFile } from "../csv";
import { CliError } from "../errors";
import { formatNumber, formatTable } from "../table";
import type { CliCommand } from "./types";

function column(header: string[], name: string): number {
  const index = header.indexOf(name);
  if (index < 0) throw new CliError(`column "${name}" is not in the CSV header (${header.join(", ")})`);
  return index;
}

/** NaN and ±∞ (α of 0 or ∞, an item nobody varied on) become null in JSON, as JSON.stringify would. */
const finite = (value: number) => (Number.isFinite(value) ? value : null);

function itemJson(result: ItemDifResult) {
  const { mh, ordinal } = result;
  return {
    mh: {
      alpha: finite(mh.alpha),
      delta: finite(mh.delta),
      chi2: finite(mh.chi2),
      p: finite(mh.p),
      seDelta: finite(mh.seDelta),
      class: mh.class,
    },
    ordinal: {
      chi2Uniform: finite(ordinal.chi2Uniform),
      pUniform: finite(ordinal.pUniform),
      chi2Total: finite(ordinal.chi2Total),
      pTotal: finite(ordinal.pTotal),
      r2Change: finite(ordinal.r2Change),
    },
  };
}

export const difCommand: CliCommand = {
  name: "dif",
  summary: "differential item functioning: Mantel–Haenszel with ETS classes and ordinal logistic regression",
  usage:
    "rolefit dif FILE.csv --items I1,I2,… --group COL --reference VALUE --focal VALUE [--cut K] [--json]",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      items: { type: "string" },
      group: { type: "string" },
      reference: { type: "string" },
      focal: { type: "string" },
      cut: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new CliError(`dif needs exactly one CSV file, got ${positionals.length}`);
    if (!values.items) throw new CliError("dif needs --items I1,I2,… (at least two item columns)");
    if (!values.group) throw new CliError("dif needs --group COL");
    // Language is a grouping like any other column; its reference is English unless told otherwise.
    const referenceOption = values.reference ?? (values.group === "language" ? "en" : undefined);
    if (referenceOption === undefined || values.focal === undefined)
      throw new CliError("dif needs --reference VALUE and --focal VALUE");
    const reference = referenceOption.trim();
    const focalValue = values.focal.trim();
    if (reference === focalValue) throw new CliError("--reference and --focal must name different groups");
    const items = values.items
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length < 2)
      throw new CliError("dif needs at least two items: the matching score is their total");
    if (new Set(items).size !== items.length) throw new CliError("each item may be listed once in --items");
    const cutOption = parseIntegerOption(values.cut, "cut");

    const csv = readCsvFile(positionals[0]!);
    const itemIndexes = items.map((item) => column(csv.header, item));
    const groupIndex = column(csv.header, values.group);
    const rows: DifRow[] = [];
    csv.rows.forEach((cells, r) => {
      const group = cells[groupIndex]!.trim();
      if (group !== reference && group !== focalValue) return;
      rows.push({
        focal: group === focalValue,
        responses: itemIndexes.map((c, j) =>
          parseIntegerCell(cells[c]!, `data row ${r + 1}, column ${items[j]}`),
        ),
      });
    });
    const complete = rows.filter((row) => row.responses.every((v) => v !== null));
    if (!complete.some((row) => !row.focal))
      throw new CliError(`no complete rows with ${values.group} = "${reference}" (the reference group)`);
    if (!complete.some((row) => row.focal))
      throw new CliError(`no complete rows with ${values.group} = "${focalValue}" (the focal group)`);
    const cut = cutOption ?? defaultDifCut(complete);

    const result = difByTotalScore(complete, cut);
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ n: result.n, items: Object.fromEntries(items.map((item, j) => [item, itemJson(result.items[j]!)])) })}\n`,
      );
      return 0;
    }
    const table = formatTable(
      ["item", "MH α", "Δ", "SE Δ", "χ²", "p", "class", "LR χ² 1df", "p", "LR χ² 2df", "p", "ΔR²"],
      items.map((item, j) => {
        const { mh, ordinal } = result.items[j]!;
        return [
          item,
          formatNumber(mh.alpha, 3),
          formatNumber(mh.delta, 2),
          formatNumber(mh.seDelta, 2),
          formatNumber(mh.chi2, 2),
          formatNumber(mh.p, 4),
          mh.class,
          formatNumber(ordinal.chi2Uniform, 2),
          formatNumber(ordinal.pUniform, 4),
          formatNumber(ordinal.chi2Total, 2),
          formatNumber(ordinal.pTotal, 4),
          formatNumber(ordinal.r2Change, 4),
        ];
      }),
    );
    const counts = `${result.n} complete rows (reference "${reference}": ${complete.filter((r) => !r.focal).length}, focal "${focalValue}": ${complete.filter((r) => r.focal).length}) · cut ${cut} (response ≥ ${cut} counts as 1) · matched on the total of ${items.length} items`;
    io.stdout(
      `${counts}\n${table}\nΔ < 0 favours the reference group. ΔR² is Nagelkerke's R² of total + group + total×group minus that of total.\n`,
    );
    return 0;
  },
};
