// The demo workspace must tell a story a hiring manager can believe under the fit model: the strong
// seller leads the enterprise AE role with no gaps, and the recorded decisions follow the ranking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateReport } from "~/domain/hiring/candidate-report";
import { rankRole } from "~/domain/hiring/ranking";
import { findCandidate, listRoleCandidates } from "~/server/candidates.server";
import { findRole } from "~/server/roles.server";
import { seedDemoWorkspace } from "~/server/demo-workspace.server.ts";
import { createTestContext, type TestContext } from "./support/test-context.ts";

describe("demo seed", () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext("sqlite");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("ranks the strong seller first with no gaps, advanced candidates above rejected ones", async () => {
    const login = await seedDemoWorkspace(t.context);
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
});
