import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import { memberWithRole, organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";
import * as outcomesRoute from "~/routes/_app.roles.$roleId.candidates.$candidateId_.outcomes";
import * as validationRoute from "~/routes/_app.roles.$roleId.validation";
import * as exportRoute from "~/routes/_app.roles.$roleId.candidates.$candidateId.export";
import * as eraseRoute from "~/routes/_app.roles.$roleId.candidates.$candidateId_.erase";
import { purgeExpiredCandidates } from "~/server/retention.server";

describe.each(testDialects)("job outcomes and the validation study on %s", (dialect) => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof organizationWithCandidates>>;
  let owner: CookieJar;
  let manager: CookieJar;
  let viewer: CookieJar;
  const params = (i: number) => ({ roleId: org.roleId, candidateId: org.invitations[i]!.id });
  const outcomeRows = (invitationId: string) =>
    t.context.db
      .selectFrom("candidate_outcomes")
      .select(["measure", "value"])
      .where("invitation_id", "=", invitationId)
      .orderBy("measure")
      .execute();

  beforeAll(async () => {
    t = await createTestContext(dialect);
    org = await organizationWithCandidates(t.context, "Outcomes", 6);
    owner = await signedIn(t.context, org.ownerEmail);
    manager = await memberWithRole(t.context, org.organizationId, "manager");
    viewer = await memberWithRole(t.context, org.organizationId, "viewer");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("lets managers record outcomes by form, viewers only read them, and audits each change", async () => {
    const form = {
      "rating-6m": "4",
      "rating-12m": "",
      "quota-pct": "112.5",
      "retained-12m": "yes",
      customName: "Deals won",
      customValue: "9",
    };
    const refused = await callRoute(outcomesRoute.action, {
      context: t.context,
      path: "/o",
      params: params(0),
      form,
      jar: viewer,
    });
    expect(refused.status).toBe(403);
    expect(await outcomeRows(org.invitations[0]!.id)).toEqual([]);

    const saved = await callRoute(outcomesRoute.action, {
      context: t.context,
      path: "/o",
      params: params(0),
      form,
      jar: manager,
    });
    expect(saved.status).toBe(302);
    expect(await outcomeRows(org.invitations[0]!.id)).toEqual([
      { measure: "custom:Deals won", value: 9 },
      { measure: "quota-pct", value: 112.5 },
      { measure: "rating-6m", value: 4 },
      { measure: "retained-12m", value: 1 },
    ]);

    const page = await callRoute(outcomesRoute.loader, {
      context: t.context,
      path: "/o",
      params: params(0),
      jar: viewer,
    });
    expect(page.status).toBe(200);
    expect(page.data.canRecord).toBe(false);
    expect(page.data.outcomes.map((o: { measure: string }) => o.measure)).toContain("rating-6m");

    // Emptying a field removes what was recorded; the custom outcome has its own field now.
    await callRoute(outcomesRoute.action, {
      context: t.context,
      path: "/o",
      params: params(0),
      form: { "rating-6m": "5", "quota-pct": "", "custom:Deals won": "10" },
      jar: owner,
    });
    expect(await outcomeRows(org.invitations[0]!.id)).toEqual([
      { measure: "custom:Deals won", value: 10 },
      { measure: "rating-6m", value: 5 },
      { measure: "retained-12m", value: 1 },
    ]);
    const audits = await t.context.db
      .selectFrom("audit_events")
      .select(["subject_id", "details"])
      .where("action", "=", "candidate.record-outcome")
      .execute();
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.subject_id === org.invitations[0]!.id)).toBe(true);
    // Measure names only, never the values.
    expect(audits.some((a) => a.details!.includes("112.5"))).toBe(false);
  });

  it("refuses values outside a measure's range and changes nothing", async () => {
    const res = await callRoute(outcomesRoute.action, {
      context: t.context,
      path: "/o",
      params: params(1),
      form: { "rating-6m": "7" },
      jar: manager,
    });
    expect(res.status).toBe(400);
    expect(res.data.error["rating-6m"][0]).toMatch(/whole number from 1 to 5/);
    expect(await outcomeRows(org.invitations[1]!.id)).toEqual([]);
  });

  it("imports a CSV, reporting each row it could not use", async () => {
    const emails = await t.context.db
      .selectFrom("candidate_invitations")
      .select(["id", "email"])
      .where("role_id", "=", org.roleId)
      .execute();
    const email = (i: number) => emails.find((e) => e.id === org.invitations[i]!.id)!.email;
    const csv = [
      "email,rating_6m,quota_pct",
      `${email(1)},3,90`,
      `${email(2)},2,70`,
      `${email(3)},5,`,
      `${email(4)},six,80`,
      "stranger@example.com,4,100",
    ].join("\n");
    expect(
      (
        await callRoute(validationRoute.action, {
          context: t.context,
          path: "/v",
          params: { roleId: org.roleId },
          form: { csv },
          jar: viewer,
        })
      ).status,
    ).toBe(403);
    const res = await callRoute(validationRoute.action, {
      context: t.context,
      path: "/v",
      params: { roleId: org.roleId },
      form: { csv },
      jar: manager,
    });
    expect(res.status).toBe(200);
    expect(res.data.imported).toEqual({ candidates: 3, values: 5 });
    expect(res.data.problems).toEqual([
      { row: 4, problem: 'Performance rating at 6 months (1–5): "six" is not a whole number from 1 to 5' },
      {
        row: 5,
        problem: "stranger@example.com is not a candidate of this role with a completed assessment.",
      },
    ]);
    expect(await outcomeRows(org.invitations[3]!.id)).toEqual([{ measure: "rating-6m", value: 5 }]);
    expect(await outcomeRows(org.invitations[4]!.id)).toEqual([]);
    const broken = await callRoute(validationRoute.action, {
      context: t.context,
      path: "/v",
      params: { roleId: org.roleId },
      form: { csv: 'email,rating_6m\n"unclosed,3' },
      jar: manager,
    });
    expect(broken.status).toBe(400);
    expect(broken.data.problems[0].problem).toMatch(/never closed/);
  });

  it("never writes outcomes for another organization's candidates named in an import", async () => {
    const other = await organizationWithCandidates(t.context, "Elsewhere", 1);
    const theirEmail = (
      await t.context.db
        .selectFrom("candidate_invitations")
        .select("email")
        .where("id", "=", other.invitations[0]!.id)
        .executeTakeFirstOrThrow()
    ).email;
    const res = await callRoute(validationRoute.action, {
      context: t.context,
      path: "/v",
      params: { roleId: org.roleId },
      form: { csv: `email,rating_6m\n${theirEmail},5` },
      jar: manager,
    });
    expect(res.status).toBe(400);
    expect(res.data.problems[0].problem).toMatch(/not a candidate of this role/);
    expect(await outcomeRows(other.invitations[0]!.id)).toEqual([]);
  });

  it("shows the study: n per outcome, r with its range, and the small-sample warning", async () => {
    const page = await callRoute(validationRoute.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/validation?rel.rating-6m=0.6&rel.quota-pct=7`,
      params: { roleId: org.roleId },
      jar: viewer,
    });
    expect(page.status).toBe(200);
    const study = page.data.study;
    expect(study.completed).toBe(6);
    expect(study.hired).toBe(4);
    const rating = study.outcomes.find((o: { measure: string }) => o.measure === "rating-6m");
    expect(rating.n).toBe(4);
    expect(rating.small).toBe(true);
    expect(rating.reliability).toBe(0.6);
    // An invalid reliability is ignored rather than used.
    expect(study.outcomes.find((o: { measure: string }) => o.measure === "quota-pct").reliability).toBeNull();
    const fit = rating.cells.find((c: { predictor: string }) => c.predictor === "fit");
    expect(fit.n).toBe(4);
    expect(fit.r).toBeGreaterThanOrEqual(-1);
    expect(fit.r).toBeLessThanOrEqual(1);
    const views = await t.context.db
      .selectFrom("audit_events")
      .select("subject_id")
      .where("action", "=", "validation.view")
      .execute();
    expect(views.map((v) => v.subject_id)).toContain(org.roleId);
  });

  it("puts outcomes in the candidate export and removes them with erasure and retention", async () => {
    // Exports carry emails: managers and owners only.
    expect(
      (
        await callRoute(exportRoute.loader, {
          context: t.context,
          path: "/c/export",
          params: params(0),
          jar: viewer,
        })
      ).status,
    ).toBe(403);
    const exported = await callRoute(exportRoute.loader, {
      context: t.context,
      path: "/c/export",
      params: params(0),
      jar: manager,
    });
    expect(exported.status).toBe(200);
    expect(
      exported.data.outcomes.map((o: { measure: string; value: number }) => [o.measure, o.value]),
    ).toEqual([
      ["custom:Deals won", 10],
      ["rating-6m", 5],
      ["retained-12m", 1],
    ]);

    const erased = await callRoute(eraseRoute.action, {
      context: t.context,
      path: "/c/erase",
      params: params(0),
      form: {},
      jar: owner,
    });
    expect(erased.status).toBe(302);
    expect(await outcomeRows(org.invitations[0]!.id)).toEqual([]);

    // Retention counts from the last activity, recording an outcome included: candidates 1 and 2
    // were invited, finished and decided on long ago; candidate 2's outcomes were recorded
    // recently, so only candidate 1 is erased.
    expect((await outcomeRows(org.invitations[1]!.id)).length).toBeGreaterThan(0);
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const ids = [org.invitations[1]!.id, org.invitations[2]!.id];
    await t.context.db
      .updateTable("organizations")
      .set({ retention_days: 30 })
      .where("id", "=", org.organizationId)
      .execute();
    await t.context.db
      .updateTable("candidate_invitations")
      .set({ created_at: daysAgo(100), expires_at: daysAgo(86), opened_at: daysAgo(100), last_sent_at: null })
      .where("id", "in", ids)
      .execute();
    await t.context.db
      .updateTable("attempts")
      .set({
        created_at: daysAgo(100),
        updated_at: daysAgo(100),
        last_answer_at: daysAgo(100),
        completed_at: daysAgo(100),
      })
      .where("invitation_id", "in", ids)
      .execute();
    await t.context.db
      .updateTable("candidate_decisions")
      .set({ decided_at: daysAgo(90) })
      .where("invitation_id", "in", ids)
      .execute();
    await t.context.db
      .updateTable("candidate_notes")
      .set({ created_at: daysAgo(90) })
      .where("invitation_id", "in", ids)
      .execute();
    await t.context.db
      .updateTable("candidate_outcomes")
      .set({ recorded_at: daysAgo(60) })
      .where("invitation_id", "=", org.invitations[1]!.id)
      .execute();
    expect(await purgeExpiredCandidates(t.context.db)).toBe(1);
    expect(await outcomeRows(org.invitations[1]!.id)).toEqual([]);
    expect((await outcomeRows(org.invitations[2]!.id)).length).toBe(2);
  });
});
