// `rolefit fit` in-process through the CLI's own dispatcher (the same runCli that main.ts calls),
// so the exit codes and the one-line errors are the ones a user sees without spawning a process.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "~/cli/run";
import { roleFit } from "~/domain/fit/fit";
import { templateById } from "~/domain/fit/templates";
import type { Profile } from "~/domain/fit/types";
import { TRAIT_IDS } from "~/domain/instrument";

const dir = mkdtempSync(join(tmpdir(), "rolefit-fit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const header = TRAIT_IDS.join(",");
// Row 1: a strong seller (far above every sales threshold, below average on marketing traits).
// Row 2: a marketer, clearly short of every core need of the enterprise AE role.
const seller = [2.3, 2.2, 1.9, 1.8, 1.2, -0.6, 0.4, -1, -0.3, -1.2, 0.6];
const marketer = [-1, -1.2, -0.8, -0.6, -0.4, 2.3, 2.3, 2.3, 1.5, 2.3, 0.5];

describe("rolefit fit", () => {
  it("prints fit, its 80% interval, strengths and gaps as JSON for every row", async () => {
    const csv = file("people.csv", `${header}\n${seller.join(",")}\n${marketer.join(",")}\n`);
    const { code, stdout, stderr } = await cli(["fit", csv, "--template", "ae-enterprise", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(["template", "rows"]);
    expect(out.template).toBe("ae-enterprise");
    expect(out.rows).toHaveLength(2);
    for (const row of out.rows) expect(Object.keys(row)).toEqual(["fit", "low", "high", "strengths", "gaps"]);
    const [strong, other] = out.rows;
    expect(strong.fit).toBeGreaterThan(90);
    expect(strong.gaps).toEqual([]);
    // Every trait the role requires is a strength; the traits it does not require are neither.
    expect(strong.strengths).toEqual([
      "rejection-resilience",
      "closing-drive",
      "discovery",
      "persuasion",
      "pipeline-discipline",
      "market-research",
      "customer-feedback",
    ]);
    expect(other.fit).toBeLessThan(10);
    expect(other.gaps).toEqual(expect.arrayContaining(["closing-drive", "discovery", "persuasion"]));
    expect(other.strengths).not.toContain("creative-ideation");
    // The numbers are the domain's, with SE 0.3 where the file gives none.
    const profile = Object.fromEntries(
      TRAIT_IDS.map((t, i) => [t, { theta: seller[i]!, se: 0.3 }]),
    ) as unknown as Profile;
    const expected = roleFit(profile, templateById("ae-enterprise")!.targets);
    expect(strong.fit).toBeCloseTo(expected.fit, 10);
    expect([strong.low, strong.high]).toEqual([expected.interval[0], expected.interval[1]]);
    expect(strong.low).toBeLessThanOrEqual(strong.fit);
    expect(strong.high).toBeGreaterThanOrEqual(strong.fit);
  });

  it("reads TRAIT_ID.se columns, and lets traits the role does not require be left out", async () => {
    const cols = [
      "rejection-resilience",
      "closing-drive",
      "discovery",
      "persuasion",
      "pipeline-discipline",
      "demand-generation",
    ];
    const csv = file("se.csv", `${cols.join(",")},discovery.se\n1.6,1,0.4,1,1,0,1.2\n1.6,1,0.4,1,1,0,0.05\n`);
    const { code, stdout } = await cli(["fit", csv, "--template", "sdr", "--json"]);
    expect(code).toBe(0);
    const [wide, narrow] = JSON.parse(stdout).rows;
    // Discovery sits 0.2 above the SDR threshold (0.2): with a wide SE the questionnaire cannot
    // tell (neither a strength nor a gap, and a wider interval); with a narrow one it is a strength.
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
    expect(wide.strengths).not.toContain("discovery");
    expect(wide.gaps).toEqual([]);
    expect(narrow.strengths).toContain("discovery");
  });

  it("prints a readable table without --json", async () => {
    const csv = file("table.csv", `${header}\n${seller.join(",")}\n`);
    const { code, stdout } = await cli(["fit", csv, "--template", "ae-enterprise"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Account executive, enterprise");
    expect(stdout).toMatch(/fit model threshold-/);
    expect(stdout).toMatch(/\n\s*1\s+9\d\.\d/);
  });

  it("rejects bad input with one line on stderr and exit code 2", async () => {
    const good = file("good.csv", `${header}\n${seller.join(",")}\n`);
    const cases: Array<[string[], RegExp]> = [
      [["fit", good], /needs --template/],
      [["fit", good, "--template", "astronaut"], /unknown template "astronaut"/],
      [["fit", "--template", "sdr"], /exactly one CSV file/],
      [["fit", join(dir, "missing.csv"), "--template", "sdr"], /cannot find file/],
      [["fit", file("unknown.csv", "charisma\n1\n"), "--template", "sdr"], /unknown column "charisma"/],
      [["fit", file("orphan.csv", "discovery.se\n0.3\n"), "--template", "sdr"], /no "discovery" column/],
      [
        ["fit", file("short.csv", "discovery\n1\n"), "--template", "sdr"],
        /needs a column for rejection-resilience/,
      ],
      [
        [
          "fit",
          file("nan.csv", `${header}\n${seller.slice(0, 10).join(",")},abc\n`),
          "--template",
          "ae-enterprise",
        ],
        /data row 1, column customer-feedback: "abc" is not a number/,
      ],
      [
        [
          "fit",
          file("empty-cell.csv", `${header}\n,${seller.slice(1).join(",")}\n`),
          "--template",
          "ae-enterprise",
        ],
        /data row 1, column rejection-resilience: θ is empty/,
      ],
      [
        [
          "fit",
          file("zero-se.csv", `${header},discovery.se\n${seller.join(",")},0\n`),
          "--template",
          "ae-enterprise",
        ],
        /SE must be above 0/,
      ],
      [
        ["fit", file("ragged.csv", `${header}\n1,2\n`), "--template", "ae-enterprise"],
        /has 2 fields but the header has 11/,
      ],
      [["fit", good, "--template", "sdr", "--bogus"], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await cli(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });
});

describe("rolefit instrument --json", () => {
  it("lists every template's targets with a weight and the threshold as min", async () => {
    const { code, stdout } = await cli(["instrument", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const ae = json.templates.find((t: { id: string }) => t.id === "ae-enterprise");
    expect(ae.targets.discovery).toMatchObject({ need: "core", min: 1, weight: 1 });
    expect(ae.targets["creative-ideation"]).toMatchObject({ need: "not-required", weight: 0 });
    for (const template of json.templates) {
      for (const target of Object.values(template.targets) as Array<{
        need: string;
        weight: number;
        min?: number;
      }>) {
        expect(typeof target.weight).toBe("number");
        if (target.need !== "not-required") expect(typeof target.min).toBe("number");
      }
    }
  });
});
