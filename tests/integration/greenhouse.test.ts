import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listTestsResponseSchema,
  sendTestResponseSchema,
  testStatusResponseSchema,
} from "~/domain/api/greenhouse";
import { revokeApiKey } from "~/server/api-keys.server";
import { eraseCandidates } from "~/server/erasure.server";
import { GREENHOUSE_COMPLETE_JOB } from "~/server/greenhouse.server";
import { runDueJobs } from "~/server/jobs.server";
import { purgeExpiredCandidates } from "~/server/retention.server";
import { demoPerson, seedCompletedAttempt } from "~/server/demo-data.server";
import { createRole, setRoleStatus } from "~/server/roles.server";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import * as listTests from "~/routes/api.greenhouse.list_tests";
import * as sendTest from "~/routes/api.greenhouse.send_test";
import * as testStatus from "~/routes/api.greenhouse.test_status";
import * as responseError from "~/routes/api.greenhouse.response_error";
import { basicAuthorization, expectProblem } from "./support/api-contract.ts";
import { callRoute } from "./support/call-route.ts";
import {
  answerInvitation,
  organizationsWithApiKeys,
  ownerApiKey,
  type OrganizationWithCandidates,
} from "./support/fixtures.ts";
import { Receiver } from "./support/receiver.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

// Greenhouse's Assessment Partner API, replayed: the requests below are the ones Greenhouse's
// documentation shows (developers.greenhouse.io/assessment.html), with our ids in place of theirs.
// Greenhouse authenticates with HTTP Basic: the API key as the username, an empty password.

const basic = (key: string) => ({ Authorization: basicAuthorization(key) });

