/**
 * `rolefit validity FILE.csv --predictor COL --criterion COL [--applicant-sd X] [--criterion-reliability R] [--json]`:
 * the criterion validity of app/domain/psychometrics/validity. Rows with an empty cell in either
 * column are left out; --applicant-sd is the predictor's SD among all applicants, so
 * u = X ÷ the predictor's SD in the file (Thorndike Case II).
 */
import { criterionValidity, sampleSd } from "~/domain/psychometrics/validity";
import { parseCommandArgs } from "../args";
import { readCsvFile } from "../csv";
import { CliError } from "../errors";
import { formatNumber } from "../table";
import type { CliCommand } from "./types";

function column(header: string[], name: string): number {
  const index = header.indexOf(name);
  if (index < 0) throw new CliError(`column "${name}" is not in the CSV header (${header.join(", ")})`);
  return index;
}

function numberOption(
  value: string | undefined,
  name: string,
  valid: (x: number) => boolean,
  rule: string,
): number | undefined {
  if (value === undefined) return undefined;
  const x = value.trim() === "" ? Number.NaN : Number(value);
  if (!Number.isFinite(x) || !valid(x)) throw new CliError(`--${name} must be ${rule}, got "${value}"`);
  return x;
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

export const validityCommand: CliCommand = {
  name: "validity",
  summary:
    "criterion validity: Pearson r, Fisher-z 95% interval, p, corrections for criterion unreliability and range restriction",
  usage:
    "rolefit validity FILE.csv --predictor COL --criterion COL [--applicant-sd X] [--criterion-reliability R] [--json]",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      predictor: { type: "string" },
      criterion: { type: "string" },
      "applicant-sd": { type: "string" },
      "criterion-reliability": { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new CliError(`validity needs exactly one CSV file, got ${positionals.length}`);
    if (!values.predictor || !values.criterion)
      throw new CliError("validity needs --predictor COL and --criterion COL");
    if (values.predictor === values.criterion)
      throw new CliError("--predictor and --criterion must be different columns");
    const applicantSd = numberOption(
      values["applicant-sd"],
      "applicant-sd",
      (x) => x > 0,
      "a number above 0",
    );
    const reliability = numberOption(
      values["criterion-reliability"],
      "criterion-reliability",
      (x) => x > 0 && x <= 1,
      "a number in (0, 1]",
    );

    const csv = readCsvFile(positionals[0]!);
    const pi = column(csv.header, values.predictor);
    const ci = column(csv.header, values.criterion);
    const x: number[] = [],
      y: number[] = [];
    csv.rows.forEach((cells, r) => {
      const a = cells[pi]!.trim(),
        b = cells[ci]!.trim();
      if (a === "" || b === "") return;
      const pa = Number(a),
        pb = Number(b);
      if (!Number.isFinite(pa))
        throw new CliError(`data row ${r + 1}, column ${values.predictor}: "${a}" is not a number`);
      if (!Number.isFinite(pb))
        throw new CliError(`data row ${r + 1}, column ${values.criterion}: "${b}" is not a number`);
      x.push(pa);
      y.push(pb);
    });
    if (x.length < 3)
      throw new CliError(`validity needs at least 3 rows with both columns filled, got ${x.length}`);
    const sdX = sampleSd(x);
    if (!(sdX > 0))
      throw new CliError(`every row has the same ${values.predictor}: a correlation needs variation`);
    if (!(sampleSd(y) > 0))
      throw new CliError(`every row has the same ${values.criterion}: a correlation needs variation`);
    const result = criterionValidity(x, y, {
      criterionReliability: reliability,
      rangeRestrictionRatio: applicantSd === undefined ? undefined : applicantSd / sdX,
    });
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ n: result.n, r: finite(result.r), ci95: result.ci95.map(finite), p: finite(result.p), rCorrected: finite(result.rCorrected) })}\n`,
      );
      return 0;
    }
    const corrections = [
      reliability !== undefined ? `criterion reliability ${reliability}` : null,
      applicantSd !== undefined ? `range restriction u = ${formatNumber(applicantSd / sdX, 3)}` : null,
    ].filter(Boolean);
    io.stdout(
      [
        `n = ${result.n}`,
        `r = ${formatNumber(result.r, 3)}, 95% CI [${formatNumber(result.ci95[0], 3)}, ${formatNumber(result.ci95[1], 3)}] (Fisher z), p = ${formatNumber(result.p, 4)}`,
        corrections.length
          ? `corrected r = ${formatNumber(result.rCorrected, 3)} (${corrections.join(", then ")})`
          : "no corrections requested",
        result.n < 30
          ? `caution: with ${result.n} pairs the interval is wide; this estimate can easily be far from the truth`
          : "",
      ]
        .filter(Boolean)
        .join("\n") + "\n",
    );
    return 0;
  },
};
