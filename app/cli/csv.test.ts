import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords, parseIntegerCell } from "./csv";
import { CliError } from "./errors";

describe("CSV reader", () => {
  it("handles quotes, escaped quotes, embedded commas and newlines, CRLF and a BOM", () => {
    const text = '\ufeffname,note\r\n"Smith, J","said ""hi""\r\nthen left"\r\nLee,\r\n';
    expect(parseCsvRecords(text)).toEqual([
      ["name", "note"],
      ["Smith, J", 'said "hi"\r\nthen left'],
      ["Lee", ""],
    ]);
    const table = parseCsv(text);
    expect(table.header).toEqual(["name", "note"]);
    expect(table.rows).toHaveLength(2);
  });

  it("keeps empty cells and skips blank lines", () => {
    expect(parseCsv("a,b\n1,\n\n,2\n").rows).toEqual([
      ["1", ""],
      ["", "2"],
    ]);
  });

  it("reports structural problems as CliErrors", () => {
    expect(() => parseCsv("")).toThrow(CliError);
    expect(() => parseCsv('a,b\n"1,2\n')).toThrow(/never closed/);
    expect(() => parseCsv("a,a\n1,2\n")).toThrow(/repeats/);
    expect(() => parseCsv("a,b\n1\n")).toThrow(/1 fields/);
  });

  it("parses integer cells strictly", () => {
    expect(parseIntegerCell(" 4 ", "x")).toBe(4);
    expect(parseIntegerCell("-2", "x")).toBe(-2);
    expect(parseIntegerCell("", "x")).toBeNull();
    expect(() => parseIntegerCell("3.5", "row 1")).toThrow(/row 1: "3.5" is not an integer/);
  });
});
