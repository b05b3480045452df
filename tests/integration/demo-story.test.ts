// The demo workspace must tell a story a hiring manager can believe under the fit model: the strong
// seller leads the enterprise AE role with no gaps, and the recorded decisions follow the ranking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateReport } from "~/domain/hiring/candidate-report";
import { rankRole } from "~/domain/hiring/ranking";
import { findCandidate, listRoleCandidates } from "~/server/candidates.server";
import { findRole } from "~/server/roles.server";
import { orderedRoleCandidates } from "~/server/team-gap.server";
import { seedDemoWorkspace } from "~/server/demo-workspace.server.ts";
import { createTestContext, type TestContext } from "./support/test-context.ts";

describe("demo seed", () => {
  let t: TestContext;
  let login: Awaited<ReturnType<typeof seedDemoWorkspace>>;
  beforeAll(async () => {
    t = await createTestContext("sqlite");
    login = await seedDemoWorkspace(t.context);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("ranks the strong seller first with no gaps, advanced candidates above rejected ones", async () => {
    expect(login).not.toBeNull();
    const db = t.context.db;
    const role = await db
      .selectFrom("roles")
      .select(["id", "organization_id"])
      .where("title", "=", "Enterprise Account Executive")
      .executeTakeFirstOrThrow();
    const record = (await findRole(db, role.organization_id, role.id))!;
    const listed = rankRole(record.targets, await listRoleCandidates(db, role.organization_id, role.id));
    const ranked = listed.filter((c) => c.fit);
    expect(ranked).toHaveLength(12);

    const top = ranked[0]!;
    expect(top.name).toBe("Priya Raman");
    expect(top.fit!.fit).toBeGreaterThan(90);
    expect(top.tied).toBe(false);
    const detail = (await findCandidate(db, role.organization_id, role.id, top.id))!;
    const report = candidateReport(record.targets, detail.scores!);
    expect(report.gaps).toEqual([]);
    // She is clearly above average on every need, so each one she meets is a strength.
    expect(report.alsoMet).toEqual([]);
    expect(report.strengths.map((s) => s.trait)).toEqual(
      expect.arrayContaining(["rejection-resilience", "closing-drive", "discovery", "persuasion"]),
    );

    const fitsOf = (decision: string) =>
      ranked.filter((c) => c.decision?.decision === decision).map((c) => c.fit!.fit);
    expect(Math.min(...fitsOf("advance"))).toBeGreaterThan(Math.max(...fitsOf("reject")));
    expect(Math.min(...fitsOf("advance"))).toBeGreaterThan(Math.max(...fitsOf("hold")));
  });

  it("links the role to a team whose gap changes the order: a closer moves ahead of a higher fit", async () => {
    const db = t.context.db;
    const row = await db
      .selectFrom("roles")
      .select(["id", "organization_id"])
      .where("title", "=", "Enterprise Account Executive")
      .executeTakeFirstOrThrow();
    const role = (await findRole(db, row.organization_id, row.id))!;
    expect(role.teamLink).toEqual({ kind: "team-map" });
    const byFit = await orderedRoleCandidates(db, row.organization_id, role, "fit");
    const forTeam = await orderedRoleCandidates(db, row.organization_id, role, "team");
    expect(byFit.team).toBeNull();
    expect(forTeam.team!.members).toHaveLength(3);
    const names = (list: typeof byFit.listed) => list.filter((c) => c.fit).map((c) => c.name);
    const fitOrder = names(byFit.listed);
    const teamOrder = names(forTeam.listed);
    expect(teamOrder[0]).toBe("Priya Raman");
    // The team neither closes nor persuades: Fatima does both; Amara has the higher fit.
    expect(fitOrder.indexOf("Amara Okafor")).toBeLessThan(fitOrder.indexOf("Fatima Zahra"));
    expect(teamOrder.indexOf("Fatima Zahra")).toBeLessThan(teamOrder.indexOf("Amara Okafor"));
    const fatima = forTeam.listed.find((c) => c.name === "Fatima Zahra")!;
    expect(forTeam.places.get(fatima.id)!.adds).toEqual(
      expect.arrayContaining(["closing-drive", "persuasion"]),
    );
  });
});
