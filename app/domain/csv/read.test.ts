import { describe, expect, it } from "vitest";
import { CsvFormatError, readCsv, readCsvTable } from "./read";

describe("readCsv", () => {
  it("keeps quoted delimiters and line breaks in one cell and numbers rows by starting line", () => {
    const text =
      '\ufeffname,email\r\n"Doe,\r\nJane",jane@example.com\r\n\nÜlkü,u@example.com\nO"Brien,o@example.com';
    const { records, error } = readCsv(text);
    expect(error).toBeNull();
    expect(records).toEqual([
      { row: 1, cells: ["name", "email"], text: "name,email" },
      { row: 2, cells: ["Doe,\r\nJane", "jane@example.com"], text: '"Doe,\r\nJane",jane@example.com' },
      { row: 5, cells: ["Ülkü", "u@example.com"], text: "Ülkü,u@example.com" },
      { row: 6, cells: ['O"Brien', "o@example.com"], text: 'O"Brien,o@example.com' },
    ]);
  });

  it("splits on every delimiter it is given", () => {
    expect(readCsv("a;b\tc,d", { delimiters: [",", ";", "\t"] }).records[0]!.cells).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
    expect(readCsv("a;b").records[0]!.cells).toEqual(["a;b"]);
  });

  it("returns what it read before a quote that is never closed, and where that record starts", () => {
    const { records, error } = readCsv('a,b\n1,2\n"3,4\n5,6\n');
    expect(records.map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(error).toEqual({
      row: 3,
      message: "the record that starts on line 3 has a quoted field that is never closed",
    });
  });
});

describe("readCsvTable", () => {
  it("returns the trimmed header and rows of its length, skipping blank lines", () => {
    expect(readCsvTable(" email ,rating\r\na@example.com,4\r\n\r\n")).toEqual({
      header: ["email", "rating"],
      rows: [["a@example.com", "4"]],
    });
  });
  it("names what is wrong with a table's shape", () => {
    expect(() => readCsvTable("")).toThrow(CsvFormatError);
    expect(() => readCsvTable("a,,b\n1,2,3")).toThrow(/empty column name/);
    expect(() => readCsvTable("a,a\n1,2")).toThrow(/repeats the column "a"/);
    expect(() => readCsvTable("a,b\n1,2\n3\n")).toThrow(/data row 2 has 1 fields/);
    expect(() => readCsvTable('a,b\n"1,2\n')).toThrow(/line 2 has a quoted field that is never closed/);
  });
});
