// Properties of team-gap hiring (team-gain.ts) over random teams, candidates and every template.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRAIT_IDS } from "~/domain/instrument/types";
import { roleFit } from "./fit";
import {
  addsInWords,
  coreGate,
  describeTeamGain,
  orderForTeam,
  teamCoverage,
  teamGain,
  teamNeeds,
} from "./team-gain";
import { ROLE_TEMPLATES, templateById } from "./templates";
import type { Profile } from "./types";

const estimate = fc.record({
  theta: fc.double({ min: -3, max: 3, noNaN: true }),
  se: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
});
const profile: fc.Arbitrary<Profile> = fc
  .tuple(...TRAIT_IDS.map(() => estimate))
  .map((es) => Object.fromEntries(TRAIT_IDS.map((t, i) => [t, es[i]!])) as unknown as Profile);
const template = fc.constantFrom(...ROLE_TEMPLATES);
const team = fc.array(profile, { minLength: 0, maxLength: 5 });
const RUNS = { numRuns: 300 };

describe("team gain properties", () => {
  it("never lowers a candidate's gain when they rise on a need without a ceiling", () => {
    fc.assert(
      fc.property(
        template,
        team,
        profile,
        fc.nat(),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (t, members, p, pick, rise) => {
          const traits = TRAIT_IDS.filter((id) => {
            const target = t.targets[id];
            return target.need !== "not-required" && !target.ceiling;
          });
          const trait = traits[pick % traits.length]!;
          const coverage = teamCoverage(t.targets, members);
          const before = teamGain(t.targets, coverage, p).teamGain;
          const after = teamGain(t.targets, coverage, {
            ...p,
            [trait]: { ...p[trait], theta: p[trait].theta + rise },
          }).teamGain;
          expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
      RUNS,
    );
  });

  it("gives a candidate identical to a team member no gain, and never a negative one", () => {
    fc.assert(
      fc.property(template, team, profile, (t, members, p) => {
        const coverage = teamCoverage(t.targets, [...members, p]);
        const gain = teamGain(t.targets, coverage, p);
        expect(gain.teamGain).toBe(0);
        expect(gain.adds).toEqual([]);
        expect(teamGain(t.targets, teamCoverage(t.targets, members), p).teamGain).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("lets fit gate: nobody clearly short of a core need is ranked above someone who meets them all", () => {
    fc.assert(
      fc.property(
        template,
        team,
        fc.array(profile, { minLength: 2, maxLength: 8 }),
        (t, members, candidates) => {
          const ordered = orderForTeam(
            t.targets,
            teamNeeds(t.targets, [templateById("market-researcher")!.targets]),
            members,
            candidates.map((p, i) => ({ id: `c${i}`, p })),
            (c) => c.p,
            (c) => c.id,
          );
          for (let i = 0; i < ordered.length; i++)
            for (let j = i + 1; j < ordered.length; j++)
              expect(ordered[i]!.gate).toBeLessThanOrEqual(ordered[j]!.gate);
          for (const row of ordered) {
            expect(row.gate).toBe(coreGate(roleFit(row.candidate.p, t.targets)));
            const core = row.fit.traits.filter((x) => x.need === "core");
            // Clearly short of one core need: never in front of someone who clearly meets them all.
            if (core.some((x) => x.classification === "short")) expect(row.gate).toBe(2);
            if (core.every((x) => x.classification === "meets") && row.gate === 0)
              expect(core.every((x) => x.probability >= 0.8)).toBe(true);
          }
          expect(ordered.map((r) => r.rank)).toEqual(ordered.map((_, i) => i + 1));
        },
      ),
      RUNS,
    );
  });
});

describe("team gain on a concrete team", () => {
  const role = templateById("ae-enterprise")!;
  const level = (theta: number, se = 0.25): Profile =>
    Object.fromEntries(TRAIT_IDS.map((t) => [t, { theta, se }])) as unknown as Profile;

  it("orders a candidate who brings what the team's plan lacks above one who repeats what it has", () => {
    // An enterprise AE joins three strong closers in a unit whose plan also has a market researcher's
    // seat; nobody in the team researches the market.
    const closer = { ...level(1.6), "market-research": { theta: -1.5, se: 0.25 } };
    const team = [closer, closer, closer];
    const needs = teamNeeds(role.targets, [templateById("market-researcher")!.targets]);
    // Both clearly meet the role; the copy is as strong as the team, the researcher also researches.
    const copy = { ...level(1.9), "market-research": { theta: 0.2, se: 0.25 } };
    const researcher = { ...level(1.5), "market-research": { theta: 1.9, se: 0.25 } };
    expect(coreGate(roleFit(copy, role.targets))).toBe(0);
    expect(coreGate(roleFit(researcher, role.targets))).toBe(0);
    const candidates = [
      { id: "copy", p: copy },
      { id: "researcher", p: researcher },
    ];
    const ordered = orderForTeam(
      role.targets,
      needs,
      team,
      candidates,
      (c) => c.p,
      (c) => c.id,
    );
    expect(ordered.map((r) => r.candidate.id)).toEqual(["researcher", "copy"]);
    expect(ordered[0]!.gain.adds).toEqual(["market-research"]);
    expect(ordered[0]!.gain.coverageAfter).toBeGreaterThan(ordered[0]!.gain.coverageBefore + 5);
    // The plan's need is the researcher template's core bar, as a useful need for this role.
    expect(needs["market-research"]).toMatchObject({ need: "useful", min: 1 });
    // Without the plan the role's own low bar for research is met by both: the team order is fit's.
    const rolesOwn = orderForTeam(
      role.targets,
      role.targets,
      team,
      candidates,
      (c) => c.p,
      (c) => c.id,
    );
    expect(rolesOwn[0]!.gain.adds).toEqual(["market-research"]);
  });

  it("says in words what a candidate adds", () => {
    const names: Record<string, string> = {
      "market-research": "Market research",
      storytelling: "Storytelling",
    };
    expect(addsInWords(["market-research"], (t) => names[t]!)).toBe(
      "adds what the team lacks: market research",
    );
    expect(addsInWords(["market-research", "storytelling"], (t) => names[t]!)).toBe(
      "adds what the team lacks: market research, storytelling",
    );
    expect(addsInWords([], (t) => names[t]!)).toBeNull();
    expect(
      describeTeamGain({
        adds: ["market-research"],
        coverageBefore: 52.4,
        coverageAfter: 71.6,
        teamGain: 19.2,
      }),
    ).toBe(
      "Adds what the team lacks: market research and analysis. The team's coverage of this role's needs goes from 52% to 72% (team gain 19 of 100).",
    );
    expect(describeTeamGain({ adds: [], coverageBefore: 80, coverageAfter: 80, teamGain: 0 })).toMatch(
      /^Adds nothing the team lacks\. The team's coverage of this role's needs goes from 80% to 80%/,
    );
  });
});
