import { describe, expect, it } from "vitest";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import { interviewGuide } from "./interview-guide";
import { INTERVIEW_QUESTIONS } from "./interview-questions";
import { levelOf, scoringNotice, traitReport } from "./report-text";
import { REPORT_CONTENT } from "./report-content";
import { taskById } from "~/domain/instrument/tasks";
import { templateById, thetasMeeting } from "./templates";
import type { Profile } from "./types";

describe("interview guide", () => {
  it("has at least three behavioural questions per trait, with strong and weak answers", () => {
    const all: string[] = [];
    for (const trait of TRAIT_IDS) {
      expect(INTERVIEW_QUESTIONS[trait].length).toBeGreaterThanOrEqual(3);
      for (const q of INTERVIEW_QUESTIONS[trait]) {
        expect(q.strong.length).toBeGreaterThan(20);
        expect(q.weak.length).toBeGreaterThan(15);
        all.push(q.question);
      }
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it("picks the clear shortfalls first, then the uncertain traits, with a reason for each", () => {
    const role = templateById("ae-enterprise")!.targets;
    const c = thetasMeeting(role);
    const profile = Object.fromEntries(TRAIT_IDS.map((t) => [t, { theta: c[t], se: 0.25 }])) as Record<
      TraitId,
      { theta: number; se: number }
    >;
    profile.discovery = { theta: -0.5, se: 0.3 }; // far below a core threshold
    profile["pipeline-discipline"] = { theta: 0.3, se: 0.6 }; // on the threshold (0.3), uncertain
    profile["creative-ideation"] = { theta: -2, se: 0.3 }; // low, but the role does not require it
    const guide = interviewGuide(profile as Profile, role, 3);
    expect(guide[0]!.trait).toBe("discovery");
    expect(guide[0]!.reason).toBe("short");
    expect(guide[0]!.explanation).toMatch(/below a core need of the role \(1\.0 or more\)/);
    expect(guide.find((g) => g.trait === "pipeline-discipline")?.reason).toBe("uncertain");
    expect(guide.map((g) => g.trait)).not.toContain("creative-ideation");
    for (const g of guide) {
      expect(g.explanation.length).toBeGreaterThan(30);
      expect(g.questions.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("asks nothing about needs that are clearly met, however far above them the person is", () => {
    const role = templateById("sdr")!.targets;
    const c = thetasMeeting(role, 2);
    const profile = Object.fromEntries(
      TRAIT_IDS.map((t) => [t, { theta: c[t], se: 0.1 }]),
    ) as unknown as Profile;
    expect(interviewGuide(profile, role)).toEqual([]);
  });
});

describe("report text", () => {
  it("has strengths, growth and known task ids at every level for every trait", () => {
    for (const trait of TRAIT_IDS) {
      for (const level of ["low", "mid", "high"] as const) {
        const t = REPORT_CONTENT[trait][level];
        expect(t.strength.length).toBeGreaterThan(30);
        expect(t.growth.length).toBeGreaterThan(30);
        expect(t.enjoy.length).toBeGreaterThan(0);
        for (const id of t.enjoy) expect(taskById(id), id).toBeDefined();
      }
    }
  });

  it("selects by level and flags an uncertain placement", () => {
    expect(levelOf(-1)).toBe("low");
    expect(levelOf(0)).toBe("mid");
    expect(levelOf(1)).toBe("high");
    const sure = traitReport("storytelling", { theta: 1.5, se: 0.2 });
    expect(sure.level).toBe("high");
    expect(sure.uncertainty).toBeUndefined();
    expect(sure.enjoy[0]!.label.length).toBeGreaterThan(3);
    expect(traitReport("storytelling", { theta: 0.6, se: 0.4 }).uncertainty).toMatch(/between mid and high/);
    expect(scoringNotice({ calibration: "provisional" })).toMatch(/not yet been checked/);
  });

  it("says which engine scored the attempt", () => {
    const joint = scoringNotice({ calibration: "calibrated", engine: "multidimensional" });
    expect(joint).toMatch(/calibrated on real answers/);
    expect(joint).toMatch(/scored together/);
    // Scores stored before the multidimensional engine name no engine: they were scored per trait.
    expect(scoringNotice({ calibration: "provisional" })).toMatch(/own answers only/);
    expect(scoringNotice({ calibration: "provisional", engine: "per-trait" })).toMatch(/own answers only/);
  });
});
