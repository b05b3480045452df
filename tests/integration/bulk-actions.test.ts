import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCandidateInvitations,
  type InvitationEmailComposer,
} from "~/server/candidate-invitations.server";
import { eraseCandidates } from "~/server/erasure.server";
import { takeFlash } from "~/server/flash.server";
import { DEFAULT_STATUS_EMAIL_TEMPLATES } from "~/domain/hiring/status-email";
import * as rolePage from "~/routes/_app.roles.$roleId._index";
import * as candidatePage from "~/routes/_app.roles.$roleId.candidates.$candidateId";
import * as exportRoute from "~/routes/_app.roles.$roleId.export";
import * as templatesRoute from "~/routes/_app.settings.email-templates";
import * as organizationSettings from "~/routes/_app.settings.organization";
import * as logoRoute from "~/routes/logos.$logoId";
import { replyMessages } from "~/components/forms";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import { memberWithRole, organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const compose: InvitationEmailComposer = (c, link) => ({
  subject: `Invitation for ${c.name}`,
  text: `Start: ${link}`,
});
/** A valid, tiny PNG (1×1). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const RUN = "run-token-0123456789abcdef";

describe.each(testDialects)("bulk actions and status emails on %s", (dialect) => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof organizationWithCandidates>>;
  let owner: CookieJar;
  /** Three completed candidates (from the fixture) and three who were emailed and have not finished. */
  let open: Array<{ id: string; token: string }>;

  beforeAll(async () => {
    t = await createTestContext(dialect);
    org = await organizationWithCandidates(t.context, "Bulk", 3);
    open = await createCandidateInvitations(
      t.context.db,
      org.organizationId,
      org.roleId,
      [0, 1, 2].map((i) => ({ name: `Open ${i}`, email: `open${i}@example.com` })),
      { createdByUserId: org.ownerUserId, email: { origin: "http://localhost:3000", compose } },
    );
    owner = await signedIn(t.context, org.ownerEmail);
    await t.runJobs();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const done = () => org.invitations.map((i) => i.id);
  const path = (query = "") => `/roles/${org.roleId}?index${query}`;
  const bulk = (form: Record<string, string | string[]>, jar = owner, query = "") =>
    callRoute(rolePage.action, {
      context: t.context,
      path: path(query),
      params: { roleId: org.roleId },
      jar,
      form: { run: RUN, ...form },
    });
  const flashOf = async (jar: CookieJar) =>
    (await takeFlash(new Request("http://localhost:3000/", { headers: { Cookie: jar.header() } }), t.context))
      .flash?.message;
  const decisions = (ids: string[]) =>
    t.context.db
      .selectFrom("candidate_decisions")
      .select(["invitation_id", "decision"])
      .where("invitation_id", "in", ids)
      .execute();
  const emailOf = async (id: string) =>
    (
      await t.context.db
        .selectFrom("candidate_invitations")
        .select("email")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).email;
  const mailTo = (email: string) =>
    t.context.db
      .selectFrom("outbox_messages")
      .select(["subject", "text_body", "html_body", "reply_to"])
      .where("to_address", "=", email)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
  const bulkAudits = () =>
    t.context.db
      .selectFrom("audit_events")
      .select(["details"])
      .where("organization_id", "=", org.organizationId)
      .where("action", "=", "candidates.bulk-action")
      .execute();
  const uploadLogo = async (bytes: Buffer, name: string, type: string) => {
    const body = new FormData();
    body.append("intent", "logo");
    body.append("logo", new File([new Uint8Array(bytes)], name, { type }));
    const request = new Request("http://localhost:3000/settings/organization", {
      method: "POST",
      headers: { Cookie: owner.header() },
      body,
    });
    try {
      return await organizationSettings.action({ request, params: {}, context: t.context });
    } catch (thrown) {
      return thrown;
    }
  };

  it("refuses a logo that is not a PNG or JPEG by its bytes, or too large, and serves a good one publicly", async () => {
    const gif = (await uploadLogo(GIF, "logo.png", "image/png")) as {
      data: { logoError: string };
      init: ResponseInit;
    };
    expect(gif.init.status).toBe(400);
    expect(gif.data.logoError).toBe("That file is not a PNG or JPEG image.");
    const big = Buffer.concat([PNG, Buffer.alloc(200 * 1024)]);
    const tooBig = (await uploadLogo(big, "big.png", "image/png")) as { data: { logoError: string } };
    expect(tooBig.data.logoError).toBe("Use an image of at most 200 KB.");
    expect(await t.context.db.selectFrom("organization_logos").selectAll().execute()).toHaveLength(0);

    const ok = (await uploadLogo(PNG, "logo.bin", "application/octet-stream")) as Response;
    expect(ok.status).toBe(302);
    const page = await callRoute(organizationSettings.loader, {
      context: t.context,
      path: "/settings/organization",
      jar: owner,
    });
    const logoPath: string = page.data.logo;
    expect(logoPath).toMatch(/^\/logos\/[0-9a-f-]{36}$/);
    // No session needed: mail clients fetch it.
    const served = (await logoRoute.loader({
      request: new Request(`http://localhost:3000${logoPath}`),
      params: { logoId: logoPath.split("/").pop() },
      context: t.context,
    })) as Response;
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe("image/png");
    expect(served.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    const missing = (await logoRoute.loader({
      request: new Request("http://localhost:3000/logos/x"),
      params: { logoId: "00000000-0000-4000-8000-000000000000" },
      context: t.context,
    })) as Response;
    expect(missing.status).toBe(404);
  });

  it("validates templates: unknown placeholders are refused with a clear error, a preview fills them in", async () => {
    const bad = await callRoute(templatesRoute.action, {
      context: t.context,
      path: "/settings/email-templates",
      jar: owner,
      form: {
        intent: "save",
        kind: "hold",
        subject: "Update for {candidate}",
        body: "Hi {candidate_name} {oops",
      },
    });
    expect(bad.status).toBe(400);
    const errors = bad.data.reply.error;
    expect(errors.subject).toContain(
      "Unknown placeholder {candidate}: use {candidate_name}, {role_title}, {organization_name}.",
    );
    expect(errors.body).toContain("Use braces only around a placeholder, such as {candidate_name}.");
    const preview = await callRoute(templatesRoute.action, {
      context: t.context,
      path: "/settings/email-templates",
      jar: owner,
      form: {
        intent: "preview",
        kind: "hold",
        subject: "About {role_title}",
        body: "Dear {candidate_name}, from {organization_name}",
      },
    });
    expect(preview.data.preview).toEqual({
      subject: "About Account Executive",
      text: "Dear Alex Morgan, from Bulk",
    });
    // Nothing was saved by either.
    const page = await callRoute(templatesRoute.loader, {
      context: t.context,
      path: "/settings/email-templates",
      jar: owner,
    });
    expect(page.data.templates.hold).toMatchObject({ ...DEFAULT_STATUS_EMAIL_TEMPLATES.hold, custom: false });
    expect(page.data.logo).toMatch(/^\/logos\//);
  });

  it("asks to confirm a bulk reject, then rejects the finished candidates, skips the others and emails the rejected", async () => {
    const ids = [...done(), open[0]!.id, open[1]!.id];
    const ask = await bulk({ c: ids, action: "reject", email: "yes" }, owner, "&status=all&q=Bulk");
    expect(ask.status).toBe(200);
    expect(ask.data.confirm.names).toEqual(expect.arrayContaining(["Bulk Candidate 1", "Open 0"]));
    expect(await decisions(ids)).toHaveLength(0);

    const res = await bulk(
      { c: ids, action: "reject", email: "yes", confirmed: "yes" },
      owner,
      "&status=all&q=Bulk&page=1",
    );
    expect(res.status).toBe(302);
    // The list comes back as it was: same filter, search and page.
    expect(res.location).toBe(`/roles/${org.roleId}?status=all&q=Bulk&page=1`);
    expect(await flashOf(owner)).toBe(
      "Rejected 3 candidates and emailed each of them. Skipped 2 who have not finished.",
    );
    expect((await decisions(ids)).map((d) => d.decision)).toEqual(["reject", "reject", "reject"]);
    // One bulk audit row naming every id asked for; each decision keeps its own row.
    const audits = await bulkAudits();
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.details!)).toMatchObject({
      action: "reject",
      candidates: ids,
      done: done(),
    });
    const decideRows = await t.context.db
      .selectFrom("audit_events")
      .select("subject_id")
      .where("action", "=", "candidate.decide")
      .where("organization_id", "=", org.organizationId)
      .execute();
    expect(decideRows.map((r) => r.subject_id).sort()).toEqual([...done()].sort());

    await t.runJobs();
    await t.runJobs(); // A second run finds nothing new: each email is sent once.
    const logoId = (
      await t.context.db.selectFrom("organization_logos").select("id").executeTakeFirstOrThrow()
    ).id;
    for (const [i, inv] of org.invitations.entries()) {
      const email = await emailOf(inv.id);
      const mail = await mailTo(email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe("Your application for Bulk AE at Bulk");
      expect(mail[0]!.text_body).toContain(`Hello Bulk Candidate ${i + 1},`);
      expect(mail[0]!.text_body).not.toMatch(/\{[a-z_]+\}/);
      // Replies reach the person who decided (the organization set no contact address).
      expect(mail[0]!.reply_to).toBe(org.ownerEmail);
      expect(mail[0]!.html_body).toContain(`<img src="http://localhost:3000/logos/${logoId}" alt="Bulk"`);
    }
    expect(await mailTo("open0@example.com")).toHaveLength(1); // Only the invitation.

    // The same form sent again changes nothing and sends nothing.
    const again = await bulk({ c: ids, action: "reject", email: "yes", confirmed: "yes" });
    expect(again.status).toBe(302);
    expect(await flashOf(owner)).toBe(
      "No decisions were recorded. Skipped 2 who have not finished and 3 who already had that decision.",
    );
    await t.runJobs();
    expect(await decisions(ids)).toHaveLength(3);
  });

  it("advances with “select all on this page” and uses the organization's own wording", async () => {
    const saved = await callRoute(templatesRoute.action, {
      context: t.context,
      path: "/settings/email-templates",
      jar: owner,
      form: {
        intent: "save",
        kind: "advance",
        subject: "Good news from {organization_name}",
        body: "Dear {candidate_name}, on to the interview for {role_title}.",
      },
    });
    expect(saved.status).toBe(302);
    const res = await bulk({
      all: "page",
      shown: [done()[0]!, open[2]!.id],
      action: "advance",
      email: "yes",
    });
    expect(await flashOf(owner)).toBe(
      "Advanced 1 candidate and emailed them. Skipped 1 who have not finished.",
    );
    expect(res.status).toBe(302);
    await t.runJobs();
    const email = await emailOf(done()[0]!);
    const last = (await mailTo(email)).at(-1)!;
    expect(last.subject).toBe("Good news from Bulk");
    expect(last.text_body).toBe("Dear Bulk Candidate 1, on to the interview for Bulk AE.");

    // Reset brings the default back.
    await callRoute(templatesRoute.action, {
      context: t.context,
      path: "/settings/email-templates",
      jar: owner,
      form: { intent: "reset", kind: "advance" },
    });
    const page = await callRoute(templatesRoute.loader, {
      context: t.context,
      path: "/settings/email-templates",
      jar: owner,
    });
    expect(page.data.templates.advance).toMatchObject({
      ...DEFAULT_STATUS_EMAIL_TEMPLATES.advance,
      custom: false,
    });
  });

  it("holds without email when the box is not ticked, and the single-candidate page can email too", async () => {
    const id = done()[1]!;
    await bulk({ c: [id], action: "hold" });
    expect(await flashOf(owner)).toBe("Put 1 candidate on hold.");
    await t.runJobs();
    const email = await emailOf(id);
    expect((await mailTo(email)).map((m) => m.subject)).toEqual(["Your application for Bulk AE at Bulk"]);
    await callRoute(candidatePage.action, {
      context: t.context,
      path: `/roles/${org.roleId}/candidates/${id}`,
      params: { roleId: org.roleId, candidateId: id },
      jar: owner,
      form: { intent: "decide", decision: "advance", email: "yes" },
    });
    await t.runJobs();
    expect((await mailTo(email)).at(-1)!.subject).toBe("Next steps for Bulk AE at Bulk");
  });

  it("the single-candidate page, like the bulk actions, takes no decision on a candidate who has not finished", async () => {
    const id = open[0]!.id;
    const at = { roleId: org.roleId, candidateId: id };
    const page = await callRoute(candidatePage.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/candidates/${id}`,
      params: at,
      jar: owner,
    });
    expect(page.data.candidate.canDecide).toBe(false);
    const refused = await callRoute(candidatePage.action, {
      context: t.context,
      path: `/roles/${org.roleId}/candidates/${id}`,
      params: at,
      jar: owner,
      form: { intent: "decide", decision: "reject", email: "yes" },
    });
    expect(refused.status).toBe(409);
    expect(refused.data.error).toMatch(/once the candidate has finished the questionnaire/);
    await t.runJobs();
    expect(await decisions([id])).toEqual([]);
    expect(await mailTo("open0@example.com")).toHaveLength(1); // the invitation only
    const finished = await callRoute(candidatePage.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/candidates/${done()[0]}`,
      params: { roleId: org.roleId, candidateId: done()[0] },
      jar: owner,
    });
    expect(finished.data.candidate.canDecide).toBe(true);
  });

  it("reminds now: once per candidate per action, with their own link, and never the withdrawn, finished or copied", async () => {
    const copied = (
      await createCandidateInvitations(
        t.context.db,
        org.organizationId,
        org.roleId,
        [{ name: "Copied", email: "copied@example.com" }],
        { createdByUserId: org.ownerUserId },
      )
    )[0]!;
    const ids = [open[0]!.id, open[1]!.id, done()[2]!, copied.id];
    const res = await bulk({ c: ids, action: "remind", run: "remind-run-0123456789" });
    expect(res.status).toBe(302);
    expect(await flashOf(owner)).toBe(
      "Emailed a reminder to 2 candidates. Skipped 1 who have finished and 1 whose link RoleFit never emailed or no longer holds (send a new link from their page).",
    );
    // A double submit of the same form: no second reminder.
    await bulk({ c: ids, action: "remind", run: "remind-run-0123456789" });
    expect(await flashOf(owner)).toContain("and 2 already reminded by this same action.");
    await t.runJobs();
    const reminders = (await mailTo("open0@example.com")).filter((m) => m.subject.startsWith("Reminder"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text_body).toContain(`http://localhost:3000/i/${open[0]!.token}`);
    expect(await mailTo("copied@example.com")).toHaveLength(0);
  });

  it("withdraws the unfinished, skips the finished, and a reminder after that is refused", async () => {
    const res = await bulk({ c: [open[1]!.id, done()[0]!], action: "withdraw", confirmed: "yes" });
    expect(res.status).toBe(302);
    expect(await flashOf(owner)).toBe("Withdrew 1 invitation. Skipped 1 who have finished.");
    const row = await t.context.db
      .selectFrom("candidate_invitations")
      .select("revoked_at")
      .where("id", "=", open[1]!.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    await bulk({ c: [open[1]!.id], action: "remind", run: "remind-run-after-withdraw" });
    expect(await flashOf(owner)).toBe("No reminders were sent. Skipped 1 whose invitation is withdrawn.");
  });

  it("refuses ids of another organization or role, acting on none, and refuses viewers and oversized selections", async () => {
    const other = await organizationWithCandidates(t.context, "Other", 1);
    const foreign = other.invitations[0]!.id;
    const before = (await bulkAudits()).length;
    const res = await bulk({ c: [open[2]!.id, foreign], action: "withdraw", confirmed: "yes" });
    expect(res.status).toBe(404);
    expect(replyMessages(res.data.reply)).toEqual([
      "Some of the selected candidates are not in this role. Nothing was changed.",
    ]);
    const stillOpen = await t.context.db
      .selectFrom("candidate_invitations")
      .select("revoked_at")
      .where("id", "in", [open[2]!.id, foreign])
      .execute();
    expect(stillOpen.every((r) => r.revoked_at === null)).toBe(true);
    expect(await bulkAudits()).toHaveLength(before);
    const asked = await bulk({ c: [foreign], action: "reject" });
    expect(asked.status).toBe(404);

    const viewer = await memberWithRole(t.context, org.organizationId, "viewer");
    const refused = await bulk({ c: [done()[0]!], action: "advance" }, viewer);
    expect(refused.status).toBe(403);
    const viewerExport = await callRoute(exportRoute.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/export?c=${done()[0]}`,
      params: { roleId: org.roleId },
      jar: viewer,
    });
    expect(viewerExport.status).toBe(403);

    const tooMany = Array.from(
      { length: 201 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    const capped = await bulk({ c: tooMany, action: "hold" });
    expect(capped.status).toBe(400);
    expect(replyMessages(capped.data.reply)[0]).toBe("Select at most 200 candidates at once.");
    const none = await bulk({ action: "hold" });
    expect(replyMessages(none.data.reply)).toEqual(["Select at least one candidate."]);
  });

  it("exports just the selected candidates as CSV or JSON, with formulas neutralised", async () => {
    const csv = await callRoute(exportRoute.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/export?c=${done()[0]}&c=${open[0]!.id}&format=csv`,
      params: { roleId: org.roleId },
      jar: owner,
    });
    expect(csv.status).toBe(200);
    const lines = String(csv.data).trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((l) => l.split(",")[2])).toEqual(
      expect.arrayContaining(["Bulk Candidate 1", "Open 0"]),
    );
    const json = await callRoute(exportRoute.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/export?c=${done()[1]}&format=json`,
      params: { roleId: org.roleId },
      jar: owner,
    });
    expect(json.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(json.data.candidates).toHaveLength(1);
    expect(json.data.candidates[0]).toMatchObject({ name: "Bulk Candidate 2", decision: "advance" });
    const audit = await t.context.db
      .selectFrom("audit_events")
      .select("details")
      .where("action", "=", "role.export")
      .where("organization_id", "=", org.organizationId)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details!)).toEqual({ candidates: [done()[1]], format: "json" });
    const other = await organizationWithCandidates(t.context, "Elsewhere", 1);
    const foreign = await callRoute(exportRoute.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/export?c=${other.invitations[0]!.id}`,
      params: { roleId: org.roleId },
      jar: owner,
    });
    expect(foreign.status).toBe(404);
  });

  it("erasing a candidate removes their queued status email", async () => {
    const id = done()[2]!;
    const email = await emailOf(id);
    await bulk({ c: [id], action: "advance", email: "yes" });
    const queued = () =>
      t.context.db
        .selectFrom("jobs")
        .select("id")
        .where("recipient", "=", email)
        .where("status", "=", "pending")
        .execute();
    expect(await queued()).toHaveLength(1);
    await eraseCandidates(t.context.db, org.organizationId, [id], { userId: org.ownerUserId, name: "Owner" });
    expect(await queued()).toHaveLength(0);
    expect(await mailTo(email)).toHaveLength(0);
  });
});
