/** Reads CSV files for the command-line tool with the app's one CSV reader (app/domain/csv). */
import { readFileSync } from "node:fs";
import { readCsv } from "~/domain/csv/read";
import { CliError } from "./errors";

export interface CsvTable {
  header: string[];
  /** Data rows, each with exactly header.length fields. */
  rows: string[][];
}

/** Every non-blank record's cells; a structural problem (an unclosed quote) is a CliError. */
export function parseCsvRecords(text: string): string[][] {
  const { records, error } = readCsv(text);
  if (error) throw new CliError(`CSV: ${error.message}`);
  return records.map((record) => record.cells);
}

export function parseCsv(text: string): CsvTable {
  const records = parseCsvRecords(text);
  if (records.length === 0) throw new CliError("CSV is empty: a header row is required");
  const header = records[0]!.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") throw new CliError("CSV header has an empty column name");
    if (seen.has(name)) throw new CliError(`CSV header repeats the column "${name}"`);
    seen.add(name);
  }
  const rows = records.slice(1);
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new CliError(`CSV data row ${index + 1} has ${row.length} fields but the header has ${header.length}`);
    }
  });
  return { header, rows };
}

export function readCsvFile(path: string): CsvTable {
  return parseCsv(readTextFile(path));
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`cannot find file ${path}`);
    if (code === "EISDIR") throw new CliError(`${path} is a directory, not a file`);
    throw new CliError(`cannot read ${path}: ${code ?? (error as Error).message}`);
  }
}

/**
 * Integer cells: empty (or blank) means missing; anything else must be a whole number, so a stray
 * "3.5" or "n/a" is reported rather than silently treated as missing.
 */
export function parseIntegerCell(cell: string, where: string): number | null {
  const trimmed = cell.trim();
  if (trimmed === "") return null;
  if (!/^[+-]?\d+$/.test(trimmed)) throw new CliError(`${where}: "${cell}" is not an integer`);
  return Number.parseInt(trimmed, 10);
}
