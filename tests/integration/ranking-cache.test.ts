// The ranked list's cache (fits remembered by profile across changes) must always equal ranking
// afresh: after a decision, after a change of the role's targets, after a profile changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { rankRole } from "~/domain/hiring/ranking";
import { listRoleCandidates, rankedRoleCandidates } from "~/server/candidates.server";
import { newId } from "~/server/ids.server";
import { organizationWithCandidates } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

describe.each(testDialects)("ranked list cache (%s)", (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const fresh = async (organizationId: string, roleId: string, targets: Parameters<typeof rankRole>[0]) =>
    rankRole(targets, await listRoleCandidates(t.context.db, organizationId, roleId)).map((c) => [
      c.id,
      c.fit,
      c.rank,
      c.decision?.decision ?? null,
    ]);
  const cached = async (organizationId: string, role: Parameters<typeof rankedRoleCandidates>[2]) =>
    (await rankedRoleCandidates(t.context.db, organizationId, role)).map((c) => [
      c.id,
      c.fit,
      c.rank,
      c.decision?.decision ?? null,
    ]);

  it("equals ranking afresh after a decision, new targets and a changed profile", async () => {
    const org = await organizationWithCandidates(t.context, "Cache", 4);
    const ae = ROLE_TEMPLATES.find((x) => x.id === "ae-enterprise")!.targets;
    const pmm = ROLE_TEMPLATES.find((x) => x.id !== "ae-enterprise")!.targets;
    let role = { id: org.roleId, targets: ae, updatedAt: "v1" };
    expect(await cached(org.organizationId, role)).toEqual(await fresh(org.organizationId, org.roleId, ae));

    const [first] = org.invitations;
    await t.context.db
      .insertInto("candidate_decisions")
      .values({
        id: newId(),
        organization_id: org.organizationId,
        invitation_id: first!.id,
        decision: "advance",
        decided_by_name: "test",
        decided_at: new Date().toISOString(),
      } as never)
      .execute();
    const afterDecision = await cached(org.organizationId, role);
    expect(afterDecision).toEqual(await fresh(org.organizationId, org.roleId, ae));
    expect(afterDecision.find(([id]) => id === first!.id)![3]).toBe("advance");

    role = { id: org.roleId, targets: pmm, updatedAt: "v2" };
    const retargeted = await cached(org.organizationId, role);
    expect(retargeted).toEqual(await fresh(org.organizationId, org.roleId, pmm));
    expect(retargeted).not.toEqual(afterDecision);

    // One candidate's stored profile changes, with its attempt's updated_at (which the cache key
    // reads) moved past every other attempt's (seeded completions lie minutes ahead).
    const attempt = await t.context.db
      .selectFrom("attempts")
      .select("id")
      .where("invitation_id", "=", first!.id)
      .executeTakeFirstOrThrow();
    const score = await t.context.db
      .selectFrom("attempt_scores")
      .select("profile")
      .where("attempt_id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    const profile = JSON.parse(score.profile!) as Record<string, [number, number]>;
    for (const trait of Object.keys(profile)) profile[trait] = [2.5, 0.2];
    await t.context.db
      .updateTable("attempt_scores")
      .set({ profile: JSON.stringify(profile) })
      .where("attempt_id", "=", attempt.id)
      .execute();
    await t.context.db
      .updateTable("attempts")
      .set({ updated_at: "2999-01-01T00:00:00.000Z" })
      .where("id", "=", attempt.id)
      .execute();
    const rescored = await cached(org.organizationId, role);
    expect(rescored).toEqual(await fresh(org.organizationId, org.roleId, pmm));
    expect(rescored.find(([id]) => id === first!.id)![1]).not.toEqual(
      retargeted.find(([id]) => id === first!.id)![1],
    );
  });
});
