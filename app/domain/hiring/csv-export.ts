// CSV for spreadsheets, written with csv-stringify: UTF-8 with a byte-order mark (so Excel reads
// accents right), CRLF rows, and text cells that a spreadsheet would run as a formula (= + - @,
// also after leading spaces or in their full-width forms; tab, CR, LF) prefixed with a quote. Cells
// holding a comma, semicolon or tab are quoted, so a spreadsheet that splits on ";" or tabs (many
// European locales) cannot cut a cell into a piece that starts with "=". Numbers are written by the
// app, so they stay numbers; a non-finite number is an empty cell.
import { stringify, type Options } from "csv-stringify/sync";

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

const CELL_OPTIONS: Options = {
  cast: {
    string: (value) => (FORMULA_START.test(value) ? `'${value}` : value),
    number: (value) => (Number.isFinite(value) ? String(value) : ""),
  },
  // csv-stringify quotes a cell holding the delimiter, a quote or the record delimiter; also ";",
  // tab and a lone CR or LF (it would not quote those once rows end with CRLF).
  quoted_match: /[;\t\r\n]/,
};

export function csvCell(value: CsvCell): string {
  return stringify([[value]], { ...CELL_OPTIONS, eof: false });
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([[...header], ...rows.map((row) => [...row])], {
    ...CELL_OPTIONS,
    bom: true,
    record_delimiter: "\r\n",
  });
}

export type InvitationLink = { name: string; email: string; link: string };

/** New invitation links as a spreadsheet; names are typed by people, so formulas are neutralised. */
export function invitationLinksCsv(links: readonly InvitationLink[]): string {
  return toCsv(
    ["name", "email", "link"],
    links.map((l) => [l.name, l.email, l.link]),
  );
}
