import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sampleCategory, type GrmItem } from "~/domain/psychometrics/grm";
import { mulberry32, normalSampler } from "~/domain/psychometrics/prng";
import { runCli } from "./support/run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "rolefit-dif-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** 1–5 answers to ten items by two groups of 500; item q3 is planted harder for the focal group "F". */
function plantedCsv(): string {
  const random = mulberry32(2026);
  const normal = normalSampler(random);
  const items: GrmItem[] = Array.from({ length: 10 }, (_, j) => ({
    a: 1.4 + 0.1 * j,
    b: [-1.8, -0.6, 0.4, 1.6],
  }));
  const lines = ["id,sex,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10"];
  for (let i = 0; i < 1000; i++) {
    const sex = i % 2 ? "F" : "M";
    const theta = normal();
    const answers = items.map(
      (item, j) =>
        1 +
        sampleCategory(
          j === 2 && sex === "F" ? { a: item.a, b: item.b.map((b) => b + 1) } : item,
          theta,
          random(),
        ),
    );
    lines.push([i, sex, ...answers].join(","));
  }
  lines.push("1000,X,1,2,3,4,5,1,1,1,1,1", "1001,F,1,,3,4,5,1,1,1,1,1");
  return lines.join("\n") + "\n";
}

describe("rolefit dif", () => {
  const csv = file("dif.csv", plantedCsv());

  it("finds the planted item and reports every field", async () => {
    const { code, stdout, stderr } = await runCli([
      "dif",
      csv,
      "--items",
      "q1,q2,q3,q4,q5,q6,q7,q8,q9,q10",
      "--group",
      "sex",
      "--reference",
      "M",
      "--focal",
      "F",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    // The "X" row and the row missing q2 are left out.
    expect(out.n).toBe(1000);
    expect(Object.keys(out.items)).toEqual(["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10"]);
    expect(Object.keys(out.items.q1.mh).sort()).toEqual(["alpha", "chi2", "class", "delta", "p", "seDelta"]);
    expect(Object.keys(out.items.q1.ordinal).sort()).toEqual([
      "chi2Total",
      "chi2Uniform",
      "pTotal",
      "pUniform",
      "r2Change",
    ]);
    expect(out.items.q3.mh.class).not.toBe("A");
    expect(out.items.q3.mh.delta).toBeLessThan(-1);
    expect(out.items.q3.mh.delta).toBeCloseTo(-2.35 * Math.log(out.items.q3.mh.alpha), 10);
    expect(out.items.q3.ordinal.pUniform).toBeLessThan(0.001);
    const clean = ["q1", "q2", "q4", "q5", "q6", "q7", "q8", "q9", "q10"];
    expect(clean.filter((q) => out.items[q].mh.class === "A").length).toBeGreaterThanOrEqual(8);
    expect(clean.some((q) => out.items[q].mh.class === "C")).toBe(false);
  });

  it("takes language as a grouping with English as its reference: a statement harder in German is found", async () => {
    // The same planted data, read as English (reference) and German (focal) answers.
    const byLanguage = plantedCsv()
      .replace(/^id,sex,/, "id,language,")
      .replace(/^(\d+),M,/gm, "$1,en,")
      .replace(/^(\d+),F,/gm, "$1,de,");
    const { code, stdout, stderr } = await runCli([
      "dif",
      file("dif-language.csv", byLanguage),
      "--items",
      "q1,q2,q3,q4,q5,q6,q7,q8,q9,q10",
      "--group",
      "language",
      "--focal",
      "de",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.n).toBe(1000);
    expect(out.items.q3.mh.class).not.toBe("A");
    expect(out.items.q3.mh.delta).toBeLessThan(-1);
  });

  it("uses the cut it is given (a stricter cut changes the 0/1 split)", async () => {
    const base = [
      "dif",
      csv,
      "--items",
      "q1,q2,q3,q4,q5,q6,q7,q8,q9,q10",
      "--group",
      "sex",
      "--reference",
      "M",
      "--focal",
      "F",
      "--json",
    ];
    const byDefault = JSON.parse((await runCli(base)).stdout);
    const explicit = JSON.parse((await runCli([...base, "--cut", "4"])).stdout);
    const strict = JSON.parse((await runCli([...base, "--cut", "5"])).stdout);
    // The default for 1–5 answers is 4: "agree" or "strongly agree".
    expect(explicit).toEqual(byDefault);
    expect(strict.items.q1.mh.alpha).not.toBe(byDefault.items.q1.mh.alpha);
  });

  it("prints a readable table without --json", async () => {
    const { code, stdout } = await runCli([
      "dif",
      csv,
      "--items",
      "q1,q2,q3",
      "--group",
      "sex",
      "--reference",
      "M",
      "--focal",
      "F",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("cut 4");
    expect(stdout).toMatch(/^q3 /m);
  });

  it.each([
    [
      ["dif", "missing.csv", "--items", "q1,q2", "--group", "sex", "--reference", "M", "--focal", "F"],
      /cannot find file/,
    ],
    [["dif", "CSV", "--items", "q1,zz", "--group", "sex", "--reference", "M", "--focal", "F"], /column "zz"/],
    [
      ["dif", "CSV", "--items", "q1", "--group", "sex", "--reference", "M", "--focal", "F"],
      /at least two items/,
    ],
    [
      ["dif", "CSV", "--items", "q1,q2", "--group", "sex", "--reference", "M", "--focal", "M"],
      /different groups/,
    ],
    [
      ["dif", "CSV", "--items", "q1,q2", "--group", "sex", "--reference", "M", "--focal", "Z"],
      /no complete rows with sex = "Z"/,
    ],
    [
      ["dif", "CSV", "--items", "q1,q2", "--group", "sex", "--reference", "M", "--focal", "F", "--cut", "x"],
      /--cut must be an integer/,
    ],
    [["dif", "CSV", "--items", "q1,q2", "--group", "sex", "--reference", "M"], /--focal/],
  ])("refuses bad input with one line and exit 2: %j", async (args, message) => {
    const { code, stdout, stderr } = await runCli(args.map((a) => (a === "CSV" ? csv : a)));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it("refuses a non-integer answer cell", async () => {
    const bad = file("bad.csv", "sex,q1,q2\nM,1,2\nF,3.5,2\n");
    const { code, stderr } = await runCli([
      "dif",
      bad,
      "--items",
      "q1,q2",
      "--group",
      "sex",
      "--reference",
      "M",
      "--focal",
      "F",
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/data row 2, column q1: "3.5" is not an integer/);
  });
});

describe("rolefit validity", () => {
  // Hand-computed: x = 1..5, y = 2, 4, 5, 4, 5 → r = 6/√60 = 0.774597; t = 2.12132 on 3 df → p = .12403;
  // Fisher z interval [−0.340082, 0.984237]. The sixth row has an empty predictor and is left out.
  const csv = file(
    "validity.csv",
    "id,fit,rating,quota\n1,1,2,80\n2,2,4,\n3,3,5,95\n4,4,4,110\n5,5,5,120\n6,,3,70\n",
  );

  it("computes r, its interval and p, leaving out rows with an empty cell", async () => {
    const { code, stdout, stderr } = await runCli([
      "validity",
      csv,
      "--predictor",
      "fit",
      "--criterion",
      "rating",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(["n", "r", "ci95", "p", "rCorrected"]);
    expect(out.n).toBe(5);
    expect(out.r).toBeCloseTo(0.774597, 6);
    expect(out.ci95[0]).toBeCloseTo(-0.340082, 5);
    expect(out.ci95[1]).toBeCloseTo(0.984237, 5);
    expect(out.p).toBeCloseTo(0.12403, 4);
    expect(out.rCorrected).toBe(out.r);
  });

  it("applies the criterion correction, then Case II with u = applicant SD ÷ the file's SD", async () => {
    // SD of fit 1..5 = √2.5; --applicant-sd 1.5·√2.5 gives u = 1.5 → 0.930260 (see the unit test).
    const applicantSd = String(1.5 * Math.sqrt(2.5));
    const both = JSON.parse(
      (
        await runCli([
          "validity",
          csv,
          "--predictor",
          "fit",
          "--criterion",
          "rating",
          "--criterion-reliability",
          "0.81",
          "--applicant-sd",
          applicantSd,
          "--json",
        ])
      ).stdout,
    );
    expect(both.rCorrected).toBeCloseTo(0.93026, 5);
    const reliabilityOnly = JSON.parse(
      (
        await runCli([
          "validity",
          csv,
          "--predictor",
          "fit",
          "--criterion",
          "rating",
          "--criterion-reliability",
          "0.81",
          "--json",
        ])
      ).stdout,
    );
    expect(reliabilityOnly.rCorrected).toBeCloseTo(0.774597 / 0.9, 5);
  });

  it("uses only rows where both named columns are filled", async () => {
    const out = JSON.parse(
      (await runCli(["validity", csv, "--predictor", "fit", "--criterion", "quota", "--json"])).stdout,
    );
    expect(out.n).toBe(4);
  });

  it.each([
    [["--predictor", "fit", "--criterion", "nope"], /column "nope"/],
    [["--predictor", "fit"], /--criterion/],
    [["--predictor", "fit", "--criterion", "rating", "--criterion-reliability", "1.2"], /in \(0, 1\]/],
    [["--predictor", "fit", "--criterion", "rating", "--applicant-sd=-1"], /above 0/],
    [["--predictor", "fit", "--criterion", "fit"], /different columns/],
  ])("refuses bad input with one line and exit 2: %j", async (args, message) => {
    const { code, stderr } = await runCli(["validity", csv, ...args]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it("refuses a cell that is not a number", async () => {
    const bad = file("bad-validity.csv", "fit,rating\n1,2\n2,n/a\n3,4\n");
    const { code, stderr } = await runCli(["validity", bad, "--predictor", "fit", "--criterion", "rating"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/data row 2, column rating: "n\/a" is not a number/);
  });
});
