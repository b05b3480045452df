import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openSqlite } from "#db/connection.ts";
import * as answerRoute from "~/routes/a.$token._index";
import * as deleteRoute from "~/routes/a.$token.delete";
import * as roleInvite from "~/routes/_app.roles.$roleId.invite";
import * as membersRoute from "~/routes/_app.settings.members";
import * as teamRoute from "~/routes/_app.team._index";
import { createCandidateInvitations } from "~/server/candidate-invitations.server";
import { hashToken } from "~/server/ids.server";
import { claimNextJob, enqueueJob, JOB_LEASE_MS, retryDelayMs, runDueJobs } from "~/server/jobs.server";
import { createMailer } from "~/server/mail.server";
import { createRateLimiter } from "~/server/rate-limit.server";
import { joinTeamMap } from "~/server/team-map.server";
import { startInvitedAttempt, startSelfAssessment } from "~/server/attempts.server";
import { callRoute } from "./support/call-route.ts";
import { memberWithRole, organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

// Regression tests for the findings of the adversarial probe (issue 12) that are best checked
// below HTTP; the HTTP-level ones (Host poisoning, proxies, body limits, content types, redirects)
// run against the real server in tests/e2e/security-suite.spec.ts.

describe.each(testDialects)("hardening on %s", (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("refuses self-identification and finishing once the invitation is withdrawn", async () => {
    const org = await organizationWithCandidates(t.context, "Withdrawn", 0);
    const [inv] = await createCandidateInvitations(
      t.context.db,
      org.organizationId,
      org.roleId,
      [{ name: "Wanda", email: "wanda@example.com" }],
      { createdByUserId: org.ownerUserId },
    );
    await startInvitedAttempt(t.context.db, {
      id: inv!.id,
      organizationId: org.organizationId,
      token: inv!.token,
    });
    await t.context.db
      .updateTable("candidate_invitations")
      .set({ revoked_at: new Date().toISOString() })
      .where("id", "=", inv!.id)
      .execute();
    const forms: Array<Record<string, string>> = [
      { intent: "skip-self-id" },
      { intent: "self-id", sex: "female" },
      { intent: "finish" },
    ];
    for (const form of forms) {
      const res = await callRoute(answerRoute.action, {
        context: t.context,
        path: `/a/${inv!.token}`,
        params: { token: inv!.token },
        form,
      });
      expect(res.status, JSON.stringify(form)).toBe(410);
    }
    const selfIds = await t.context.db.selectFrom("self_identifications").selectAll().execute();
    expect(selfIds).toEqual([]);
  });

  it("takes a removed member off the team map", async () => {
    const org = await organizationWithCandidates(t.context, "Team", 0);
    const managerJar = await memberWithRole(t.context, org.organizationId, "manager");
    const manager = await t.context.db
      .selectFrom("memberships")
      .select(["id", "user_id"])
      .where("organization_id", "=", org.organizationId)
      .where("role", "=", "manager")
      .executeTakeFirstOrThrow();
    await joinTeamMap(t.context.db, org.organizationId, manager.user_id);
    const owner = await signedIn(t.context, org.ownerEmail);
    const before = await callRoute(teamRoute.loader, { context: t.context, path: "/team", jar: owner });
    expect(JSON.stringify(before.data)).toContain("A manager");
    const res = await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "remove", membershipId: manager.id },
      jar: owner,
    });
    expect(res.status).toBe(302);
    const entries = await t.context.db
      .selectFrom("team_map_entries")
      .selectAll()
      .where("organization_id", "=", org.organizationId)
      .execute();
    expect(entries).toEqual([]);
    const after = await callRoute(teamRoute.loader, { context: t.context, path: "/team", jar: owner });
    expect(JSON.stringify(after.data)).not.toContain("A manager");
    // The former member cannot see the organization's map any more either.
    expect(
      (await callRoute(teamRoute.loader, { context: t.context, path: "/team", jar: managerJar })).status,
    ).not.toBe(200);
  });

  it("limits invitations per organization, however many addresses they come from", async () => {
    const org = await organizationWithCandidates(t.context, "Inviting", 0);
    const jar = await signedIn(t.context, org.ownerEmail);
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      const res = await callRoute(roleInvite.action, {
        context: t.withIp(`198.18.${i >> 8}.${i & 255}`),
        path: "/x",
        params: { roleId: org.roleId },
        form: { intent: "invite-one", name: `N ${i}`, email: `n${i}@example.com`, send: "link" },
        jar,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  it("refuses a list far over the row limit at once, with a short message instead of a report per row", async () => {
    const org = await organizationWithCandidates(t.context, "Huge list", 0);
    const jar = await signedIn(t.context, org.ownerEmail);
    // (A 100,000-row file is refused the same way; the unit tests parse one. Pasted text is capped at 200,000 characters.)
    const list = Array.from({ length: 5000 }, (_, i) => `b${i}`).join("\n");
    const res = await callRoute(roleInvite.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { intent: "invite-list", list, send: "link" },
      jar,
    });
    expect(res.status).toBe(413);
    expect(res.data.reply.error[""][0]).toMatch(/at most 500/);
    expect(JSON.stringify(res.data).length).toBeLessThan(1000);
  });

  it("lists at most a hundred bad rows and counts the rest", async () => {
    const org = await organizationWithCandidates(t.context, "Bad rows", 0);
    const jar = await signedIn(t.context, org.ownerEmail);
    const list = Array.from({ length: 1500 }, (_, i) => `bad-${i}`).join("\n");
    const res = await callRoute(roleInvite.action, {
      context: t.context,
      path: "/x",
      params: { roleId: org.roleId },
      form: { intent: "invite-list", list, send: "link" },
      jar,
    });
    expect(res.data.problems).toHaveLength(100);
    expect(res.data.moreProblems).toBe(1400);
  });

  it("runs a job once, retries a failing one with growing delays, and gives up after the last try", async () => {
    const calls: string[] = [];
    let failuresLeft = 2;
    const handlers = {
      flaky: async (payload: { n: number }) => {
        calls.push(`flaky ${payload.n}`);
        if (failuresLeft-- > 0) throw new Error("SMTP said no");
      },
      broken: async () => {
        calls.push("broken");
        throw new Error("always");
      },
    };
    let now = new Date("2030-01-01T00:00:00Z");
    const clock = () => now;
    await enqueueJob(t.context.db, {
      kind: "flaky",
      payload: { n: 1 },
      idempotencyKey: "flaky-1",
      runAt: now,
    });
    await enqueueJob(t.context.db, {
      kind: "flaky",
      payload: { n: 1 },
      idempotencyKey: "flaky-1",
      runAt: now,
    }); // ignored: same key
    expect(await runDueJobs(t.context.db, handlers, { now: clock })).toBe(1);
    // Not due again until the backoff has passed.
    expect(await runDueJobs(t.context.db, handlers, { now: clock })).toBe(0);
    now = new Date(now.getTime() + retryDelayMs(1));
    expect(await runDueJobs(t.context.db, handlers, { now: clock })).toBe(1);
    now = new Date(now.getTime() + retryDelayMs(2));
    expect(await runDueJobs(t.context.db, handlers, { now: clock })).toBe(1);
    expect(calls).toEqual(["flaky 1", "flaky 1", "flaky 1"]);
    const done = await t.context.db
      .selectFrom("jobs")
      .selectAll()
      .where("idempotency_key", "=", "flaky-1")
      .executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: "done", payload: "{}", attempts: 3 });
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    await enqueueJob(t.context.db, { kind: "broken", payload: {}, idempotencyKey: "broken-1", runAt: now });
    for (let i = 0; i < 12; i++) {
      await runDueJobs(t.context.db, handlers, { now: clock });
      now = new Date(now.getTime() + 5 * 60 * 60 * 1000);
    }
    const failed = await t.context.db
      .selectFrom("jobs")
      .selectAll()
      .where("idempotency_key", "=", "broken-1")
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: "failed", attempts: 10, last_error: "always" });
  });

  it("gives a job claimed by a process that died to another after its lease", async () => {
    const at = new Date("2031-01-01T00:00:00Z");
    await enqueueJob(t.context.db, { kind: "lease", payload: {}, idempotencyKey: "lease-1", runAt: at });
    const first = await claimNextJob(t.context.db, at);
    expect(first?.idempotency_key).toBe("lease-1");
    // The claimer "dies" here. Until the lease ends nobody else gets it; then someone does.
    expect(await claimNextJob(t.context.db, new Date(at.getTime() + 1000))).toBeNull();
    const again = await claimNextJob(t.context.db, new Date(at.getTime() + JOB_LEASE_MS + 1000));
    expect(again?.id).toBe(first?.id);
    await t.context.db.deleteFrom("jobs").where("id", "=", first!.id).execute();
  });

  it("counts one limit across two limiter instances (two app processes) and starts a new window after it", async () => {
    let now = 1_000_000;
    const a = createRateLimiter(t.context.database.counters, () => now);
    const b = createRateLimiter(t.context.database.counters, () => now);
    const key = `shared-${dialect}`;
    expect(await a.hit(key, 3, 60_000)).toBe(0);
    expect(await b.hit(key, 3, 60_000)).toBe(0);
    expect(await a.peek(key, 3, 60_000)).toBe(0);
    expect(await b.hit(key, 3, 60_000)).toBe(0);
    expect(await a.peek(key, 3, 60_000)).toBe(60);
    expect(await a.hit(key, 3, 60_000)).toBe(60);
    now += 30_000;
    expect(await b.hit(key, 3, 60_000)).toBe(30);
    now += 30_000;
    expect(await a.hit(key, 3, 60_000)).toBe(0);
    await a.reset(key);
    expect(await b.peek(key, 1, 60_000)).toBe(0);
  });
});

