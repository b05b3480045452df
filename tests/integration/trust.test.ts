import fs from "node:fs";
import type { AppLoadContext } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLE_TEMPLATES, thetasMeeting } from "~/domain/fit/templates";
import { TRAIT_IDS } from "~/domain/instrument";
import * as attemptRoute from "~/routes/a.$token._index";
import * as candidatePage from "~/routes/_app.roles.$roleId.candidates.$candidateId";
import * as candidateExport from "~/routes/_app.roles.$roleId.candidates.$candidateId.export";
import * as eraseRoute from "~/routes/_app.roles.$roleId.candidates.$candidateId_.erase";
import * as roleExport from "~/routes/_app.roles.$roleId.export";
import * as roleFairness from "~/routes/_app.roles.$roleId.fairness";
import * as auditLog from "~/routes/_app.settings.audit._index";
import { createCandidateInvitations } from "~/server/candidate-invitations.server";
import { recordDecision } from "~/server/candidates.server";
import { enqueueMail } from "~/server/mail.server";
import { newId } from "~/server/ids.server";
import { currentVersion } from "~/server/instrument-versions.server";
import { purgeExpiredCandidates } from "~/server/retention.server";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import { memberWithRole, organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const template = ROLE_TEMPLATES.find((t) => t.id === "ae-enterprise")!;
const centres = thetasMeeting(template.targets);
const STRONG = Object.fromEntries(TRAIT_IDS.map((t) => [t, [centres[t], 0.3]]));
const WEAK = Object.fromEntries(TRAIT_IDS.map((t) => [t, [-3, 0.3]]));

/** A completed candidate with a chosen profile, self-ID and decision, written straight to the tables. */
async function scoredCandidate(
  context: AppLoadContext,
  org: { organizationId: string; roleId: string; ownerUserId: string },
  c: { name: string; sex: string | null; race: string | null; strong: boolean; advance: boolean },
) {
  const [inv] = await createCandidateInvitations(
    context.db,
    org.organizationId,
    org.roleId,
    [{ name: c.name, email: `${newId()}@example.com` }],
    { createdByUserId: org.ownerUserId },
  );
  const version = await currentVersion(context.db);
  const attemptId = newId();
  const now = new Date().toISOString();
  await context.db
    .insertInto("attempts")
    .values({
      id: attemptId,
      token_hash: newId(),
      kind: "invited",
      organization_id: org.organizationId,
      invitation_id: inv!.id,
      instrument_version_id: version.id,
      form: "adaptive",
      seed: 1,
      status: "completed",
      consented_at: now,
      created_at: now,
      updated_at: now,
      last_answer_at: now,
      completed_at: now,
    })
    .execute();
  await context.db
    .insertInto("attempt_scores")
    .values({
      attempt_id: attemptId,
      instrument_version_id: version.id,
      scores: "{}",
      sales_orientation: 0,
      marketing_orientation: 0,
      quality_flag_count: 0,
      computed_at: now,
      profile: JSON.stringify(c.strong ? STRONG : WEAK),
    })
    .execute();
  if (c.sex || c.race)
    await context.db
      .insertInto("self_identifications")
      .values({ attempt_id: attemptId, sex: c.sex, race_ethnicity: c.race, age_band: null, created_at: now })
      .execute();
  await recordDecision(context.db, org.organizationId, inv!.id, c.advance ? "advance" : "reject", {
    userId: org.ownerUserId,
    name: "Owner",
  });
  return inv!;
}

describe.each(testDialects)("trust on %s", (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("shows the bias audit of a hand-computed role, hiding cells under five people", async () => {
    const org = await organizationWithCandidates(t.context, "Audited", 0);
    const people: Array<{ sex: string | null; race: string | null; strong: boolean; advance: boolean }> = [];
    for (let i = 0; i < 10; i++)
      people.push({ sex: "female", race: i < 6 ? "white" : "asian", strong: i < 3, advance: i < 4 });
    for (let i = 0; i < 10; i++)
      people.push({ sex: "male", race: i < 5 ? "white" : "black", strong: i < 7, advance: i < 6 });
    people.push(
      { sex: "prefer-not-to-say", race: null, strong: false, advance: false },
      { sex: "prefer-not-to-say", race: null, strong: false, advance: false },
    );
    for (const [i, p] of people.entries())
      await scoredCandidate(t.context, org, { name: `Person ${i}`, ...p });
    const jar = await signedIn(t.context, org.ownerEmail);
    const res = await callRoute(roleFairness.loader, {
      context: t.context,
      path: `/roles/${org.roleId}/fairness`,
      params: { roleId: org.roleId },
      jar,
    });
    expect(res.status).toBe(200);
    const audit = res.data.audit;
    expect(audit.n).toBe(22);
    const cell = (tables: any[], title: string, key: string) =>
      tables.find((x) => x.title === title).cells.find((c: any) => c.key === key);
    // Selection: women 4/10, men 6/10 → impact 0.667, below four fifths.
    expect(cell(audit.selection, "Sex", "female")).toMatchObject({ n: 10, rate: 0.4, belowFourFifths: true });
    expect(cell(audit.selection, "Sex", "female").impactRatio).toBeCloseTo(2 / 3, 10);
    expect(cell(audit.selection, "Sex", "male")).toMatchObject({ n: 10, rate: 0.6, impactRatio: 1 });
    expect(audit.selection[0].unknown).toBe(2);
    // Race: white = 6 women (4 selected) + 5 men (5 selected) = 9/11; black 1/5; asian 4 people → hidden.
    expect(cell(audit.selection, "Race/ethnicity", "white")).toMatchObject({ n: 11, rate: 9 / 11 });
    expect(cell(audit.selection, "Race/ethnicity", "black")).toMatchObject({ n: 5, rate: 0.2 });
    expect(cell(audit.selection, "Race/ethnicity", "asian")).toMatchObject({
      n: 4,
      hidden: true,
      rate: null,
      impactRatio: null,
    });
    expect(cell(audit.selection, "Sex × race/ethnicity", "female | asian")).toMatchObject({ hidden: true });
    expect(cell(audit.selection, "Sex × race/ethnicity", "male | white")).toMatchObject({ n: 5, rate: 1 });
    // Scoring: 10 strong of 22; every weak fit is equal to the median, so only strong ones count.
    expect(cell(audit.scoring, "Sex", "female")).toMatchObject({ rate: 0.3 });
    expect(cell(audit.scoring, "Sex", "male")).toMatchObject({ rate: 0.7, impactRatio: 1 });
    expect(cell(audit.scoring, "Sex", "female").impactRatio).toBeCloseTo(0.3 / 0.7, 10);
  });

  it("writes exactly one audit row per view, export, decision and erasure", async () => {
    const org = await organizationWithCandidates(t.context, "Logged", 2);
    const jar = await signedIn(t.context, org.ownerEmail);
    const params = { roleId: org.roleId, candidateId: org.invitations[0]!.id };
    const count = async (action: string) =>
      Number(
        (
          await t.context.db
            .selectFrom("audit_events")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("organization_id", "=", org.organizationId)
            .where("action", "=", action as never)
            .executeTakeFirstOrThrow()
        ).n,
      );
    await callRoute(candidatePage.loader, { context: t.context, path: "/c", params, jar });
    expect(await count("candidate.view")).toBe(1);
    await callRoute(candidateExport.loader, { context: t.context, path: "/c/export", params, jar });
    expect(await count("candidate.export")).toBe(1);
    await callRoute(roleExport.loader, {
      context: t.context,
      path: "/e",
      params: { roleId: org.roleId },
      jar,
    });
    expect(await count("role.export")).toBe(1);
    await callRoute(candidatePage.action, {
      context: t.context,
      path: "/c",
      params,
      form: { intent: "decide", decision: "hold" },
      jar,
    });
    expect(await count("candidate.decide")).toBe(1);
    // The page reloading its data after its own action (single fetch's .data request, or the
    // redirect back without JavaScript) is the same view; arriving from elsewhere is a new one.
    const fromPage = { Referer: "http://localhost:3000/c" };
    await callRoute(candidatePage.loader, {
      context: t.context,
      path: "/c.data?_routes=routes%2Fc",
      params,
      jar,
      headers: fromPage,
    });
    await callRoute(candidatePage.loader, { context: t.context, path: "/c", params, jar, headers: fromPage });
    expect(await count("candidate.view")).toBe(1);
    await callRoute(candidatePage.loader, {
      context: t.context,
      path: "/c",
      params,
      jar,
      headers: { Referer: "http://localhost:3000/roles" },
    });
    expect(await count("candidate.view")).toBe(2);
    await callRoute(eraseRoute.action, { context: t.context, path: "/c/erase", params, form: {}, jar });
    expect(await count("candidate.erase")).toBe(1);
    expect(await count("candidate.view")).toBe(2);
    const rows = await t.context.db
      .selectFrom("audit_events")
      .selectAll()
      .where("organization_id", "=", org.organizationId)
      .execute();
    expect(JSON.stringify(rows)).not.toMatch(/Logged Candidate/);
    const log = await callRoute(auditLog.loader, { context: t.context, path: "/settings/audit", jar });
    expect(log.data.rows.map((r: { action: string }) => r.action)).toContain("Erased a candidate");
    // The log reads in names, looked up now: the erased candidate's rows say so, the role has its title.
    type Row = { action: string; subject: { label: string; href: string | null } };
    const subjects = (action: string) =>
      log.data.rows.filter((r: Row) => r.action === action).map((r: Row) => r.subject);
    expect(subjects("Erased a candidate")).toEqual([{ label: "Erased candidate", href: null }]);
    expect(subjects("Exported a role's candidates")).toEqual([
      { label: "Role “Logged AE”", href: `/roles/${org.roleId}` },
    ]);
    await callRoute(candidatePage.loader, {
      context: t.context,
      path: "/c",
      params: { roleId: org.roleId, candidateId: org.invitations[1]!.id },
      jar,
    });
    const later = await callRoute(auditLog.loader, { context: t.context, path: "/settings/audit", jar });
    expect(later.data.rows[0].subject).toEqual({
      label: "Logged Candidate 2",
      href: `/roles/${org.roleId}/candidates/${org.invitations[1]!.id}`,
    });
    for (const r of later.data.rows as Row[]) expect(r.subject.label).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const manager = await memberWithRole(t.context, org.organizationId, "manager");
    expect(
      (await callRoute(auditLog.loader, { context: t.context, path: "/settings/audit", jar: manager }))
        .status,
    ).toBe(403);
    expect(
      (
        await callRoute(eraseRoute.action, {
          context: t.context,
          path: "/c/erase",
          params: { roleId: org.roleId, candidateId: org.invitations[1]!.id },
          form: {},
          jar: manager,
        })
      ).status,
    ).toBe(403);
  });

  it("erases a candidate so that their name and email appear nowhere, not even in the database file", async () => {
    const org = await organizationWithCandidates(t.context, "Erasing", 0);
    const canaryName = "Zyxqvort Canarysson";
    const canaryEmail = "zyxqvort.canary7731@example.org";
    const [inv] = await createCandidateInvitations(
      t.context.db,
      org.organizationId,
      org.roleId,
      [{ name: canaryName, email: canaryEmail }],
      { createdByUserId: org.ownerUserId },
    );
    const { seedCompletedAttempt, demoPerson } = await import("~/server/demo-data.server");
    await seedCompletedAttempt(t.context.db, {
      person: demoPerson(7, 0.5),
      seed: 7,
      kind: "invited",
      organizationId: org.organizationId,
      invitationId: inv!.id,
      token: inv!.token,
      selfId: { sex: "female" },
      startedAt: new Date(),
    });
    // One email delivered to the outbox, one still queued.
    await enqueueMail(
      t.context.db,
      { to: canaryEmail, subject: `Hello ${canaryName}`, text: `Dear ${canaryName}` },
      { organizationId: org.organizationId },
    );
    await t.runJobs();
    await enqueueMail(
      t.context.db,
      { to: canaryEmail, subject: "Reminder", text: `Dear ${canaryName}, a reminder` },
      { organizationId: org.organizationId },
    );
    const jar: CookieJar = await signedIn(t.context, org.ownerEmail);
    const params = { roleId: org.roleId, candidateId: inv!.id };
    await callRoute(candidatePage.action, {
      context: t.context,
      path: "/c",
      params,
      form: { intent: "note", body: `Spoke with ${canaryName} (${canaryEmail})` },
      jar,
    });
    await callRoute(candidatePage.action, {
      context: t.context,
      path: "/c",
      params,
      form: { intent: "decide", decision: "advance" },
      jar,
    });

    const res = await callRoute(eraseRoute.action, {
      context: t.context,
      path: "/c/erase",
      params,
      form: {},
      jar,
    });
    expect(res.status).toBe(302);
    // The candidate's own link now says the data was erased, not "check that you copied the whole link".
    const resume = await callRoute(attemptRoute.loader, {
      context: t.context,
      path: `/a/${inv!.token}`,
      params: { token: inv!.token },
    });
    expect(resume.status).toBe(410);
    expect(resume.data.message).toMatch(/was deleted/);

    const tables = await allTableNames(t.context, dialect);
    for (const table of tables) {
      const rows = await t.context.db
        .selectFrom(table as never)
        .selectAll()
        .execute();
      const text = JSON.stringify(rows);
      expect(text.includes("Canarysson"), `table ${table}`).toBe(false);
      expect(text.includes("canary7731"), `table ${table}`).toBe(false);
    }
    if (dialect === "sqlite") {
      const file = t.context.database.file!;
      for (const path of [file, `${file}-wal`]) {
        if (!fs.existsSync(path)) continue;
        const bytes = fs.readFileSync(path);
        expect(bytes.includes(Buffer.from("Canarysson")), path).toBe(false);
        expect(bytes.includes(Buffer.from("canary7731")), path).toBe(false);
      }
    }
  });

  it("erasing a candidate leaves another organization's mail to the same address alone", async () => {
    const org = await organizationWithCandidates(t.context, "Erasing two", 0);
    const other = await organizationWithCandidates(t.context, "Other employer", 0);
    const email = `shared-${newId()}@example.org`;
    const [inv] = await createCandidateInvitations(
      t.context.db,
      org.organizationId,
      org.roleId,
      [{ name: "Shared Person", email }],
      { createdByUserId: org.ownerUserId },
    );
    await enqueueMail(
      t.context.db,
      { to: email, subject: "From us", text: "Hello" },
      { organizationId: org.organizationId },
    );
    await enqueueMail(
      t.context.db,
      { to: email, subject: "From the other employer", text: "Hello" },
      { organizationId: other.organizationId },
    );
    await t.runJobs();
    await enqueueMail(
      t.context.db,
      { to: email, subject: "Queued at the other employer", text: "Hello" },
      { organizationId: other.organizationId },
    );
    const jar: CookieJar = await signedIn(t.context, org.ownerEmail);
    const res = await callRoute(eraseRoute.action, {
      context: t.context,
      path: "/c/erase",
      params: { roleId: org.roleId, candidateId: inv!.id },
      form: {},
      jar,
    });
    expect(res.status).toBe(302);
    const outbox = await t.context.db
      .selectFrom("outbox_messages")
      .select(["subject"])
      .where("to_address", "=", email)
      .execute();
    expect(outbox.map((m) => m.subject)).toEqual(["From the other employer"]);
    const queued = await t.context.db
      .selectFrom("jobs")
      .select("organization_id")
      .where("recipient", "=", email)
      .where("status", "=", "pending")
      .execute();
    expect(queued).toEqual([{ organization_id: other.organizationId }]);
  });

  it("purges exactly the candidates with no activity for longer than the retention period, decided on or not", async () => {
    const org = await organizationWithCandidates(t.context, "Retained", 5);
    const other = await organizationWithCandidates(t.context, "Forever", 1);
    await t.context.db
      .updateTable("organizations")
      .set({ retention_days: 30 })
      .where("id", "=", org.organizationId)
      .execute();
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    // Everything in both organizations happened 100 days ago unless a step below says otherwise.
    const ids = [...org.invitations, ...other.invitations].map((i) => i.id);
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
    const [old, recent, redecided, undecided, noted] = org.invitations;
    const decide = async (invitationId: string, days: number, organizationId = org.organizationId) =>
      t.context.db
        .insertInto("candidate_decisions")
        .values({
          id: newId(),
          organization_id: organizationId,
          invitation_id: invitationId,
          decision: "reject",
          decided_by_user_id: null,
          decided_by_name: "x",
          decided_at: daysAgo(days),
        })
        .execute();
    await decide(old!.id, 40);
    await decide(recent!.id, 10);
    await decide(redecided!.id, 45);
    await decide(redecided!.id, 5);
    await decide(other.invitations[0]!.id, 400, other.organizationId);
    await t.context.db
      .insertInto("candidate_notes")
      .values({
        id: newId(),
        organization_id: org.organizationId,
        invitation_id: noted!.id,
        author_user_id: null,
        author_name: "x",
        body: "call back",
        created_at: daysAgo(3),
      })
      .execute();
    // Two who never started: one whose link expired long ago, one whose renewed link still works.
    const [stale, waiting] = await createCandidateInvitations(
      t.context.db,
      org.organizationId,
      org.roleId,
      [
        { name: "Stale", email: "stale@example.com" },
        { name: "Waiting", email: "waiting@example.com" },
      ],
      { createdByUserId: null },
    );
    await t.context.db
      .updateTable("candidate_invitations")
      .set({ created_at: daysAgo(100), expires_at: daysAgo(86) })
      .where("id", "=", stale!.id)
      .execute();
    await t.context.db
      .updateTable("candidate_invitations")
      .set({ created_at: daysAgo(100), expires_at: daysAgo(-5) })
      .where("id", "=", waiting!.id)
      .execute();

    expect(await purgeExpiredCandidates(t.context.db)).toBe(3);
    const left = await t.context.db
      .selectFrom("candidate_invitations")
      .select("id")
      .where("organization_id", "in", [org.organizationId, other.organizationId])
      .execute();
    expect(left.map((r) => r.id).sort()).toEqual(
      [recent!.id, redecided!.id, noted!.id, waiting!.id, other.invitations[0]!.id].sort(),
    );
    const erased = await t.context.db
      .selectFrom("audit_events")
      .select(["actor_name", "subject_id"])
      .where("action", "=", "candidate.erase")
      .where("organization_id", "=", org.organizationId)
      .execute();
    expect(erased.map((e) => e.subject_id).sort()).toEqual([old!.id, undecided!.id, stale!.id].sort());
    expect(new Set(erased.map((e) => e.actor_name))).toEqual(new Set(["Retention policy"]));
    expect(await purgeExpiredCandidates(t.context.db)).toBe(0);
  });
});

async function allTableNames(context: AppLoadContext, dialect: string): Promise<string[]> {
  const { sql } = await import("kysely");
  if (dialect === "postgres") {
    const r = await sql<{
      tablename: string;
    }>`select tablename from pg_tables where schemaname = 'public'`.execute(context.db);
    return r.rows.map((x) => x.tablename);
  }
  const r = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(context.db);
  return r.rows.map((x) => x.name);
}
