/**
 * A small RFC 4180 reader: quoted fields with "" escapes and embedded commas or newlines, CRLF or
 * LF line ends, a UTF-8 byte-order mark stripped, and a header row. Kept here instead of a
 * dependency because the CLI only ever needs this much.
 */
import { readFileSync } from "node:fs";
import { CliError } from "./errors";

export interface CsvTable {
  header: string[];
  /** Data rows, each with exactly header.length fields. */
  rows: string[][];
}

export function parseCsvRecords(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldStarted = false;
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += char;
      i++;
      continue;
    }
    if (char === '"' && field.length === 0 && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (char === ",") {
      record.push(field);
      field = "";
      fieldStarted = false;
      i++;
      continue;
    }
    if (char === "\r" || char === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      fieldStarted = false;
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += char;
    fieldStarted = true;
    i++;
  }
  if (inQuotes) throw new CliError("CSV has a quoted field that is never closed");
  if (field.length > 0 || fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

export function parseCsv(text: string): CsvTable {
  // Blank lines carry no data; a trailing newline would otherwise look like an empty record.
  const records = parseCsvRecords(text).filter((r) => !(r.length === 1 && r[0]!.trim() === ""));
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
