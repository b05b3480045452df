/**
 * `rolefit audit FILE.csv --group COL [--group COL …] (--selected COL | --score COL) [--json]`:
 * the bias audit of app/domain/fairness for auditors working from an export.
 */
import {
  belowFourFifths,
  impactReport,
  INTERSECTION_SEPARATOR,
  type AuditRow,
  type CategoryResult,
} from "~/domain/fairness/impact-ratios";
import { parseCommandArgs } from "../args";
import { readCsvFile } from "../csv";
import { CliError } from "../errors";
import { formatNumber, formatTable } from "../table";
import type { CliCommand } from "./types";

const TRUE = new Set(["1", "true", "yes"]);
const FALSE = new Set(["0", "false", "no"]);

function column(header: string[], name: string): number {
  const index = header.indexOf(name);
  if (index < 0) throw new CliError(`column "${name}" is not in the CSV header (${header.join(", ")})`);
  return index;
}

function table(title: string, categories: Record<string, CategoryResult>): string {
  const rows = Object.entries(categories).map(([name, c]) => [
    name,
    String(c.n),
    formatNumber(c.rate, 3),
    c.impactRatio === null ? "—" : formatNumber(c.impactRatio, 3),
    c.excluded ? "excluded (<2%)" : belowFourFifths(c) ? "below 4/5" : "",
  ]);
  return `${title}\n${formatTable(["category", "n", "rate", "impact ratio", "note"], rows)}`;
}

export const auditCommand: CliCommand = {
  name: "audit",
  summary: "bias audit: selection or scoring rates and impact ratios per group and intersection",
  usage: "rolefit audit FILE.csv --group COL [--group COL …] (--selected COL | --score COL) [--json]",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      group: { type: "string", multiple: true },
      selected: { type: "string" },
      score: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new CliError(`audit needs exactly one CSV file, got ${positionals.length}`);
    const groups = values.group ?? [];
    if (groups.length === 0) throw new CliError("audit needs at least one --group COL");
    if (new Set(groups).size !== groups.length) throw new CliError("each --group column may be named once");
    if (!values.selected === !values.score)
      throw new CliError("audit needs exactly one of --selected COL or --score COL");

    const csv = readCsvFile(positionals[0]!);
    const groupIndexes = groups.map((g) => column(csv.header, g));
    if (csv.rows.length === 0) throw new CliError("the CSV has no data rows");
    const mode = values.selected ? "selected" : "score";
    const outcomeIndex = column(csv.header, (values.selected ?? values.score)!);

    const rows: AuditRow[] = csv.rows.map((cells, r) => {
      const raw = cells[outcomeIndex]!.trim();
      const row: AuditRow = {
        groups: Object.fromEntries(groups.map((g, i) => [g, cells[groupIndexes[i]!]!.trim()])),
      };
      if (mode === "selected") {
        const v = raw.toLowerCase();
        if (TRUE.has(v)) row.selected = true;
        else if (FALSE.has(v)) row.selected = false;
        else
          throw new CliError(
            `data row ${r + 1}, column ${values.selected}: "${raw}" is not 1/0, true/false or yes/no`,
          );
      } else {
        const score = raw === "" ? Number.NaN : Number(raw);
        if (!Number.isFinite(score))
          throw new CliError(`data row ${r + 1}, column ${values.score}: "${raw}" is not a number`);
        row.score = score;
      }
      return row;
    });

    const report = impactReport(rows, groups, mode);
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ groups: report.groups, intersections: report.intersections, unknown: report.unknown })}\n`,
      );
      return 0;
    }
    const parts = [
      `${rows.length} rows · ${mode === "selected" ? "selection rate = selected ÷ rows in the category" : `scoring rate = share above the median score (${formatNumber(report.median, 3)})`}`,
      ...groups.map((g) => `${table(g, report.groups[g]!)}\nunknown: ${report.unknown[g]}`),
    ];
    if (groups.length > 1) parts.push(table(groups.join(INTERSECTION_SEPARATOR), report.intersections));
    io.stdout(`${parts.join("\n\n")}\n`);
    return 0;
  },
};
