// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents right), CRLF rows, and
// text cells that a spreadsheet would run as a formula (= + - @, also after leading spaces or in
// their full-width forms; tab, CR, LF) prefixed with a quote. Cells holding a comma, semicolon or
// tab are quoted, so a spreadsheet that splits on ";" or tabs (many European locales) cannot cut a
// cell into a piece that starts with "=". Numbers are written by the app, so they stay numbers.

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export type InvitationLink = { name: string; email: string; link: string };

/** New invitation links as a spreadsheet; names are typed by people, so formulas are neutralised. */
export function invitationLinksCsv(links: readonly InvitationLink[]): string {
  return toCsv(["name", "email", "link"], links.map((l) => [l.name, l.email, l.link]));
}