describe("files and logs (SQLite)", () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext("sqlite");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("leaves nothing of a self-assessment deleted from its report in the database file or the WAL", async () => {
    const token = await startSelfAssessment(t.context.db, "adaptive");
    const attempt = await t.context.db
      .selectFrom("attempts")
      .select("id")
      .where("token_hash", "=", hashToken(token))
      .executeTakeFirstOrThrow();
    await callRoute(answerRoute.action, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      form: { intent: "self-id", raceEthnicity: "white" },
    });
    const res = await callRoute(deleteRoute.action, {
      context: t.context,
      path: `/a/${token}/delete`,
      params: { token },
      form: {},
    });
    expect(res.status).toBe(302);
    const file = t.context.database.file!;
    for (const f of [file, `${file}-wal`]) {
      if (!fs.existsSync(f)) continue;
      const bytes = fs.readFileSync(f);
      expect(bytes.includes(Buffer.from(attempt.id)), f).toBe(false);
      expect(bytes.includes(Buffer.from(hashToken(token))), f).toBe(false);
    }
  });

  it("creates the data directory and database files readable by their owner only", () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-mode-")), "data");
    const database = openSqlite(path.join(dir, "rolefit.sqlite"));
    database.sqlite!.exec("create table t (x); insert into t values (1);");
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of ["rolefit.sqlite", "rolefit.sqlite-wal", "rolefit-counters.sqlite"]) {
      expect(fs.statSync(path.join(dir, f)).mode & 0o777, f).toBe(0o600);
    }
    void database.close();
  });

  it("prints no recipient, name or message text on the console when mail goes to the dev outbox", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const mailer = createMailer({
        db: t.context.db,
        from: "RoleFit <x@example.com>",
        outboxUrl: "http://localhost:3000/dev/outbox",
      });
      await mailer.deliver(
        {
          to: "zelda.secret@example.com",
          subject: "Hello Zelda Secretname",
          text: "Dear Zelda Secretname, https://x/i/abc",
        },
        { organizationId: null },
      );
      const printed = log.mock.calls.flat().join("\n");
      expect(printed).toMatch(/dev outbox/);
      expect(printed).not.toMatch(/zelda|Secretname|\/i\/abc/i);
    } finally {
      log.mockRestore();
    }
  });
});
