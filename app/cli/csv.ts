/** Reads CSV files for the command-line tool with the app's one CSV reader (app/domain/csv). */
import { readFileSync } from "node:fs";
import { CsvFormatError, readCsv, readCsvTable, type CsvTable } from "~/domain/csv/read";
import { CliError } from "./errors";

export type { CsvTable };

/** Every non-blank record's cells; a structural problem (an unclosed quote) is a CliError. */
export function parseCsvRecords(text: string): string[][] {
  const { records, error } = readCsv(text);
  if (error) throw new CliError(`CSV: ${error.message}`);
  return records.map((record) => record.cells);
}

/** The header and rows of a CSV table; any problem with its shape is a CliError. */
export function parseCsv(text: string): CsvTable {
  try {
    return readCsvTable(text);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new CliError(error.message);
    throw error;
  }
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
