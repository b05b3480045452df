import { describe, expect, it } from "vitest";
import { fairnessAudit, type AuditCandidate } from "./audit-summary";

function people(spec: Array<{ sex?: string; age?: string; n: number; selected: number }>): AuditCandidate[] {
  const out: AuditCandidate[] = [];
  for (const g of spec) {
    for (let i = 0; i < g.n; i++)
      out.push({
        sex: g.sex ?? null,
        raceEthnicity: null,
        ageBand: g.age ?? null,
        selected: i < g.selected,
        fit: i,
      });
  }
  return out;
}

const cell = (tables: ReturnType<typeof fairnessAudit>["selection"], title: string, key: string) =>
  tables.find((t) => t.title === title)!.cells.find((c) => c.key === key)!;

describe("fairnessAudit", () => {
  it("never compares against a group it hides", () => {
    // "another": 3 people, all selected — the highest rate, but hidden for being under 5.
    const audit = fairnessAudit(
      people([
        { sex: "female", n: 10, selected: 4 },
        { sex: "male", n: 10, selected: 6 },
        { sex: "another", n: 3, selected: 3 },
      ]),
    );
    const sex = audit.selection.find((t) => t.title === "Sex")!;
    expect(sex.reference).toBe("Male");
    expect(cell(audit.selection, "Sex", "male")).toMatchObject({
      reference: true,
      impactRatio: 1,
      belowFourFifths: false,
      pValue: null,
    });
    expect(cell(audit.selection, "Sex", "female").impactRatio).toBeCloseTo(4 / 6, 12);
    expect(cell(audit.selection, "Sex", "another")).toMatchObject({
      hidden: true,
      rate: null,
      impactRatio: null,
      interval: null,
      reference: false,
    });
  });

  it("shows each rate's 95% interval and how likely the gap is by chance", () => {
    const audit = fairnessAudit(
      people([
        { sex: "female", n: 10, selected: 4 },
        { sex: "male", n: 10, selected: 6 },
      ]),
    );
    const female = cell(audit.selection, "Sex", "female");
    expect(female.belowFourFifths).toBe(true);
    // Fisher exact, 4/10 vs 6/10 (scipy.stats.fisher_exact): 0.656 — well within chance.
    expect(female.pValue).toBeCloseTo(0.6562818, 6);
    expect(female.interval![0]).toBeCloseTo(0.1682, 4);
    expect(female.interval![1]).toBeCloseTo(0.6873, 4);
  });

  it("makes no comparison when fewer than two groups can be shown", () => {
    const audit = fairnessAudit(
      people([
        { sex: "female", n: 12, selected: 2 },
        { sex: "male", n: 4, selected: 4 },
      ]),
    );
    expect(audit.selection.find((t) => t.title === "Sex")!.reference).toBeNull();
    expect(cell(audit.selection, "Sex", "female")).toMatchObject({
      impactRatio: null,
      belowFourFifths: false,
      rate: 2 / 12,
    });
  });

  it("audits age bands, with “prefer not to say” as unknown", () => {
    const audit = fairnessAudit(
      people([
        { age: "25-34", n: 8, selected: 6 },
        { age: "55-64", n: 8, selected: 2 },
        { age: "prefer-not-to-say", n: 3, selected: 1 },
      ]),
    );
    const age = audit.selection.find((t) => t.title === "Age band")!;
    expect(age.unknown).toBe(3);
    expect(age.reference).toBe("25 to 34");
    expect(cell(audit.selection, "Age band", "55-64")).toMatchObject({
      label: "55 to 64",
      rate: 0.25,
      belowFourFifths: true,
    });
    expect(cell(audit.selection, "Age band", "55-64").impactRatio).toBeCloseTo(0.25 / 0.75, 12);
    expect(audit.scoring.map((t) => t.title)).toContain("Age band");
  });
});
