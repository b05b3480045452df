import { describe, expect, it } from "vitest";
import { defaultProfile } from "./profile";
import { firstIssue, profileFileSchema, scenarioFileSchema } from "./schemas";

const file = (overrides: Record<string, unknown> = {}, profile: Record<string, unknown> = {}) => ({
  format: "rolefit-org-scenario",
  version: 2,
  name: "Plan",
  structureId: "peers",
  quarters: 12,
  chartQuarter: 4,
  weights: {},
  profile: { ...defaultProfile(), ...profile },
  ...overrides,
});

describe("scenario file schema", () => {
  it("reads versions 1 and 2 and the optional team breakdown", () => {
    expect(scenarioFileSchema.safeParse(file({ version: 1 })).success).toBe(true);
    const parsed = scenarioFileSchema.parse(file({}, { team: { sellers: 2, marketers: 1 } }));
    expect(parsed.profile.team).toEqual({ sellers: 2, marketers: 1 });
    expect(scenarioFileSchema.safeParse(file({ version: 3 })).success).toBe(false);
  });

  it("holds files to the form's bounds", () => {
    for (const bad of [
      { gtmHeadcount: 10_000_000 },
      { arr: 1e15 },
      { salaries: { ...defaultProfile().salaries, vp: 1e308 } },
      { averageDealSize: { low: 1, mode: 2, high: 1e12 } },
    ]) {
      expect(scenarioFileSchema.safeParse(file({}, bad)).success).toBe(false);
    }
    expect(scenarioFileSchema.safeParse(file({}, { team: { sellers: 9 } })).success).toBe(false); // more than the 5 in GTM
  });

  it("refuses unknown keys at every level, __proto__ included", () => {
    const polluted = JSON.parse(
      JSON.stringify(file()).replace('{"format"', '{"__proto__":{"admin":true},"format"'),
    );
    const result = scenarioFileSchema.safeParse(polluted);
    expect(result.success).toBe(false);
    expect(firstIssue(result.error!)).toBe('unknown key "__proto__"');
    expect(scenarioFileSchema.safeParse(file({ extra: 1 })).success).toBe(false);
    expect(
      profileFileSchema.safeParse({
        ...defaultProfile(),
        salaries: { ...defaultProfile().salaries, bonus: 1 },
      }).success,
    ).toBe(false);
    expect(scenarioFileSchema.safeParse(file({}, { team: { interns: 3 } })).success).toBe(false);
  });

  it("names where the problem is", () => {
    const result = scenarioFileSchema.safeParse(file({}, { arr: -5 }));
    expect(firstIssue(result.error!)).toMatch(/^profile\.arr: ARR must be at least 0/);
  });
});
