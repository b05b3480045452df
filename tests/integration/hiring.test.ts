import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as rolesNew from "~/routes/_app.roles.new";
import * as roleIndex from "~/routes/_app.roles.$roleId._index";
import * as roleEdit from "~/routes/_app.roles.$roleId.edit";
import * as roleInvite from "~/routes/_app.roles.$roleId.invite";
import * as invitationRoute from "~/routes/i.$token";
import * as roleExport from "~/routes/_app.roles.$roleId.export";
import * as candidatePage from "~/routes/_app.roles.$roleId.candidates.$candidateId";
import * as candidateExport from "~/routes/_app.roles.$roleId.candidates.$candidateId.export";
import * as compareRoute from "~/routes/_app.roles.$roleId.compare";
import * as members from "~/routes/_app.settings.members";
import * as orgSettings from "~/routes/_app.settings.organization";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import { memberWithRole, organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";
import { findRole } from "~/server/roles.server";
import { FIT_MODEL_VERSION } from "~/domain/fit/fit";

describe.each(testDialects)("the hiring workspace on %s", (dialect) => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof organizationWithCandidates>>;
  let owner: CookieJar;
  let manager: CookieJar;
  let viewer: CookieJar;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    org = await organizationWithCandidates(t.context, "Umbrella", 3);
    owner = await signedIn(t.context, org.ownerEmail);
    manager = await memberWithRole(t.context, org.organizationId, "manager");
    viewer = await memberWithRole(t.context, org.organizationId, "viewer");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const candidateParams = () => ({ roleId: org.roleId, candidateId: org.invitations[0]!.id });

  it("creates a role from a template and from a job analysis", async () => {
    const fromTemplate = await callRoute(rolesNew.action, {
      context: t.context,
      path: "/roles/new",
      form: { intent: "template", title: "SDR Team", templateId: "sdr" },
      jar: manager,
    });
    expect(fromTemplate.status).toBe(302);
    const id = fromTemplate.location!.split("/").pop()!;
    const page = await callRoute(roleIndex.loader, {
      context: t.context,
      path: `/roles/${id}`,
      params: { roleId: id },
      jar: viewer,
    });
    expect(page.data.role.title).toBe("SDR Team");
    expect(page.data.page.all).toBe(0);

    const empty = await callRoute(rolesNew.action, {
      context: t.context,
      path: "/roles/new",
      form: { intent: "job-analysis", title: "Nothing" },
      jar: manager,
    });
    expect(empty.status).toBe(400);
    const analysed = await callRoute(rolesNew.action, {
      context: t.context,
      path: "/roles/new",
      form: {
        intent: "job-analysis",
        title: "Analysed",
        "ratings.mkt-research": "4",
        "ratings.mkt-competition": "3",
        "ratings.sales-close": "1",
      },
      jar: manager,
    });
    expect(analysed.status).toBe(302);
    const bad = await callRoute(rolesNew.action, {
      context: t.context,
      path: "/roles/new",
      form: { intent: "template", title: "", templateId: "astronaut" },
      jar: manager,
    });
    expect(bad.status).toBe(400);
    expect(bad.data.result.error.title).toBeTruthy();
    expect(bad.data.result.error.templateId).toBeTruthy();
  });

  it("ranks completed candidates with fit intervals, and filters and searches", async () => {
    const page = await callRoute(roleIndex.loader, {
      context: t.context,
      path: `/roles/${org.roleId}`,
      params: { roleId: org.roleId },
      jar: viewer,
    });
    const rows = page.data.page.rows;
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.fit.low).toBeLessThanOrEqual(r.fit.fit);
      expect(r.fit.high).toBeGreaterThanOrEqual(r.fit.fit);
    }
    expect(rows[0].fit.fit).toBeGreaterThanOrEqual(rows[1].fit.fit);
    const searched = await callRoute(roleIndex.loader, {
      context: t.context,
      path: `/roles/${org.roleId}?q=candidate%202`,
      params: { roleId: org.roleId },
      jar: viewer,
    });
    expect(searched.data.page.rows.map((r: { name: string }) => r.name)).toEqual(["Umbrella Candidate 2"]);
    const invitedOnly = await callRoute(roleIndex.loader, {
      context: t.context,
      path: `/roles/${org.roleId}?status=invited&page=abc`,
      params: { roleId: org.roleId },
      jar: viewer,
    });
    expect(invitedOnly.status).toBe(200);
    expect(invitedOnly.data.page.rows).toHaveLength(0);
  });

  it("imports a CSV with a report of every bad row and invites the good ones", async () => {
    const file = new File(
      [
        "name,email\nGood One,good1@example.com\nNo At,not-an-email\n,\nGood One Again,good1@example.com\nGood Two,good2@example.com\n",
      ],
      "list.csv",
      { type: "text/csv" },
    );
    const form = new FormData();
    form.set("intent", "invite-list");
    form.set("send", "link");
    form.set("file", file);
    const request = new Request(`http://localhost:3000/roles/${org.roleId}/invite`, {
      method: "POST",
      body: form,
      headers: { Cookie: manager.header() },
    });
    const res = (await roleInvite.action({
      request,
      params: { roleId: org.roleId },
      context: t.context,
    })) as { data: any; init: ResponseInit | null };
    expect(res.data.created.map((c: { email: string }) => c.email)).toEqual([
      "good1@example.com",
      "good2@example.com",
    ]);
    expect(res.data.created[0].link).toMatch(/\/i\/[A-Za-z0-9_-]{43}$/);
    expect(res.data.problems.map((p: { row: number }) => p.row)).toEqual([3, 4, 5]);
    expect(res.data.problems[0].problem).toMatch(/not a valid email/);
    expect(res.data.problems[1].problem).toMatch(/No email address/);
    expect(res.data.problems[2].problem).toMatch(/more than once/);

    // Inviting the same person again is refused next to the field.
    const again = await callRoute(roleInvite.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { intent: "invite-one", name: "Good", email: "GOOD1@example.com", send: "link" },
      jar: manager,
    });
    expect(again.status).toBe(400);
    expect(again.data.reply.error.email[0]).toMatch(/already has an open invitation/);
  });

  it("emails invitations with the notice about automated assessment and accommodations", async () => {
    await callRoute(roleInvite.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { intent: "invite-one", name: "Mail Me", email: "mailme@example.com", send: "email" },
      jar: manager,
    });
    // The email was queued with the invitation and is delivered by the job queue.
    const queued = await t.context.db
      .selectFrom("jobs")
      .select(["status", "reference"])
      .where("recipient", "=", "mailme@example.com")
      .executeTakeFirstOrThrow();
    expect(queued).toMatchObject({
      status: "pending",
      reference: expect.stringMatching(/^candidate-invitation:/),
    });
    await t.runJobs();
    const mail = await t.context.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where("to_address", "=", "mailme@example.com")
      .executeTakeFirstOrThrow();
    expect(mail.text_body).toMatch(/automated assessment/);
    expect(mail.text_body).toMatch(/accommodation/);
    expect(mail.text_body).toMatch(/\/i\/[A-Za-z0-9_-]{43}/);
    // No contact set: replies reach the manager who sent it (the sender address is no-reply), and the text says so.
    const sender = await t.context.db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select("users.email")
      .where("memberships.organization_id", "=", org.organizationId)
      .where("memberships.role", "=", "manager")
      .executeTakeFirstOrThrow();
    expect(mail.reply_to).toBe(sender.email);
    expect(mail.text_body).toContain(`reply to this email (it reaches ${sender.email})`);
    const token = mail.text_body.match(/\/i\/([A-Za-z0-9_-]{43})/)![1]!;
    const invitationPage = await callRoute(invitationRoute.loader, {
      context: t.context,
      path: `/i/${token}`,
      params: { token },
    });
    expect(invitationPage.data.contact).toBe(sender.email);

    // With the organization's contact set, replies go there.
    await t.context.db
      .updateTable("organizations")
      .set({ candidate_contact: "jobs@umbrella.example" })
      .where("id", "=", org.organizationId)
      .execute();
    await callRoute(roleInvite.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { intent: "invite-one", name: "Mail Two", email: "mailtwo@example.com", send: "email" },
      jar: manager,
    });
    await t.runJobs();
    const second = await t.context.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where("to_address", "=", "mailtwo@example.com")
      .executeTakeFirstOrThrow();
    expect(second.reply_to).toBe("jobs@umbrella.example");
    expect(second.text_body).toContain("reply to this email (it reaches jobs@umbrella.example)");
    await t.context.db
      .updateTable("organizations")
      .set({ candidate_contact: null })
      .where("id", "=", org.organizationId)
      .execute();
  });

  it("records decisions and notes with who and when, and exports the candidate", async () => {
    await callRoute(candidatePage.action, {
      context: t.context,
      path: "/c",
      params: candidateParams(),
      form: { intent: "decide", decision: "hold" },
      jar: manager,
    });
    await callRoute(candidatePage.action, {
      context: t.context,
      path: "/c",
      params: candidateParams(),
      form: { intent: "decide", decision: "advance" },
      jar: owner,
    });
    await callRoute(candidatePage.action, {
      context: t.context,
      path: "/c",
      params: candidateParams(),
      form: { intent: "note", body: "<b>Strong</b> references" },
      jar: manager,
    });
    const empty = await callRoute(candidatePage.action, {
      context: t.context,
      path: "/c",
      params: candidateParams(),
      form: { intent: "note", body: "   " },
      jar: manager,
    });
    expect(empty.status).toBe(400);
    const page = await callRoute(candidatePage.loader, {
      context: t.context,
      path: "/c",
      params: candidateParams(),
      jar: viewer,
    });
    expect(page.data.decisions.map((d: { decision: string }) => d.decision)).toEqual(["advance", "hold"]);
    expect(page.data.decisions[0].by).toBe("Umbrella Owner");
    expect(page.data.notes[0].body).toBe("<b>Strong</b> references");
    expect(page.data.report.guide.length).toBeGreaterThan(0);
    const json = await callRoute(candidateExport.loader, {
      context: t.context,
      path: "/c/export",
      params: candidateParams(),
      jar: manager,
    });
    expect(json.headers.get("Content-Disposition")).toMatch(/attachment/);
    expect(json.data.candidate.status).toBe("completed");
    expect(json.data.fit.fit).toBeGreaterThanOrEqual(0);
    expect(json.data.fit.model).toBe(FIT_MODEL_VERSION);
  });

  it("sends a comparison of one candidate back to the list with the tick kept and the reason shown", async () => {
    const one = org.invitations[0]!.id;
    const res = await callRoute(compareRoute.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/compare?c=${one}`,
      params: { roleId: org.roleId },
      jar: viewer,
    });
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/roles/${org.roleId}?compare=too-few&c=${one}#compare`);
    const list = await callRoute(roleIndex.loader, {
      context: t.context,
      path: res.location!.replace(/#.*/, ""),
      params: { roleId: org.roleId },
      jar: viewer,
    });
    expect(list.status).toBe(200);
    expect(list.data.compare).toEqual({ problem: "Tick at least two candidates to compare.", ticked: [one] });
    const none = await callRoute(compareRoute.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/compare`,
      params: { roleId: org.roleId },
      jar: viewer,
    });
    expect(none.location).toBe(`/roles/${org.roleId}?compare=too-few#compare`);
  });

  it("exports a role's candidates as CSV with a BOM and neutralised formulas", async () => {
    await t.context.db
      .updateTable("candidate_invitations")
      .set({ candidate_name: '=HYPERLINK("http://evil.example","x")' })
      .where("id", "=", org.invitations[1]!.id)
      .execute();
    const request = new Request(`http://localhost:3000/roles/${org.roleId}/export`, {
      headers: { Cookie: manager.header() },
    });
    const res = (await roleExport.loader({
      request,
      params: { roleId: org.roleId },
      context: t.context,
    })) as Response;
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    const lines = text.split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFFrank,tied,name,email,status,fit,fit_low_80,fit_high_80,fit_model,/);
    // Ranks are plain numbers (a tied "=2" would be a formula in a spreadsheet); ties get their own column.
    const ranked = lines.slice(1).filter((l) => /^\d/.test(l) && !l.includes('"'));
    expect(ranked.length).toBeGreaterThan(0);
    for (const line of ranked) expect(line).toMatch(/^\d+,(yes|no),/);
    expect(text).not.toMatch(/(^|,)'?=\d/m);
    // Every ranked (completed) row names the fit model that produced its fit.
    for (const line of ranked) expect(line.split(",")[8]).toBe(FIT_MODEL_VERSION);
  });

  it("lets viewers read, managers act on candidates and roles, and only owners manage members and settings", async () => {
    const forbidden = [
      () =>
        callRoute(rolesNew.action, {
          context: t.context,
          path: "/roles/new",
          form: { intent: "template", title: "X", templateId: "sdr" },
          jar: viewer,
        }),
      () =>
        callRoute(roleInvite.action, {
          context: t.context,
          path: "/x",
          params: { roleId: org.roleId },
          form: { intent: "invite-one", name: "V", email: "v@example.com" },
          jar: viewer,
        }),
      () =>
        callRoute(roleEdit.action, {
          context: t.context,
          path: "/x",
          params: { roleId: org.roleId },
          form: { intent: "archive" },
          jar: viewer,
        }),
      () =>
        callRoute(candidatePage.action, {
          context: t.context,
          path: "/c",
          params: candidateParams(),
          form: { intent: "decide", decision: "reject" },
          jar: viewer,
        }),
      () =>
        callRoute(candidatePage.action, {
          context: t.context,
          path: "/c",
          params: candidateParams(),
          form: { intent: "note", body: "x" },
          jar: viewer,
        }),
      () =>
        callRoute(members.action, {
          context: t.context,
          path: "/settings/members",
          form: { intent: "invite", email: "m@example.com", role: "viewer" },
          jar: manager,
        }),
      () =>
        callRoute(orgSettings.action, {
          context: t.context,
          path: "/settings/organization",
          form: { name: "Taken over" },
          jar: manager,
        }),
      () =>
        callRoute(orgSettings.loader, { context: t.context, path: "/settings/organization", jar: viewer }),
      // Exports carry every candidate's email: viewers read on screen but cannot take the data out.
      () =>
        callRoute(roleExport.loader, {
          context: t.context,
          path: "/e",
          params: { roleId: org.roleId },
          jar: viewer,
        }),
      () =>
        callRoute(candidateExport.loader, {
          context: t.context,
          path: "/c/export",
          params: candidateParams(),
          jar: viewer,
        }),
    ];
    for (const call of forbidden) expect((await call()).status).toBe(403);
    const decisions = await t.context.db
      .selectFrom("candidate_decisions")
      .select("decision")
      .where("invitation_id", "=", org.invitations[0]!.id)
      .execute();
    expect(decisions.map((d) => d.decision)).not.toContain("reject");

    const reads = [
      () =>
        callRoute(roleIndex.loader, {
          context: t.context,
          path: `/roles/${org.roleId}`,
          params: { roleId: org.roleId },
          jar: viewer,
        }),
      () =>
        callRoute(candidatePage.loader, {
          context: t.context,
          path: "/c",
          params: candidateParams(),
          jar: viewer,
        }),
    ];
    for (const call of reads) expect((await call()).status).toBe(200);
    const viewerPage = await callRoute(candidatePage.loader, {
      context: t.context,
      path: "/c",
      params: candidateParams(),
      jar: viewer,
    });
    expect(viewerPage.data.canManage).toBe(false); // so the Export JSON button is not shown
    expect(
      (
        await callRoute(roleEdit.loader, {
          context: t.context,
          path: "/x",
          params: { roleId: org.roleId },
          jar: manager,
        })
      ).status,
    ).toBe(200);
    const saved = await callRoute(orgSettings.action, {
      context: t.context,
      path: "/settings/organization",
      form: {
        name: "Umbrella",
        candidateContact: "jobs@umbrella.example",
        showReportsToCandidates: "yes",
        retentionDays: "",
      },
      jar: owner,
    });
    expect(saved.status).toBe(302);
  });

  it("edits targets with validation next to the trait, and archives a role", async () => {
    const base: Record<string, string> = { title: "Umbrella AE" };
    for (const trait of [
      "rejection-resilience",
      "closing-drive",
      "discovery",
      "persuasion",
      "pipeline-discipline",
      "creative-ideation",
      "market-research",
      "storytelling",
      "product-strategy",
      "demand-generation",
      "customer-feedback",
    ]) {
      base[`targets.${trait}.need`] =
        trait === "discovery" ? "core" : trait === "storytelling" ? "not-required" : "useful";
      base[`targets.${trait}.min`] = "-0.5";
      base[`targets.${trait}.weight`] = "0.5";
    }
    const noReason = await callRoute(roleEdit.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { ...base, "targets.discovery.max": "2" },
      jar: manager,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.data.reply.error["targets.discovery.maxReason"][0]).toMatch(
      /why more of this trait hurts/,
    );
    const inverted = await callRoute(roleEdit.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: {
        ...base,
        "targets.discovery.max": "-1",
        "targets.discovery.maxReason": "A reason long enough.",
      },
      jar: manager,
    });
    expect(inverted.status).toBe(400);
    expect(inverted.data.reply.error["targets.discovery.max"][0]).toMatch(
      /ceiling must be above the threshold/,
    );
    const noCore = await callRoute(roleEdit.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { ...base, "targets.discovery.need": "useful" },
      jar: manager,
    });
    expect(noCore.status).toBe(400);
    const ok = await callRoute(roleEdit.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: base,
      jar: manager,
    });
    expect(ok.status).toBe(302);
    const saved = await findRole(t.context.db, org.organizationId, org.roleId);
    expect(saved!.targets.discovery).toEqual({ need: "core", min: -0.5, weight: 0.5 });
    expect(saved!.targets.storytelling).toEqual({ need: "not-required", weight: 0 });
    const archived = await callRoute(roleEdit.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { intent: "archive" },
      jar: manager,
    });
    expect(archived.status).toBe(302);
    const refused = await callRoute(roleInvite.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { intent: "invite-one", name: "Late", email: "late@example.com" },
      jar: manager,
    });
    expect(refused.status).toBe(409);
  });
});
