import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "rolefit-audit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// Hand-computed: 52 rows.
//  sex:  F 20 rows (8 selected), M 30 rows (18 selected), X 1 row (selected), 1 row unknown sex.
//        X holds 1 of 51 known rows = 1.96% < 2% → excluded. Best non-excluded rate: M 0.6.
//        F impact = 0.4 / 0.6.
//  race: every F and the X row are "A"; M rows 0..9 "A", 10..29 "B"; the unknown-sex row "" (unknown race).
function dataset(): string {
  const lines = ["id,sex,race,hired,score"];
  let id = 0;
  for (let i = 0; i < 20; i++) lines.push(`${++id},F,A,${i < 8 ? "yes" : "no"},${i}`);
  for (let i = 0; i < 30; i++) lines.push(`${++id},M,${i < 10 ? "A" : "B"},${i < 18 ? "1" : "0"},${20 + i}`);
  lines.push(`${++id},X,A,true,100`);
  lines.push(`${++id},,,false,-5`);
  return lines.join("\n") + "\n";
}

describe("rolefit audit", () => {
  const csv = file("audit.csv", dataset());

  it("computes selection rates, impact ratios, exclusions, intersections and unknowns", async () => {
    const { code, stdout, stderr } = await runCli([
      "audit",
      csv,
      "--group",
      "sex",
      "--group",
      "race",
      "--selected",
      "hired",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.groups.sex.F).toEqual({ n: 20, rate: 0.4, impactRatio: 0.4 / 0.6, excluded: false });
    expect(out.groups.sex.M).toEqual({ n: 30, rate: 0.6, impactRatio: 1, excluded: false });
    expect(out.groups.sex.X).toEqual({ n: 1, rate: 1, impactRatio: null, excluded: true });
    expect(out.unknown).toEqual({ sex: 1, race: 1 });
    // race A: 20 F (8 sel) + 10 M (10 sel, M rows 0..9 are all among the first 18) + X (1) = 31 rows, 19 selected.
    expect(out.groups.race.A).toMatchObject({ n: 31, rate: 19 / 31 });
    // race B: M rows 10..29: selected 10..17 = 8 of 20.
    expect(out.groups.race.B).toMatchObject({ n: 20, rate: 0.4 });
    expect(out.groups.race.B.impactRatio).toBeCloseTo(0.4 / (19 / 31), 12);
    // Intersections from the 51 rows known on both: "X | A" is 1 of 51 → excluded.
    expect(Object.keys(out.intersections).sort()).toEqual(["F | A", "M | A", "M | B", "X | A"]);
    expect(out.intersections["M | A"]).toEqual({ n: 10, rate: 1, impactRatio: 1, excluded: false });
    expect(out.intersections["F | A"]).toEqual({ n: 20, rate: 0.4, impactRatio: 0.4, excluded: false });
    expect(out.intersections["X | A"]).toMatchObject({ excluded: true, impactRatio: null });
  });

  it("computes scoring rates against the median of all rows", async () => {
    const { code, stdout } = await runCli(["audit", csv, "--group", "sex", "--score", "score", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    // 52 scores: -5, 0..19, 20..49, 100 → the 26th and 27th sorted are 24 and 25 → median 24.5.
    // F (0..19): none above. M (20..49): 25 of 30 above. X (100): above, but excluded.
    expect(out.groups.sex.F).toEqual({ n: 20, rate: 0, impactRatio: 0, excluded: false });
    expect(out.groups.sex.M.rate).toBeCloseTo(25 / 30, 12);
    expect(out.groups.sex.M.impactRatio).toBe(1);
    expect(out.intersections).toEqual({});
  });

  it("prints readable tables without --json", async () => {
    const { code, stdout } = await runCli(["audit", csv, "--group", "sex", "--selected", "hired"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/excluded \(<2%\)/);
    expect(stdout).toMatch(/below 4\/5/);
  });

  it.each([
    [["audit", join(dir, "missing.csv"), "--group", "sex", "--selected", "hired"], /missing\.csv/],
    [["audit", csv, "--group", "gender", "--selected", "hired"], /column "gender" is not in the CSV header/],
    [["audit", csv, "--group", "sex", "--selected", "nope"], /column "nope"/],
    [["audit", csv, "--group", "sex"], /exactly one of --selected COL or --score COL/],
    [["audit", csv, "--group", "sex", "--selected", "hired", "--score", "score"], /exactly one of/],
    [["audit", csv, "--selected", "hired"], /at least one --group/],
    [["audit", file("empty.csv", "sex,hired\n"), "--group", "sex", "--selected", "hired"], /no data rows/],
    [
      ["audit", file("flag.csv", "sex,hired\nF,maybe\n"), "--group", "sex", "--selected", "hired"],
      /"maybe" is not 1\/0, true\/false or yes\/no/,
    ],
    [
      ["audit", file("score.csv", "sex,s\nF,high\n"), "--group", "sex", "--score", "s"],
      /"high" is not a number/,
    ],
  ])("rejects bad input with one line and exit code 2: %j", async (args, message) => {
    const { code, stdout, stderr } = await runCli(args as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message as RegExp);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
