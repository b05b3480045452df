import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerLabel } from "~/domain/assessment/answers";
import { nextStep } from "~/domain/assessment/sequence";
import { simulatedAnswer } from "~/domain/assessment/simulate";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument";
import * as assessRoute from "~/routes/assess";
import * as attemptRoute from "~/routes/a.$token._index";
import * as reportRoute from "~/routes/a.$token.report";
import * as dataRoute from "~/routes/a.$token.data";
import * as deleteRoute from "~/routes/a.$token.delete";
import * as inviteRoute from "~/routes/i.$token";
import { signUp } from "~/server/accounts.server";
import { findAttempt, submitAnswer } from "~/server/attempts.server";
import { hashToken } from "~/server/ids.server";
import { createCandidateInvitations } from "~/server/candidate-invitations.server";
import { createRole } from "~/server/roles.server";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { callRoute } from "./support/call-route.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const person = {
  traits: Object.fromEntries(TRAIT_IDS.map((t, i) => [t, (i % 3) - 1])) as Record<TraitId, number>,
  balance: 0.4,
};

describe.each(testDialects)("the candidate flow on %s", (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  async function startSelf(form: "adaptive" | "short" = "adaptive"): Promise<string> {
    const res = await callRoute(assessRoute.action, {
      context: t.context,
      path: "/assess",
      form: { consent: "yes", form },
    });
    expect(res.status).toBe(302);
    const token = res.location!.split("/").pop()!;
    await callRoute(attemptRoute.action, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      form: { intent: "skip-self-id" },
    });
    return token;
  }

  /** The question the attempt is waiting for and a valid answer a simulated person would give. */
  async function waiting(token: string) {
    const attempt = (await findAttempt(t.context.db, token))!;
    const step = nextStep(attempt, attempt.answers);
    if (step.done) return null;
    const item = step.screen.item;
    return { itemId: item.id, value: String(simulatedAnswer(attempt.version, item, person, 0.5)), item };
  }

  async function answer(token: string, post: { itemId: string; value: string }) {
    return callRoute(attemptRoute.action, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      form: { intent: "answer", mode: "next", itemId: post.itemId, value: post.value },
    });
  }

  async function answerCount(token: string) {
    return (await findAttempt(t.context.db, token))!.answers.length;
  }

  it("refuses to start without consent, with the reason next to the checkbox", async () => {
    const res = await callRoute(assessRoute.action, {
      context: t.context,
      path: "/assess",
      form: { form: "adaptive" },
    });
    expect(res.status).toBe(400);
    expect(res.data.error.consent[0]).toMatch(/confirm/);
  });

  it("shows the question chosen when the last answer was saved, read back instead of chosen again", async () => {
    const token = await startSelf();
    const stored = async () => {
      const row = await t.context.db
        .selectFrom("attempts")
        .select(["id", "next_step", "updated_at"])
        .where("token_hash", "=", hashToken(token))
        .executeTakeFirstOrThrow();
      return { ...row, step: row.next_step ? JSON.parse(row.next_step) : null };
    };
    const page = async () =>
      (await callRoute(attemptRoute.loader, { context: t.context, path: `/a/${token}`, params: { token } }))
        .data;
    // The self-ID step stored the first question; each answer stores the one after it.
    const first = (await waiting(token))!;
    expect((await stored()).step).toMatchObject({ itemId: first.itemId, done: false, number: 1 });
    await answer(token, first);
    const second = (await waiting(token))!;
    const afterAnswer = await stored();
    expect(afterAnswer.step).toMatchObject({ itemId: second.itemId, number: 2, for: afterAnswer.updated_at });
    expect((await page()).screen).toMatchObject({ itemId: second.itemId, number: 2 });
    expect((await page()).canChangePrevious).toBe(true);

    // The page shows what is stored for the attempt as it is …
    const version = (await findAttempt(t.context.db, token))!.version;
    const other = version.items.likert.find((i) => i.id !== first.itemId && i.id !== second.itemId)!;
    const storeFor = (itemId: string, stamp: string) =>
      t.context.db
        .updateTable("attempts")
        .set({ next_step: JSON.stringify({ ...afterAnswer.step, itemId, for: stamp }) })
        .where("id", "=", afterAnswer.id)
        .execute();
    await storeFor(other.id, afterAnswer.updated_at);
    expect((await page()).screen.itemId).toBe(other.id);
    // … and chooses from the answers again when the stored step is for another state, or absent
    // (an attempt last written before steps were stored).
    await storeFor(other.id, "2000-01-01T00:00:00.000Z");
    expect((await page()).screen.itemId).toBe(second.itemId);
    await t.context.db
      .updateTable("attempts")
      .set({ next_step: null })
      .where("id", "=", afterAnswer.id)
      .execute();
    expect((await page()).screen.itemId).toBe(second.itemId);
    const saved = await answer(token, second);
    expect(saved.status).toBe(302);
    expect((await stored()).step).toMatchObject({ number: 3, done: false });
  });

  it("shows the optional self-ID step first and stores answers to it apart from the answers", async () => {
    const res = await callRoute(assessRoute.action, {
      context: t.context,
      path: "/assess",
      form: { consent: "yes" },
    });
    const token = res.location!.split("/").pop()!;
    const page = await callRoute(attemptRoute.loader, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
    });
    expect(page.data.view).toBe("self-id");
    const bad = await callRoute(attemptRoute.action, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      form: { intent: "self-id", sex: "robot" },
    });
    expect(bad.status).toBe(400);
    await callRoute(attemptRoute.action, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      form: { intent: "self-id", sex: "female", ageBand: "35-44" },
    });
    const attempt = (await findAttempt(t.context.db, token))!;
    const row = await t.context.db
      .selectFrom("self_identifications")
      .selectAll()
      .where("attempt_id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ sex: "female", age_band: "35-44", race_ethnicity: null });
    expect(
      (await callRoute(attemptRoute.loader, { context: t.context, path: `/a/${token}`, params: { token } }))
        .data.view,
    ).toBe("question");
  });

  it("saves an answer once: a replayed post changes nothing", async () => {
    const token = await startSelf();
    const q = (await waiting(token))!;
    expect((await answer(token, q)).status).toBe(302);
    expect((await answer(token, q)).status).toBe(302);
    expect(await answerCount(token)).toBe(1);
  });

  it("refuses an answer to a question that was not served, an unknown item and an out-of-range value", async () => {
    const token = await startSelf();
    const q = (await waiting(token))!;
    const notServed = (await findAttempt(t.context.db, token))!.version.items.likert.find(
      (i) => i.id !== q.itemId,
    )!;
    const skip = await answer(token, { itemId: notServed.id, value: "2" });
    expect(skip.status).toBe(409);
    expect(skip.data.error[""][0]).toMatch(/not the one waiting/);
    expect((await answer(token, { itemId: "xx-01", value: "2" })).status).toBe(400);
    expect((await answer(token, { itemId: q.itemId, value: "9" })).status).toBe(400);
    expect((await answer(token, { itemId: q.itemId, value: "<script>alert(1)</script>" })).status).toBe(400);
    expect(
      (
        await callRoute(attemptRoute.action, {
          context: t.context,
          path: `/a/${token}`,
          params: { token },
          form: { intent: "answer" },
        })
      ).status,
    ).toBe(400);
    expect(await answerCount(token)).toBe(0);
  });

  it("keeps the first of two answers posted at once from two tabs", async () => {
    const token = await startSelf();
    const q = (await waiting(token))!;
    // The adaptive form opens with statements, so the two tabs send two different ratings.
    expect(q.item.format).toBe("likert");
    const other = String((Number(q.value) + 2) % 5);
    const results = await Promise.all([
      submitAnswer(t.context.db, token, { itemId: q.itemId, value: q.value, mode: "next" }),
      submitAnswer(t.context.db, token, { itemId: q.itemId, value: other, mode: "next" }),
    ]);
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    const attempt = (await findAttempt(t.context.db, token))!;
    expect(attempt.answers).toHaveLength(1);
    const rejected = results.find((r) => !r.ok);
    expect(rejected).toMatchObject({ ok: false, status: 409 });
  });

  it("completes, scores, and then refuses further answers; the state always follows from the stored answers", async () => {
    const token = await startSelf("short");
    let served = 0;
    for (;;) {
      const q = await waiting(token);
      if (!q) break;
      const res = await answer(token, q);
      expect(res.status).toBe(302);
      served++;
    }
    const attempt = (await findAttempt(t.context.db, token))!;
    expect(attempt.status).toBe("completed");
    expect(attempt.answers).toHaveLength(served);
    expect(served).toBe(attempt.version.forms.short.screens.length);
    const page = await callRoute(attemptRoute.loader, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
    });
    expect(page.location).toBe(`/a/${token}/report`);
    const late = await answer(token, { itemId: attempt.answers[0]!.itemId, value: "1" });
    expect(late.status).toBe(409);
    expect(late.data.error[""][0]).toMatch(/already complete/);

    const report = await callRoute(reportRoute.loader, {
      context: t.context,
      path: `/a/${token}/report`,
      params: { token },
    });
    expect(report.status).toBe(200);
    expect(report.data.report.traits).toHaveLength(11);
    expect(report.data.report.calibration).toBe("provisional");
    expect(report.data.report.roles).toHaveLength(3);
  });

  it("answers unknown and malformed links with 404, never a 500", async () => {
    for (const token of ["nope", "A".repeat(43), "../../etc/passwd"]) {
      expect(
        (await callRoute(attemptRoute.loader, { context: t.context, path: "/a/x", params: { token } }))
          .status,
      ).toBe(404);
      expect(
        (await callRoute(reportRoute.loader, { context: t.context, path: "/a/x/report", params: { token } }))
          .status,
      ).toBe(404);
      expect(
        (await callRoute(inviteRoute.loader, { context: t.context, path: "/i/x", params: { token } })).status,
      ).toBe(404);
      expect((await answer(token, { itemId: "rr-01", value: "1" })).status).toBe(404);
    }
  });

  it("exports the candidate's data and deletes answers, scores and self-ID", async () => {
    const res = await callRoute(assessRoute.action, {
      context: t.context,
      path: "/assess",
      form: { consent: "yes" },
    });
    const token = res.location!.split("/").pop()!;
    await callRoute(attemptRoute.action, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      form: { intent: "self-id", raceEthnicity: "asian" },
    });
    const q = (await waiting(token))!;
    await answer(token, q);
    const exported = await callRoute(dataRoute.loader, {
      context: t.context,
      path: `/a/${token}/data`,
      params: { token },
    });
    expect(exported.headers.get("Content-Disposition")).toMatch(/attachment/);
    expect(exported.data.answers).toHaveLength(1);
    // The words the person chose, not only the stored index.
    expect(exported.data.answers[0]).toMatchObject({
      itemId: q.itemId,
      answer: q.value,
      answerLabel: answerLabel(q.item, q.value),
    });
    expect(exported.data.answers[0].answerLabel).toMatch(/[a-z]{3}/i);
    expect(exported.data.selfIdentification.raceEthnicity).toBe("asian");
    const attempt = (await findAttempt(t.context.db, token))!;
    const del = await callRoute(deleteRoute.action, {
      context: t.context,
      path: `/a/${token}/delete`,
      params: { token },
      form: {},
    });
    expect(del.location).toBe("/");
    for (const table of ["answers", "self_identifications", "attempt_scores"] as const) {
      const rows = await t.context.db
        .selectFrom(table)
        .select("attempt_id")
        .where("attempt_id", "=", attempt.id)
        .execute();
      expect(rows).toHaveLength(0);
    }
    expect(
      (
        await callRoute(deleteRoute.action, {
          context: t.context,
          path: `/a/${token}/delete`,
          params: { token },
          form: {},
        })
      ).status,
    ).toBe(404);
    // The deleted report's link says it was deleted; a link that never existed still says "not valid".
    const gone = await callRoute(reportRoute.loader, {
      context: t.context,
      path: `/a/${token}/report`,
      params: { token },
    });
    expect(gone.status).toBe(410);
    expect(gone.data.message).toMatch(/was deleted/);
    const resume = await callRoute(attemptRoute.loader, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
    });
    expect(resume.status).toBe(410);
    const never = "A".repeat(43);
    const unknown = await callRoute(reportRoute.loader, {
      context: t.context,
      path: `/a/${never}/report`,
      params: { token: never },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.data.message).toMatch(/not valid/);
  });

  describe("invited candidates", () => {
    async function invite(options: { showReports?: boolean } = {}) {
      const owner = await signUp(t.context.db, {
        name: "Owner",
        email: `o${Math.random()}@example.com`,
        password: "long-enough-pass",
        organizationName: "Initrode",
      });
      if (!owner.ok) throw new Error("signup failed");
      await t.context.db
        .updateTable("organizations")
        .set({
          show_reports_to_candidates: options.showReports ? 1 : 0,
          candidate_contact: "talent@initrode.example",
        })
        .where("id", "=", owner.organizationId)
        .execute();
      const template = ROLE_TEMPLATES[0]!;
      const roleId = await createRole(t.context.db, owner.organizationId, {
        title: "SDR, Berlin",
        templateId: template.id,
        source: "template",
        targets: template.targets,
        createdByUserId: owner.userId,
      });
      const [inv] = await createCandidateInvitations(
        t.context.db,
        owner.organizationId,
        roleId,
        [{ name: "Casey", email: "casey@example.com" }],
        { createdByUserId: owner.userId },
      );
      return { ...inv!, organizationId: owner.organizationId };
    }

    it("shows who is asking, the role, the expiry and the accommodation contact, and resumes from the same link", async () => {
      const inv = await invite();
      const page = await callRoute(inviteRoute.loader, {
        context: t.context,
        path: `/i/${inv.token}`,
        params: { token: inv.token },
      });
      expect(page.data).toMatchObject({
        organizationName: "Initrode",
        roleTitle: "SDR, Berlin",
        candidateName: "Casey",
        contact: "talent@initrode.example",
      });
      const row = await t.context.db
        .selectFrom("candidate_invitations")
        .select("opened_at")
        .where("id", "=", inv.id)
        .executeTakeFirstOrThrow();
      expect(row.opened_at).not.toBeNull();
      const noConsent = await callRoute(inviteRoute.action, {
        context: t.context,
        path: `/i/${inv.token}`,
        params: { token: inv.token },
        form: {},
      });
      expect(noConsent.status).toBe(400);
      const start = await callRoute(inviteRoute.action, {
        context: t.context,
        path: `/i/${inv.token}`,
        params: { token: inv.token },
        form: { consent: "yes" },
      });
      expect(start.location).toBe(`/a/${inv.token}`);
      // Consenting twice (two tabs) still makes one attempt.
      await callRoute(inviteRoute.action, {
        context: t.context,
        path: `/i/${inv.token}`,
        params: { token: inv.token },
        form: { consent: "yes" },
      });
      const attempts = await t.context.db
        .selectFrom("attempts")
        .select("id")
        .where("invitation_id", "=", inv.id)
        .execute();
      expect(attempts).toHaveLength(1);
      const again = await callRoute(inviteRoute.loader, {
        context: t.context,
        path: `/i/${inv.token}`,
        params: { token: inv.token },
      });
      expect(again.location).toBe(`/a/${inv.token}`);
    });

    it("hides the report unless the organization shares reports, and closes withdrawn or expired invitations", async () => {
      const inv = await invite({ showReports: false });
      await callRoute(inviteRoute.action, {
        context: t.context,
        path: `/i/${inv.token}`,
        params: { token: inv.token },
        form: { consent: "yes" },
      });
      await callRoute(attemptRoute.action, {
        context: t.context,
        path: `/a/${inv.token}`,
        params: { token: inv.token },
        form: { intent: "skip-self-id" },
      });
      const q = (await waiting(inv.token))!;
      await answer(inv.token, q);

      await t.context.db
        .updateTable("candidate_invitations")
        .set({ revoked_at: new Date().toISOString() })
        .where("id", "=", inv.id)
        .execute();
      const closed = await callRoute(attemptRoute.loader, {
        context: t.context,
        path: `/a/${inv.token}`,
        params: { token: inv.token },
      });
      expect(closed.data.view).toBe("closed");
      const refused = await answer(inv.token, (await waiting(inv.token))!);
      expect(refused.status).toBe(410);
      expect(await answerCount(inv.token)).toBe(1);

      const expired = await invite();
      await t.context.db
        .updateTable("candidate_invitations")
        .set({ expires_at: "2001-01-01T00:00:00.000Z" })
        .where("id", "=", expired.id)
        .execute();
      const gone = await callRoute(inviteRoute.loader, {
        context: t.context,
        path: `/i/${expired.token}`,
        params: { token: expired.token },
      });
      expect(gone.status).toBe(410);
      expect(gone.data.message).toMatch(/expired/);
    });
  });
});
