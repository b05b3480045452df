import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCandidateInvitations,
  type InvitationEmailComposer,
} from "~/server/candidate-invitations.server";
import { renewInvitationLink, withdrawInvitation } from "~/server/candidates.server";
import { demoPerson, seedCompletedAttempt } from "~/server/demo-data.server";
import { eraseCandidates } from "~/server/erasure.server";
import { runDueJobs } from "~/server/jobs.server";
import { reminderStatuses, updateReminderSettings } from "~/server/reminders.server";
import * as editRoute from "~/routes/_app.roles.$roleId.edit";
import * as rolePage from "~/routes/_app.roles.$roleId._index";
import * as candidatePage from "~/routes/_app.roles.$roleId.candidates.$candidateId";
import { callRoute } from "./support/call-route.ts";
import { organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const DAY = 86_400_000;
const compose: InvitationEmailComposer = (c, link) => ({
  subject: `Invitation for ${c.name}`,
  text: `Start: ${link}`,
});

describe.each(testDialects)("reminders and deadlines on %s", (dialect) => {
  let t: TestContext;
  /** Runs the queue with the clock moved forward; returns after every due job ran. */
  const runAt = (offsetMs: number) =>
    runDueJobs(t.context.db, t.context.jobHandlers, { now: () => new Date(Date.now() + offsetMs) });
  const mailTo = (email: string) =>
    t.context.db
      .selectFrom("outbox_messages")
      .select(["subject", "text_body"])
      .where("to_address", "=", email)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
  const reminders = async (email: string) =>
    (await mailTo(email)).filter((m) => m.subject.startsWith("Reminder"));

  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  async function invite(org: { organizationId: string; roleId: string; ownerUserId: string }, email: string) {
    const [inv] = await createCandidateInvitations(
      t.context.db,
      org.organizationId,
      org.roleId,
      [{ name: `Cand ${email}`, email }],
      {
        createdByUserId: org.ownerUserId,
        email: { origin: "http://localhost:3000", compose },
      },
    );
    return inv!;
  }

  it("reminds an unfinished candidate after 3 and 7 days, once each, and then stops", async () => {
    const org = await organizationWithCandidates(t.context, "Remind", 0);
    const inv = await invite(org, "slow@example.com");
    await t.runJobs();
    expect(await mailTo("slow@example.com")).toHaveLength(1);
    await runAt(2 * DAY + 23 * 3_600_000);
    expect(await reminders("slow@example.com")).toHaveLength(0);
    await runAt(3 * DAY + 60_000);
    await runAt(3 * DAY + 120_000);
    const first = await reminders("slow@example.com");
    expect(first).toHaveLength(1);
    // The reminder carries the candidate's own link.
    expect(first[0]!.text_body).toContain(`http://localhost:3000/i/${inv.token}`);
    let status = (await reminderStatuses(t.context.db, org.organizationId, [inv.id]))[inv.id]!;
    expect(status.remindersSent).toBe(1);
    expect(status.lastReminderAt).not.toBeNull();
    expect(Date.parse(status.nextReminderAt!) - Date.parse(status.lastReminderAt!)).toBeGreaterThan(
      3.9 * DAY,
    );
    await runAt(7 * DAY + 60_000);
    expect(await reminders("slow@example.com")).toHaveLength(2);
    await runAt(13 * DAY);
    expect(await reminders("slow@example.com")).toHaveLength(2);
    status = (await reminderStatuses(t.context.db, org.organizationId, [inv.id]))[inv.id]!;
    expect(status).toMatchObject({ remindersSent: 2, nextReminderAt: null });
    // Another organization asking for this id learns nothing.
    const other = await organizationWithCandidates(t.context, "Elsewhere", 0);
    expect(await reminderStatuses(t.context.db, other.organizationId, [inv.id])).toEqual({});
  });

  it("sends nothing after completion, withdrawal or expiry", async () => {
    const org = await organizationWithCandidates(t.context, "Stop", 0);
    const done = await invite(org, "done@example.com");
    const withdrawn = await invite(org, "withdrawn@example.com");
    const expired = await invite(org, "expired@example.com");
    const open = await invite(org, "open@example.com");
    await seedCompletedAttempt(t.context.db, {
      person: demoPerson(1, 0.2),
      seed: 42,
      kind: "invited",
      organizationId: org.organizationId,
      invitationId: done.id,
      token: done.token,
      startedAt: new Date(),
    });
    expect(await withdrawInvitation(t.context.db, org.organizationId, withdrawn.id)).toBe(true);
    // As if the role's deadline had been five days when this link was sent.
    await t.context.db
      .updateTable("candidate_invitations")
      .set({ expires_at: new Date(Date.now() + 5 * DAY).toISOString() })
      .where("id", "=", expired.id)
      .execute();
    await runAt(3 * DAY + 60_000);
    await runAt(7 * DAY + 60_000);
    expect(await reminders("done@example.com")).toHaveLength(0);
    expect(await reminders("withdrawn@example.com")).toHaveLength(0);
    expect(await reminders("expired@example.com")).toHaveLength(1); // Day 3 only: day 7 is past its deadline.
    expect(await reminders("open@example.com")).toHaveLength(2);
    const status = await reminderStatuses(t.context.db, org.organizationId, [done.id, withdrawn.id, open.id]);
    expect(status[done.id]!.nextReminderAt).toBeNull();
    expect(status[withdrawn.id]!.nextReminderAt).toBeNull();
    expect(status[open.id]!.remindersSent).toBe(2);
  });

  it("uses the role's own deadline and reminder days", async () => {
    const org = await organizationWithCandidates(t.context, "Custom", 0);
    expect(
      await updateReminderSettings(t.context.db, org.organizationId, org.roleId, {
        deadlineDays: 21,
        reminderDays: [2, 5, 10],
      }),
    ).toBe(true);
    const inv = await invite(org, "custom@example.com");
    const row = await t.context.db
      .selectFrom("candidate_invitations")
      .select("expires_at")
      .where("id", "=", inv.id)
      .executeTakeFirstOrThrow();
    expect(Math.round((Date.parse(row.expires_at) - Date.now()) / DAY)).toBe(21);
    for (const day of [2, 5, 10, 20]) await runAt(day * DAY + 60_000);
    expect(await reminders("custom@example.com")).toHaveLength(3);
    // Turning reminders off stops those not yet sent.
    const other = await invite(org, "off@example.com");
    await updateReminderSettings(t.context.db, org.organizationId, org.roleId, {
      deadlineDays: 21,
      reminderDays: [],
    });
    for (const day of [2, 5, 10]) await runAt(day * DAY + 60_000);
    expect(await reminders("off@example.com")).toHaveLength(0);
    expect(
      (await reminderStatuses(t.context.db, org.organizationId, [other.id]))[other.id]!.nextReminderAt,
    ).toBeNull();
  });

  it("emails a new link when one is issued, and reminders then carry the new link only", async () => {
    const org = await organizationWithCandidates(t.context, "Renew", 0);
    const inv = await invite(org, "renew@example.com");
    const token = await renewInvitationLink(t.context.db, org.organizationId, inv.id, 14, {
      email: { origin: "http://localhost:3000", compose },
    });
    expect(token).not.toBeNull();
    await t.runJobs();
    const mail = await mailTo("renew@example.com");
    expect(mail).toHaveLength(2);
    expect(mail[1]!.text_body).toContain(`/i/${token}`);
    await runAt(3 * DAY + 60_000);
    const sent = await reminders("renew@example.com");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text_body).toContain(`/i/${token}`);
    expect(sent[0]!.text_body).not.toContain(inv.token);
  });

  it("erasure removes the candidate's scheduled reminders", async () => {
    const org = await organizationWithCandidates(t.context, "Erase", 0);
    const inv = await invite(org, "gone@example.com");
    await eraseCandidates(t.context.db, org.organizationId, [inv.id], {
      userId: org.ownerUserId,
      name: "Owner",
    });
    const left = await t.context.db
      .selectFrom("jobs")
      .select("id")
      .where("recipient", "=", "gone@example.com")
      .execute();
    expect(left).toHaveLength(0);
    await runAt(8 * DAY);
    expect(await mailTo("gone@example.com")).toHaveLength(0);
  });

  it("is set on the role's edit page, shown on the candidate row, and 'issue a new link' emails it", async () => {
    const org = await organizationWithCandidates(t.context, "Pages", 0);
    const jar = await signedIn(t.context, org.ownerEmail);
    const params = { roleId: org.roleId };
    const bad = await callRoute(editRoute.action, {
      context: t.context,
      path: "/e",
      params,
      jar,
      form: { intent: "reminders", deadlineDays: "5", reminder1: "7" },
    });
    expect(bad.status).toBe(400);
    const saved = await callRoute(editRoute.action, {
      context: t.context,
      path: "/e",
      params,
      jar,
      form: { intent: "reminders", deadlineDays: "10", reminder1: "2", reminder2: "", reminder3: "" },
    });
    expect(saved.status).toBe(302);
    expect(
      (await callRoute(editRoute.loader, { context: t.context, path: "/e", params, jar })).data.reminders,
    ).toEqual({ deadlineDays: 10, reminderDays: [2] });
    const inv = await invite(org, "row@example.com");
    let row = (
      await callRoute(rolePage.loader, {
        context: t.context,
        path: `/roles/${org.roleId}?status=invited`,
        params,
        jar,
      })
    ).data.page.rows[0];
    expect(row.reminder).toMatch(/^Next reminder \d+ \w+$/);
    await runAt(2 * DAY + 60_000);
    row = (
      await callRoute(rolePage.loader, {
        context: t.context,
        path: `/roles/${org.roleId}?status=invited`,
        params,
        jar,
      })
    ).data.page.rows[0];
    expect(row.reminder).toMatch(/^Reminder 1 sent \d+ \w+$/);

    const renewed = await callRoute(candidatePage.action, {
      context: t.context,
      path: "/c",
      params: { ...params, candidateId: inv.id },
      jar,
      form: { intent: "renew" },
    });
    expect(renewed.status).toBe(200);
    await t.runJobs();
    const last = (await mailTo("row@example.com")).at(-1)!;
    expect(last.text_body).toContain(renewed.data.renewed.link);
    const expires = await t.context.db
      .selectFrom("candidate_invitations")
      .select("expires_at")
      .where("id", "=", inv.id)
      .executeTakeFirstOrThrow();
    expect(Math.round((Date.parse(expires.expires_at) - Date.now()) / DAY)).toBe(10);
  });
});
