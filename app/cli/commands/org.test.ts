import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultProfile } from "~/domain/org/profile";
import { STRUCTURE_IDS } from "~/domain/org/structures";
import { runCli } from "../run";

const dir = mkdtempSync(join(tmpdir(), "rolefit-org-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenarioFile(
  name: string,
  overrides: Record<string, unknown> = {},
  profile: Record<string, unknown> = {},
) {
  const path = join(dir, `${name}.json`);
  const body = {
    format: "rolefit-org-scenario",
    version: 2,
    name,
    structureId: "shared-vp",
    quarters: 12,
    chartQuarter: 4,
    weights: {},
    profile: { ...defaultProfile(), ...profile },
    ...overrides,
  };
  writeFileSync(path, typeof overrides.raw === "string" ? (overrides.raw as string) : JSON.stringify(body));
  return path;
}

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe("rolefit org evaluate", () => {
  it("says a company that already runs separate teams has already split, and a small one when it splits", async () => {
    const seed = scenarioFile("seed-text", {}, { gtmHeadcount: 4, arr: 1_500_000 });
    const big = scenarioFile(
      "big-text",
      {},
      { gtmHeadcount: 80, arr: 50_000_000, salesMotion: "self-serve" },
    );
    const { code, out } = await run(["org", "evaluate", seed, big, "--runs", "50"]);
    expect(code).toBe(0);
    const [seedText, bigText] = out.split(big);
    expect(seedText).toMatch(/combined role splits: Q\d+ on the likely inputs/);
    expect(bigText).toMatch(/combined role splits: already split \(separate sales and marketing teams/);
    expect(bigText).not.toMatch(/splits: Q0/);
  });

  it("prints the documented JSON for each file", async () => {
    const seed = scenarioFile("seed", {}, { gtmHeadcount: 4, arr: 1_500_000 });
    const big = scenarioFile(
      "big",
      { version: 1 },
      { gtmHeadcount: 80, arr: 50_000_000, salesMotion: "self-serve" },
    );
    const { code, out, err } = await run([
      "org",
      "evaluate",
      seed,
      big,
      "--json",
      "--runs",
      "100",
      "--seed",
      "3",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.results).toHaveLength(2);
    for (const result of json.results) {
      expect(Object.keys(result).sort()).toEqual([
        "closeCall",
        "file",
        "flips",
        "ranking",
        "recommendation",
        "split",
        "staffing",
      ]);
      expect(STRUCTURE_IDS).toContain(result.recommendation);
      expect(typeof result.closeCall).toBe("boolean");
      expect(result.ranking.map((r: { structure: string }) => r.structure).sort()).toEqual(
        [...STRUCTURE_IDS].sort(),
      );
      for (const r of result.ranking)
        expect(Object.keys(r).sort()).toEqual(["feasible", "structure", "total"]);
      expect(Object.keys(result.split).sort()).toEqual(["neverProbability", "p10", "p50", "p90", "quarter"]);
      for (const f of result.flips) expect(STRUCTURE_IDS).toContain(f.to);
    }
    const [small, large] = json.results;
    expect(small.file).toBe(seed);
    expect(small.recommendation).not.toBe("shared-vp"); // a VP over four people is premature
    expect(small.ranking.find((r: { structure: string }) => r.structure === "shared-vp").feasible).toBe(
      false,
    );
    expect(small.staffing.quarter0Headcount).toBe(4);
    expect(large.staffing.quarter0Headcount).toBe(80);
    expect(large.split.quarter).toBe(0); // a company of 80 is long past one combined role
    expect(["combined", "solo"]).not.toContain(large.recommendation);
  });

  it("uses the file's relationship stage unless --relationship overrides it", async () => {
    const complex = {
      gtmHeadcount: 30,
      arr: 12_000_000,
      salesMotion: "consultative",
      averageDealSize: 90_000,
      salesCycleDays: 150,
    };
    const undefinedStage = scenarioFile("stage-undefined", { relationshipStage: "undefined" }, complex);
    const a = JSON.parse((await run(["org", "evaluate", undefinedStage, "--json", "--runs", "50"])).out)
      .results[0];
    const b = JSON.parse(
      (
        await run([
          "org",
          "evaluate",
          undefinedStage,
          "--json",
          "--runs",
          "50",
          "--relationship",
          "integrated",
        ])
      ).out,
    ).results[0];
    const total = (r: { ranking: { structure: string; total: number }[] }, id: string) =>
      r.ranking.find((x) => x.structure === id)!.total;
    expect(total(b, "shared-vp")).toBeGreaterThan(total(a, "shared-vp"));
    expect(total(b, "peers")).toBe(total(a, "peers"));
  });

  it("prints a readable table without --json", async () => {
    const { code, out } = await run(["org", "evaluate", scenarioFile("table"), "--runs", "50"]);
    expect(code).toBe(0);
    expect(out).toContain("recommendation:");
    expect(out).toMatch(/structure\s+total\s+P\(best\)\s+feasible/);
    expect(out).toContain("quarter 0 headcount: 5");
  });

  it.each([
    ["a missing file", () => [join(dir, "missing.json")], /no such file/],
    ["invalid JSON", () => [scenarioFile("broken", { raw: "{not json" })], /not valid JSON/],
    [
      "an unknown key",
      () => [scenarioFile("extra", { raw: `{"__proto__":{"x":1},"format":"rolefit-org-scenario"}` })],
      /unknown key "__proto__"/,
    ],
    [
      "an out-of-bounds headcount",
      () => [scenarioFile("huge", {}, { gtmHeadcount: 10_000_000 })],
      /profile\.gtmHeadcount/,
    ],
    [
      "an unknown stage",
      () => [scenarioFile("s"), "--relationship", "married"],
      /--relationship must be one of/,
    ],
    ["a bad --runs", () => [scenarioFile("r"), "--runs", "0"], /--runs must be between/],
    ["no file", () => [], /at least one scenario file/],
  ])("refuses %s with one line on stderr and exit 2", async (_name, args, message) => {
    const { code, out, err } = await run(["org", "evaluate", ...(args as () => string[])()]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message as RegExp);
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});
