import { describe, expect, it } from "vitest";
import { runCli } from "../run";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe("rolefit instrument", () => {
  it("prints the version as JSON with traits, items and templates", async () => {
    const { code, out } = await run(["instrument", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.version).toMatch(/^gtm-fit-[0-9a-f]{16}$/);
    expect(json.traits).toHaveLength(11);
    expect(json.templates.length).toBeGreaterThanOrEqual(11);
    const pair = json.items.find((i: { format: string }) => i.format === "forced-choice");
    expect(pair).toMatchObject({ trait: "balance", reverse: false, text: "Which is more like you?" });
    expect(pair.options).toHaveLength(2);
    for (const item of json.items)
      expect(["likert", "forced-choice", "situational", "infrequency"]).toContain(item.format);
  });

  it("prints readable text and refuses stray arguments with exit 2", async () => {
    const text = await run(["instrument"]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("rr-01");
    // Pairs show each statement's provisional appeal to a sales employer, for review by raters.
    expect(text.out).toMatch(/fc-01 {2}S: .+ \[1\.00\]\n {10}M: .+ \[0\.75\]/);
    const bad = await run(["instrument", "oops"]);
    expect(bad.code).toBe(2);
  });
});
