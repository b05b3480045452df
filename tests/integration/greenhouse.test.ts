import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listTestsResponseSchema,
  sendTestResponseSchema,
  testStatusResponseSchema,
} from "~/domain/api/greenhouse";
import { createApiKey } from "~/server/api-keys.server";
import { demoPerson, seedCompletedAttempt } from "~/server/demo-data.server";
import { createRole, setRoleStatus } from "~/server/roles.server";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import * as listTests from "~/routes/api.greenhouse.list_tests";
import * as sendTest from "~/routes/api.greenhouse.send_test";
import * as testStatus from "~/routes/api.greenhouse.test_status";
import * as responseError from "~/routes/api.greenhouse.response_error";
import { expectProblem } from "./support/api-contract.ts";
import { callRoute } from "./support/call-route.ts";
import { organizationWithCandidates } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

// Greenhouse's Assessment Partner API, replayed: the requests below are the ones Greenhouse's
// documentation shows (developers.greenhouse.io/assessment.html), with our ids in place of theirs.
// Greenhouse authenticates with HTTP Basic: the API key as the username, an empty password.

const basic = (key: string) => ({ Authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` });

describe.each(testDialects)("Greenhouse assessment partner on %s", (dialect) => {
  let t: TestContext;
  let a: Awaited<ReturnType<typeof organizationWithCandidates>>;
  let b: Awaited<ReturnType<typeof organizationWithCandidates>>;
  let key: string;
  let readKey: string;
  let archivedRoleId: string;
  let interviewId: string;

  beforeAll(async () => {
    t = await createTestContext(dialect);
    a = await organizationWithCandidates(t.context, "Hogwarts", 1);
    b = await organizationWithCandidates(t.context, "Durmstrang", 1);
    key = (
      await createApiKey(t.context.db, a.organizationId, {
        name: "Greenhouse",
        scope: "read-write",
        createdByUserId: a.ownerUserId,
      })
    ).key;
    readKey = (
      await createApiKey(t.context.db, a.organizationId, {
        name: "Greenhouse read",
        scope: "read",
        createdByUserId: a.ownerUserId,
      })
    ).key;
    const template = ROLE_TEMPLATES[0]!;
    archivedRoleId = await createRole(t.context.db, a.organizationId, {
      title: "Old role",
      templateId: template.id,
      source: "template",
      targets: template.targets,
      createdByUserId: a.ownerUserId,
    });
    await setRoleStatus(t.context.db, a.organizationId, archivedRoleId, "archived");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const harry = (partnerTestId: string) => ({
    partner_test_id: partnerTestId,
    candidate: {
      first_name: "Harry",
      last_name: "Potter",
      resume_url: "https://hogwarts.com/resume",
      phone_number: "123-456-7890",
      email: "hpotter@hogwarts.edu",
      greenhouse_profile_url: "https://app.greenhouse.io/people/17681532?application_id=26234709",
    },
    url: "https://app.greenhouse.io/integrations/testing_partners/take_home_tests/12345",
  });

  it("list_tests: the organization's active roles", async () => {
    const res = await callRoute(listTests.loader as never, {
      context: t.context,
      path: "/api/greenhouse/list_tests",
      headers: basic(key),
    });
    expect(res.status).toBe(200);
    expect(listTestsResponseSchema.parse(res.data)).toEqual([
      { partner_test_id: a.roleId, partner_test_name: "Hogwarts AE" },
    ]);
  });

  it("refuses requests without the organization's key", async () => {
    const none = await callRoute(listTests.loader as never, {
      context: t.context,
      path: "/api/greenhouse/list_tests",
    });
    expectProblem(none, 401);
    expect(none.headers.get("WWW-Authenticate")).toMatch(/^Basic/);
    expectProblem(
      await callRoute(listTests.loader as never, {
        context: t.context,
        path: "/x",
        headers: basic("rf_" + "y".repeat(43)),
      }),
      401,
    );
    expectProblem(
      await callRoute(sendTest.action as never, {
        context: t.context,
        path: "/x",
        headers: basic(readKey),
        json: harry(a.roleId),
      }),
      403,
    );
  });

  it("send_test: invites and emails the candidate and returns the invitation id; the same request again sends nothing new", async () => {
    const res = await callRoute(sendTest.action as never, {
      context: t.context,
      path: "/api/greenhouse/send_test",
      headers: basic(key),
      json: harry(a.roleId),
    });
    expect(res.status).toBe(200);
    interviewId = sendTestResponseSchema.parse(res.data).partner_interview_id;
    const invitation = await t.context.db
      .selectFrom("candidate_invitations")
      .selectAll()
      .where("id", "=", interviewId)
      .executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({
      organization_id: a.organizationId,
      role_id: a.roleId,
      candidate_name: "Harry Potter",
      email: "hpotter@hogwarts.edu",
    });
    const mails = () =>
      t.context.db
        .selectFrom("jobs")
        .select("payload")
        .where("kind", "=", "mail")
        .where("reference", "=", `candidate-invitation:${interviewId}`)
        .execute();
    expect(await mails()).toHaveLength(1);
    // No contact is set, so replies go to the owner who created the key.
    expect((await mails())[0]!.payload).toContain(a.ownerEmail);
    const again = await callRoute(sendTest.action as never, {
      context: t.context,
      path: "/api/greenhouse/send_test",
      headers: basic(key),
      json: harry(a.roleId),
    });
    expect(again.data).toEqual({ partner_interview_id: interviewId });
    expect(await mails()).toHaveLength(1);
  });

  it("send_test: another organization's role, an archived role or a malformed body sends nothing", async () => {
    const before = await t.context.db.selectFrom("candidate_invitations").select("id").execute();
    for (const testId of [b.roleId, archivedRoleId, "12345"]) {
      expectProblem(
        await callRoute(sendTest.action as never, {
          context: t.context,
          path: "/x",
          headers: basic(key),
          json: harry(testId),
        }),
        404,
      );
    }
    const bad = await callRoute(sendTest.action as never, {
      context: t.context,
      path: "/x",
      headers: basic(key),
      json: { partner_test_id: a.roleId, candidate: { first_name: "Harry" } },
    });
    expectProblem(bad, 400);
    expect(bad.data.errors.map((e: { field: string }) => e.field)).toEqual([
      "candidate.last_name",
      "candidate.email",
    ]);
    expect(await t.context.db.selectFrom("candidate_invitations").select("id").execute()).toEqual(before);
  });

  it("test_status: the status until completed, then the fit as the score with a summary and the report link", async () => {
    const path = `/api/greenhouse/test_status?partner_interview_id=${interviewId}`;
    const pending = await callRoute(testStatus.loader as never, {
      context: t.context,
      path,
      headers: basic(key),
    });
    expect(testStatusResponseSchema.parse(pending.data)).toEqual({
      partner_status: "invited",
      partner_profile_url: null,
      partner_score: null,
      metadata: null,
    });

    const invitation = await t.context.db
      .selectFrom("candidate_invitations")
      .select("id")
      .where("id", "=", interviewId)
      .executeTakeFirstOrThrow();
    await seedCompletedAttempt(t.context.db, {
      person: demoPerson(7, 0.4),
      seed: 77,
      kind: "invited",
      organizationId: a.organizationId,
      invitationId: invitation.id,
      token: "t".repeat(43),
      startedAt: new Date(),
    });
    const done = await callRoute(testStatus.loader as never, {
      context: t.context,
      path,
      headers: basic(key),
    });
    const body = testStatusResponseSchema.parse(done.data);
    expect(body.partner_status).toBe("complete");
    expect(body.partner_profile_url).toBe(
      `http://localhost:3000/roles/${a.roleId}/candidates/${interviewId}`,
    );
    expect(Number.isInteger(body.partner_score)).toBe(true);
    expect(body.partner_score).toBeGreaterThanOrEqual(0);
    expect(body.partner_score).toBeLessThanOrEqual(100);
    expect(body.metadata!.Summary).toMatch(
      new RegExp(
        `^Fit ${body.partner_score} of 100 for Hogwarts AE \\(80% range \\d+–\\d+\\); rank \\S+ of 2 completed\\.$`,
      ),
    );
    // Metadata values are primitives, as Greenhouse requires.
    expect(Object.values(body.metadata!).every((v) => v === null || typeof v !== "object")).toBe(true);
  });

  it("test_status: another organization's invitation is not found", async () => {
    expectProblem(
      await callRoute(testStatus.loader as never, {
        context: t.context,
        path: `/x?partner_interview_id=${b.invitations[0]!.id}`,
        headers: basic(key),
      }),
      404,
    );
    expectProblem(
      await callRoute(testStatus.loader as never, { context: t.context, path: "/x", headers: basic(key) }),
      400,
    );
  });

  it("response_error: Greenhouse's report of a malformed response is taken and logged without its text", async () => {
    const res = await callRoute(responseError.action as never, {
      context: t.context,
      path: "/api/greenhouse/response_error",
      headers: basic(key),
      json: {
        api_call: "test_status",
        errors: ["partner_status is 'complete' but partner_profile url is missing"],
        partner_test_id: 12345,
        partner_test_name: "Personality Test",
        partner_interview_id: 299506,
        candidate_email: "hpotter@hogwarts.edu",
      },
    });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ status: 200 });
    const row = await t.context.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "greenhouse.response-error")
      .executeTakeFirstOrThrow();
    expect(row.actor_name).toBe("API key “Greenhouse”");
    expect(row.details).not.toContain("hpotter");
  });
});
