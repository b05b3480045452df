// The one CSV reader: csv-parse (RFC 4180 quotes with "" escapes, delimiters and line breaks inside
// quotes, CRLF or LF line ends, a UTF-8 byte-order mark) with each record's starting line and text
// kept, so that callers can name the row a problem is on. Pure: csv-parse's sync API does no I/O.
import { CsvError, parse } from "csv-parse/sync";

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted line break makes a record span lines). */
  row: number;
  cells: string[];
  /** The record as written, without its line end. */
  text: string;
}

export interface CsvReadResult {
  /** Records in order; blank lines are left out. */
  records: CsvRecord[];
  /** Set when the text could not be read to the end; `records` then holds what came before it. */
  error: { row: number; message: string } | null;
}

export interface CsvReadOptions {
  /** Cell separators; "," unless given (pasted lists also use ";" and tabs). */
  delimiters?: readonly string[];
}

const LINE_BREAK = /\r\n|\n|\r/g;

export function readCsv(text: string, options: CsvReadOptions = {}): CsvReadResult {
  const bytes = new TextEncoder().encode(text.replace(/^\uFEFF/, ""));
  const decoder = new TextDecoder();
  const records: CsvRecord[] = [];
  let row = 1;
  let offset = 0;
  try {
    parse(bytes, {
      delimiter: options.delimiters ? [...options.delimiters] : ",",
      record_delimiter: ["\r\n", "\n"],
      // A quote inside an unquoted cell is a character (O"Brien), and rows may differ in length:
      // callers report both in their own words rather than losing the whole file.
      relax_quotes: true,
      relax_column_count: true,
      on_record: (cells: string[], info) => {
        const raw = decoder.decode(bytes.subarray(offset, info.bytes));
        offset = info.bytes;
        const start = row;
        row += raw.match(LINE_BREAK)?.length ?? 0;
        const blank = cells.length === 1 && cells[0]!.trim() === "";
        if (!blank) records.push({ row: start, cells, text: raw.replace(/(\r\n|\n)$/, "") });
        return cells;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const message =
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? `the record that starts on line ${row} has a quoted field that is never closed`
        : error.message;
    return { records, error: { row, message } };
  }
  return { records, error: null };
}

/** A CSV file that cannot be used as a table (the message says why, for the person who made it). */
export class CsvFormatError extends Error {}

export interface CsvTable {
  header: string[];
  /** Data rows, each with exactly header.length fields. */
  rows: string[][];
}

/** A CSV with a header row of distinct, non-empty names and rows of the header's length. */
export function readCsvTable(text: string): CsvTable {
  const { records, error } = readCsv(text);
  if (error) throw new CsvFormatError(`CSV: ${error.message}`);
  if (records.length === 0) throw new CsvFormatError("CSV is empty: a header row is required");
  const header = records[0]!.cells.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") throw new CsvFormatError("CSV header has an empty column name");
    if (seen.has(name)) throw new CsvFormatError(`CSV header repeats the column "${name}"`);
    seen.add(name);
  }
  const rows = records.slice(1).map((record) => record.cells);
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new CsvFormatError(
        `CSV data row ${index + 1} has ${row.length} fields but the header has ${header.length}`,
      );
    }
  });
  return { header, rows };
}
