/**
 * The measurement CLI end to end, in-process through its dispatcher: CSVs in a temp directory, and
 * the JSON contract and exit codes that other tools rely on.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "./support/run-cli.ts";
import { correlation, type GrmItem, mulberry32, normalSampler, sampleCategory } from "~/domain/psychometrics";

const run = runCli;

let dir: string;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rolefit-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// 8 people, items 1..5, d worded the other way; row 8 misses a.
const small =
  "a,b,c,d\r\n1,2,3,4\r\n2,3,3,4\r\n3,3,4,2\r\n4,5,4,1\r\n2,2,1,5\r\n5,4,5,1\r\n3,4,3,3\r\n,1,2,4\r\n";

describe("rolefit analyze / score", () => {
  it("prints usage with --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: rolefit <command>/);
    expect(result.stdout).toMatch(/analyze/);
    expect(result.stdout).toMatch(/score/);
  });

  it("analyze --json follows the contract; score uses its output", async () => {
    const csv = file("small.csv", `\ufeff${small}`);
    const analyzed = await run(["analyze", csv, "--scale", "S=a,b,c,-d", "--json"]);
    expect(analyzed.stderr).toBe("");
    expect(analyzed.code).toBe(0);
    const analysis = JSON.parse(analyzed.stdout);
    const scale = analysis.scales.S;
    expect(scale.nListwise).toBe(7);
    expect(scale.nGrm).toBe(8);
    expect(Object.keys(scale.items)).toEqual(["a", "b", "c", "d"]);
    expect(scale.items.d.reversed).toBe(true);
    for (const key of ["alpha", "omegaTotal", "logLik"]) expect(typeof scale[key]).toBe("number");
    for (const item of Object.values(scale.items) as {
      itemTotalCorrected: number;
      a: number;
      b: number[];
    }[]) {
      expect(typeof item.itemTotalCorrected).toBe("number");
      expect(item.a).toBeGreaterThan(0);
      expect(item.b).toHaveLength(4);
    }
    // Alpha on the 7 complete rows with d reversed (6 − d), computed independently here.
    const rows = small
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",").map((cell) => (cell === "" ? null : Number(cell))))
      .filter((row) => row.every((v) => v !== null))
      .map((row) => [row[0]!, row[1]!, row[2]!, 6 - row[3]!]);
    const variance = (xs: number[]) => {
      const m = xs.reduce((s, v) => s + v, 0) / xs.length;
      return xs.reduce((s, v) => s + (v - m) ** 2, 0) / (xs.length - 1);
    };
    const itemVariance = [0, 1, 2, 3].reduce((s, j) => s + variance(rows.map((r) => r[j]!)), 0);
    const alpha = (4 / 3) * (1 - itemVariance / variance(rows.map((r) => r.reduce((s, v) => s + v, 0))));
    expect(scale.alpha).toBeCloseTo(alpha, 10);

    const params = file("small.json", analyzed.stdout);
    const scoreCsv = file("score.csv", "a,b,c,d\n5,5,5,1\n1,1,1,5\n,,,\n3,,,\n");
    const scored = await run(["score", scoreCsv, "--params", params, "--json"]);
    expect(scored.code).toBe(0);
    const { rows: scores } = JSON.parse(scored.stdout);
    expect(scores).toHaveLength(4);
    expect(scores[0].S.theta).toBeGreaterThan(1);
    expect(scores[1].S.theta).toBeLessThan(-1);
    expect(scores[2].S).toBeNull();
    expect(scores[3].S.se).toBeGreaterThan(scores[0].S.se);

    const text = await run(["score", scoreCsv, "--params", params]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/S θ/);
    const readable = await run(["analyze", csv, "--scale", "S=a,b,c,-d"]);
    expect(readable.stdout).toMatch(/alpha/);
  });

  it("recovers simulated GRM parameters, and score tracks the true θ", async () => {
    const random = mulberry32(31);
    const normal = normalSampler(random);
    const truth: GrmItem[] = Array.from({ length: 8 }, (_, j) => ({
      a: 0.9 + 0.25 * j,
      b: [-1.8, -0.7, 0.3, 1.4].map((t) => t + (j % 3) * 0.3 - 0.3),
    }));
    const reversed = [false, true, false, true, false, false, true, false];
    const names = truth.map((_, j) => `q${j + 1}`);
    const thetas: number[] = [];
    const lines = [names.join(",")];
    for (let i = 0; i < 1500; i++) {
      const theta = normal();
      thetas.push(theta);
      lines.push(
        truth
          .map((item, j) => {
            if (random() < 0.05) return "";
            const keyed = sampleCategory(item, theta, random()) + 1;
            return String(reversed[j] ? 6 - keyed : keyed);
          })
          .join(","),
      );
    }
    const csv = file("sim.csv", `${lines.join("\n")}\n`);
    const spec = `T=${names.map((n, j) => (reversed[j] ? `-${n}` : n)).join(",")}`;
    const analyzed = await run(["analyze", csv, "--scale", spec, "--min", "1", "--max", "5", "--json"]);
    expect(analyzed.code).toBe(0);
    const scale = JSON.parse(analyzed.stdout).scales.T;
    expect(scale.converged).toBe(true);
    const aHat = names.map((n) => scale.items[n].a as number);
    const bHat = names.flatMap((n) => scale.items[n].b as number[]);
    const bTrue = truth.flatMap((item) => item.b);
    const rmseB = Math.sqrt(bHat.reduce((s, b, k) => s + (b - bTrue[k]!) ** 2, 0) / bHat.length);
    expect(
      correlation(
        aHat,
        truth.map((t) => t.a),
      ),
    ).toBeGreaterThan(0.9);
    expect(rmseB).toBeLessThan(0.2);
    expect(scale.alpha).toBeGreaterThan(0.8);

    const params = file("sim.json", analyzed.stdout);
    const scored = await run(["score", csv, "--params", params, "--json"]);
    expect(scored.code).toBe(0);
    const estimates = JSON.parse(scored.stdout).rows.map((row: { T: { theta: number } }) => row.T.theta);
    expect(correlation(estimates, thetas)).toBeGreaterThan(0.9);
  });

  describe("bad input: exit code 2 and exactly one line on stderr", () => {
    const cases: [string, () => string[], RegExp][] = [
      ["missing file", () => ["analyze", join(dir, "nope.csv"), "--scale", "S=a,b"], /cannot find file/],
      ["unknown column", () => ["analyze", file("u.csv", small), "--scale", "S=a,zz"], /unknown column zz/],
      [
        "non-integer cell",
        () => ["analyze", file("n.csv", "a,b\n1,2\n2,x\n"), "--scale", "S=a,b"],
        /"x" is not an integer/,
      ],
      [
        "decimal cell",
        () => ["analyze", file("d.csv", "a,b\n1,2\n2,3.5\n"), "--scale", "S=a,b"],
        /not an integer/,
      ],
      [
        "value outside --min/--max",
        () => ["analyze", file("o.csv", small), "--scale", "S=a,b", "--min", "1", "--max", "4"],
        /outside 1\.\.4/,
      ],
      [
        "scale with one item",
        () => ["analyze", file("one.csv", small), "--scale", "S=a"],
        /at least 2 items/,
      ],
      ["malformed --scale", () => ["analyze", file("m.csv", small), "--scale", "S"], /not NAME=ITEM/],
      ["empty item in --scale", () => ["analyze", file("e.csv", small), "--scale", "S=a,,b"], /empty item/],
      ["no --scale", () => ["analyze", file("ns.csv", small)], /at least one --scale/],
      [
        "unknown option",
        () => ["analyze", file("uo.csv", small), "--scale", "S=a,b", "--frob"],
        /Unknown option/,
      ],
      ["unknown command", () => ["frobnicate"], /unknown command "frobnicate"/],
      ["score without --params", () => ["score", file("sp.csv", small)], /needs --params/],
      [
        "params not JSON",
        () => ["score", file("pj.csv", small), "--params", file("bad.txt", "{nope")],
        /not valid JSON/,
      ],
      [
        "params JSON that does not match",
        () => [
          "score",
          file("pm.csv", small),
          "--params",
          file("bad.json", JSON.stringify({ scales: { S: { min: 1, max: 5 } } })),
        ],
        /not analyze output/,
      ],
      ["unclosed quote", () => ["analyze", file("q.csv", 'a,b\n"1,2\n'), "--scale", "S=a,b"], /never closed/],
      ["ragged row", () => ["analyze", file("r.csv", "a,b\n1,2,3\n"), "--scale", "S=a,b"], /3 fields/],
    ];
    it("rejects each case cleanly", async () => {
      const results: [string, CliResult, RegExp][] = [];
      for (const [label, args, pattern] of cases) results.push([label, await run(args()), pattern]);
      for (const [label, result, pattern] of results) {
        const lines = result.stderr.split("\n").filter((line) => line.length > 0);
        expect({ label, code: result.code, lines: lines.length }).toEqual({ label, code: 2, lines: 1 });
        expect(lines[0], label).toMatch(/^rolefit: /);
        expect(lines[0], label).toMatch(pattern);
        expect(result.stderr, label).not.toMatch(/\bat .+:\d+:\d+/);
        expect(result.stdout, label).toBe("");
      }
    });

    it("a score file whose values fall outside the analysed range", async () => {
      const params = file(
        "range.json",
        (await run(["analyze", file("rs.csv", small), "--scale", "S=a,b", "--json"])).stdout,
      );
      const result = await run(["score", file("rv.csv", "a,b\n9,1\n"), "--params", params, "--json"]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/9 is outside 1\.\.5/);
    });
  });
});