describe.each(testDialects)("Greenhouse assessment partner on %s", (dialect) => {
  let t: TestContext;
  let a: OrganizationWithCandidates;
  let b: OrganizationWithCandidates;
  let key: string;
  let readKey: string;
  let bKey: string;
  let archivedRoleId: string;
  let interviewId: string;

  beforeAll(async () => {
    t = await createTestContext(dialect);
    ({
      a,
      b,
      writeKey: key,
      readKey,
      bKey,
    } = await organizationsWithApiKeys(t.context, {
      a: { name: "Hogwarts", candidates: 1, writeKey: "Greenhouse", readKey: "Greenhouse read" },
      b: { name: "Durmstrang", candidates: 1, writeKey: "Greenhouse B" },
    }));
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

  describe("PATCH – Mark Test as Completed", () => {
    const receiver = new Receiver();
    let origin = "";
    const takeHomeTest = (n: number) => `${origin}/integrations/testing_partners/take_home_tests/${n}`;
    beforeAll(async () => {
      origin = new URL(await receiver.start("/")).origin;
    });
    afterAll(() => receiver.stop());

    /** Greenhouse sends a test to a new candidate; returns the invitation and the token of its emailed link. */
    async function sendTestTo(email: string, withKey: string, roleId: string, url: string | undefined) {
      const res = await callRoute(sendTest.action as never, {
        context: t.context,
        path: "/api/greenhouse/send_test",
        headers: basic(withKey),
        json: { ...harry(roleId), candidate: { ...harry(roleId).candidate, email }, url },
      });
      expect(res.status).toBe(200);
      const id = sendTestResponseSchema.parse(res.data).partner_interview_id;
      const mail = await t.context.db
        .selectFrom("jobs")
        .select("payload")
        .where("kind", "=", "mail")
        .where("reference", "=", `candidate-invitation:${id}`)
        .executeTakeFirstOrThrow();
      const token = /\/i\/([A-Za-z0-9_-]{43})/.exec(mail.payload)![1]!;
      const organizationId = (
        await t.context.db
          .selectFrom("candidate_invitations")
          .select("organization_id")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).organization_id;
      return { id, token, organizationId };
    }

    const patchJobs = (invitationId: string) =>
      t.context.db
        .selectFrom("jobs")
        .select(["status", "attempts", "run_at", "last_error"])
        .where("kind", "=", GREENHOUSE_COMPLETE_JOB)
        .where("reference", "=", `greenhouse-complete:${invitationId}`)
        .execute();
    const patchAudit = (invitationId: string) =>
      t.context.db
        .selectFrom("audit_events")
        .select(["actor_name", "details", "organization_id"])
        .where("action", "=", "greenhouse.mark-completed")
        .where("subject_id", "=", invitationId)
        .orderBy("created_at")
        .execute();

    it("when the candidate completes, PATCHes send_test's url with the key as the Basic username and no body, once", async () => {
      receiver.requests = [];
      const inv = await sendTestTo("hgranger@hogwarts.edu", key, a.roleId, takeHomeTest(101));
      // The key is kept sealed, never as sent.
      const stored = await t.context.db
        .selectFrom("candidate_invitations")
        .select(["greenhouse_url", "greenhouse_key"])
        .where("id", "=", inv.id)
        .executeTakeFirstOrThrow();
      expect(stored.greenhouse_url).toBe(takeHomeTest(101));
      expect(stored.greenhouse_key).not.toContain(key);
      expect(stored.greenhouse_key).not.toContain(key.slice(3, 20));
      await t.runJobs();
      expect(receiver.requests).toEqual([]); // Not completed yet: nothing to tell.

      await answerInvitation(t.context.db, inv);
      await t.runJobs();
      expect(receiver.requests).toHaveLength(1);
      const patch = receiver.requests[0]!;
      expect(patch.method).toBe("PATCH");
      expect(patch.path).toBe("/integrations/testing_partners/take_home_tests/101");
      expect(patch.headers.authorization).toBe(basic(key).Authorization);
      expect(patch.body).toBe("");
      expect(patch.headers["content-length"]).toBe("0");
      expect(patch.headers["content-type"]).toBeUndefined();
      expect(await patchJobs(inv.id)).toMatchObject([{ status: "done" }]);
      const audit = await patchAudit(inv.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actor_name).toBe("API key “Greenhouse”");
      expect(JSON.parse(audit[0]!.details!)).toEqual({ attempt: 1, statusCode: 200 });

      // Greenhouse then asks test_status, which answers complete.
      const status = await callRoute(testStatus.loader as never, {
        context: t.context,
        path: `/api/greenhouse/test_status?partner_interview_id=${inv.id}`,
        headers: basic(key),
      });
      expect(testStatusResponseSchema.parse(status.data).partner_status).toBe("complete");
      await t.runJobs();
      expect(receiver.requests).toHaveLength(1);
    });

    it("send_test again after the candidate completed: no new invitation, and the new url is told at once", async () => {
      receiver.requests = [];
      const inv = await sendTestTo("lluna@hogwarts.edu", key, a.roleId, takeHomeTest(301));
      await answerInvitation(t.context.db, inv);
      await t.runJobs();
      expect(receiver.requests.map((r) => r.path)).toEqual([
        "/integrations/testing_partners/take_home_tests/301",
      ]);
      const invitations = async () =>
        (
          await t.context.db
            .selectFrom("candidate_invitations")
            .select("id")
            .where("email", "=", "lluna@hogwarts.edu")
            .execute()
        ).length;
      // Greenhouse sends the same test again, listening on a new url.
      const again = await callRoute(sendTest.action as never, {
        context: t.context,
        path: "/api/greenhouse/send_test",
        headers: basic(key),
        json: {
          ...harry(a.roleId),
          candidate: { ...harry(a.roleId).candidate, email: "lluna@hogwarts.edu" },
          url: takeHomeTest(302),
        },
      });
      expect(sendTestResponseSchema.parse(again.data).partner_interview_id).toBe(inv.id);
      expect(await invitations()).toBe(1);
      await t.runJobs();
      expect(receiver.requests.map((r) => r.path)).toEqual([
        "/integrations/testing_partners/take_home_tests/301",
        "/integrations/testing_partners/take_home_tests/302",
      ]);
      expect(receiver.requests[1]!.method).toBe("PATCH");
      expect(receiver.requests[1]!.headers.authorization).toBe(basic(key).Authorization);
      // Erasure still finds every PATCH job about the candidate by its reference.
      expect(await patchJobs(inv.id)).toMatchObject([{ status: "done" }, { status: "done" }]);
    });

    it("retries a Greenhouse that fails on the webhooks' schedule until it answers; a refusal (4xx) is not retried", async () => {
      receiver.requests = [];
      receiver.statuses = [503];
      const inv = await sendTestTo("rweasley@hogwarts.edu", key, a.roleId, takeHomeTest(102));
      await answerInvitation(t.context.db, inv);
      await t.runJobs();
      expect(receiver.requests).toHaveLength(1);
      const [waiting] = await patchJobs(inv.id);
      expect(waiting).toMatchObject({ status: "pending", last_error: "Greenhouse answered 503" });
      // The first retry waits 5 s: not before…
      const later = (ms: number) => () => new Date(Date.now() + ms);
      await runDueJobs(t.context.db, t.context.jobHandlers, { now: later(1_000) });
      expect(receiver.requests).toHaveLength(1);
      // …but after.
      await runDueJobs(t.context.db, t.context.jobHandlers, { now: later(6_000) });
      expect(receiver.requests).toHaveLength(2);
      expect(receiver.requests[1]!.method).toBe("PATCH");
      expect(await patchJobs(inv.id)).toMatchObject([{ status: "done" }]);
      expect((await patchAudit(inv.id)).map((r) => JSON.parse(r.details!).statusCode)).toEqual([503, 200]);

      receiver.statuses = [422];
      const refused = await sendTestTo("nlongbottom@hogwarts.edu", key, a.roleId, takeHomeTest(103));
      await answerInvitation(t.context.db, refused);
      await t.runJobs();
      await runDueJobs(t.context.db, t.context.jobHandlers, { now: later(6_000) });
      expect(receiver.requests).toHaveLength(3);
      expect(await patchJobs(refused.id)).toMatchObject([
        { status: "failed", last_error: "Greenhouse answered 422" },
      ]);
    });

    it("sends no PATCH when send_test had no url", async () => {
      receiver.requests = [];
      const inv = await sendTestTo("llovegood@hogwarts.edu", key, a.roleId, undefined);
      await answerInvitation(t.context.db, inv);
      await t.runJobs();
      expect(receiver.requests).toEqual([]);
      expect(await patchJobs(inv.id)).toEqual([]);
    });

    it("refuses a url that is not https or points into a private network, and invites no one", async () => {
      const before = await t.context.db.selectFrom("candidate_invitations").select("id").execute();
      for (const url of [
        "http://10.0.0.5/x",
        "ftp://greenhouse.example/x",
        "https://u:p@app.greenhouse.io/x",
      ]) {
        const res = await callRoute(sendTest.action as never, {
          context: t.context,
          path: "/api/greenhouse/send_test",
          headers: basic(key),
          json: {
            ...harry(a.roleId),
            candidate: { ...harry(a.roleId).candidate, email: "cchang@hogwarts.edu" },
            url,
          },
        });
        expectProblem(res, 400);
        expect(res.data.errors.map((e: { field: string }) => e.field)).toEqual(["url"]);
      }
      expect(await t.context.db.selectFrom("candidate_invitations").select("id").execute()).toEqual(before);
    });

    it("each organization's PATCH carries its own key; erasure and a revoked key stop a queued PATCH", async () => {
      receiver.requests = [];
      const ofA = await sendTestTo("dmalfoy@hogwarts.edu", key, a.roleId, takeHomeTest(201));
      const ofB = await sendTestTo("vkrum@durmstrang.edu", bKey, b.roleId, takeHomeTest(202));
      await answerInvitation(t.context.db, ofA);
      await answerInvitation(t.context.db, ofB);
      await t.runJobs();
      const byPath = Object.fromEntries(receiver.requests.map((r) => [r.path, r.headers.authorization]));
      expect(byPath).toEqual({
        "/integrations/testing_partners/take_home_tests/201": basic(key).Authorization,
        "/integrations/testing_partners/take_home_tests/202": basic(bKey).Authorization,
      });
      expect((await patchAudit(ofB.id)).map((r) => r.organization_id)).toEqual([b.organizationId]);

      // Erased before the PATCH went out: the url, the key and the queued job go with the candidate.
      receiver.requests = [];
      const erased = await sendTestTo("gweasley@hogwarts.edu", key, a.roleId, takeHomeTest(203));
      await answerInvitation(t.context.db, erased);
      expect(await patchJobs(erased.id)).toHaveLength(1);
      await eraseCandidates(t.context.db, a.organizationId, [erased.id], { userId: null, name: "Test" });
      expect(await patchJobs(erased.id)).toEqual([]);
      expect(
        await t.context.db
          .selectFrom("candidate_invitations")
          .select("id")
          .where("greenhouse_url", "like", "%/203")
          .execute(),
      ).toEqual([]);

      // The key was revoked after send_test: it is not sent anywhere any more.
      const revoked = await sendTestTo("pparkinson@durmstrang.edu", bKey, b.roleId, takeHomeTest(204));
      await answerInvitation(t.context.db, revoked);
      const bKeyId = (
        await t.context.db
          .selectFrom("api_keys")
          .select("id")
          .where("name", "=", "Greenhouse B")
          .executeTakeFirstOrThrow()
      ).id;
      await revokeApiKey(t.context.db, b.organizationId, bKeyId);
      await t.runJobs();
      expect(receiver.requests).toEqual([]);
      expect(await patchJobs(revoked.id)).toMatchObject([
        { status: "failed", last_error: "The API key Greenhouse used has been revoked" },
      ]);
    });

    it("the retention period removes the url and the key with the candidate", async () => {
      // B's first key was revoked above.
      const { key: freshKey } = await ownerApiKey(t.context, b, "Greenhouse B, new");
      const inv = await sendTestTo("fdelacour@durmstrang.edu", freshKey, b.roleId, takeHomeTest(301));
      await answerInvitation(t.context.db, inv);
      const kept = () =>
        t.context.db
          .selectFrom("candidate_invitations")
          .select("id")
          .where("organization_id", "=", b.organizationId)
          .where("greenhouse_url", "is not", null)
          .execute();
      expect(await kept()).not.toEqual([]);
      await t.context.db
        .updateTable("organizations")
        .set({ retention_days: 30 })
        .where("id", "=", b.organizationId)
        .execute();
      await purgeExpiredCandidates(t.context.db, Date.now() + 400 * 86_400_000);
      expect(await kept()).toEqual([]);
      expect(await patchJobs(inv.id)).toEqual([]);
    });
  });
});
