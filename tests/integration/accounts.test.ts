import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as joinRoute from "~/routes/join.$token";
import * as loginRoute from "~/routes/login";
import * as logoutRoute from "~/routes/logout";
import * as forgotRoute from "~/routes/forgot-password";
import * as resetRoute from "~/routes/reset-password.$token";
import * as signupRoute from "~/routes/signup";
import * as confirmRoute from "~/routes/signup_.confirm.$token";
import * as dashboardRoute from "~/routes/_app.dashboard";
import * as membersRoute from "~/routes/_app.settings.members";
import * as passwordRoute from "~/routes/_app.account.password";
import * as switchRoute from "~/routes/organizations.switch";
import * as healthRoute from "~/routes/healthz";
import { callRoute, CookieJar } from "./support/call-route.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const PASSWORD = "harbor-violet-tuesday";

describe.each(testDialects)("accounts and organizations on %s", (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const count = async (table: "users" | "organizations" | "memberships" | "sessions") =>
    Number(
      (
        await t.context.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  let clients = 0;
  /** Sign-up as a person does it: the form, the queued email, then the confirmation link. */
  async function requestSignUp(email: string, organizationName = "Acme") {
    // Each sign-up from its own address: sign-ups are rate-limited per IP (tested below).
    const res = await callRoute(signupRoute.action, {
      context: t.withIp(`192.0.2.${++clients}`),
      path: "/signup",
      form: { name: "Ada Lovelace", email, organizationName, password: PASSWORD },
    });
    await t.runJobs();
    return res;
  }
  async function signUp(email: string, organizationName = "Acme") {
    const requested = await requestSignUp(email, organizationName);
    expect(requested.status).toBe(200);
    const path = await latestMailLink(email);
    const token = path.split("/").pop()!;
    const jar = new CookieJar();
    const res = await callRoute(confirmRoute.action, {
      context: t.context,
      path,
      params: { token },
      form: {},
      jar,
    });
    return { res, jar, path, token };
  }

  async function latestMail(to: string) {
    await t.runJobs();
    return t.context.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where("to_address", "=", to)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
  }

  async function latestMailLink(to: string): Promise<string> {
    const mail = await latestMail(to);
    const link = mail.text_body.match(/https?:\/\/\S+/)?.[0];
    if (!link) throw new Error("no link in mail");
    expect(new URL(link).origin).toBe("http://localhost:3000");
    return new URL(link).pathname;
  }

  it("signs up a user with an organization they own once the emailed link is confirmed, and signs them in", async () => {
    const requested = await requestSignUp("ada@example.com");
    expect(requested.data.sentTo).toBe("ada@example.com");
    expect(await count("users")).toBe(0);
    const path = await latestMailLink("ada@example.com");
    expect(path).toMatch(/^\/signup\/confirm\//);
    const token = path.split("/").pop()!;
    const page = await callRoute(confirmRoute.loader, { context: t.context, path, params: { token } });
    expect(page.data.pending).toMatchObject({ email: "ada@example.com", organizationName: "Acme" });
    expect(await count("users")).toBe(0);
    const jar = new CookieJar();
    const res = await callRoute(confirmRoute.action, {
      context: t.context,
      path,
      params: { token },
      form: {},
      jar,
    });
    expect(res.status).toBe(302);
    expect(res.location).toBe("/dashboard");
    expect(jar.get("rf_session")).toBeTruthy();
    const dash = await callRoute(dashboardRoute.loader, { context: t.context, path: "/dashboard", jar });
    expect(dash.status).toBe(200);
    expect(dash.data.organizationName).toBe("Acme");
    expect(dash.data.role).toBe("owner");
  });

  it("answers a sign-up with a taken address exactly like a new one, and emails the owner instead", async () => {
    const before = [await count("users"), await count("organizations")];
    const taken = await requestSignUp("ADA@example.com", "Second");
    const fresh = await callRoute(signupRoute.action, {
      context: t.withIp("192.0.2.250"),
      path: "/signup",
      form: {
        name: "Ada Lovelace",
        email: "someone-new@example.com",
        organizationName: "Second",
        password: PASSWORD,
      },
    });
    expect(taken.status).toBe(fresh.status);
    expect(Object.keys(taken.data)).toEqual(Object.keys(fresh.data));
    expect(taken.data.sentTo).toBe("ada@example.com");
    await t.runJobs();
    const mail = await latestMail("ada@example.com");
    expect(mail.subject).toMatch(/already have a RoleFit account/);
    expect(mail.text_body).not.toMatch(/signup\/confirm/);
    expect([await count("users"), await count("organizations")]).toEqual(before);
  });

  it("uses a confirmation link once, and refuses an expired one", async () => {
    const { path, token } = await signUp("once@example.com");
    const again = await callRoute(confirmRoute.action, {
      context: t.context,
      path,
      params: { token },
      form: {},
    });
    expect(again.status).toBe(410);
    await requestSignUp("late@example.com");
    const late = await latestMailLink("late@example.com");
    await t.context.db
      .updateTable("pending_signups")
      .set({ expires_at: "2000-01-01T00:00:00.000Z" })
      .where("email", "=", "late@example.com")
      .execute();
    const expired = await callRoute(confirmRoute.loader, {
      context: t.context,
      path: late,
      params: { token: late.split("/").pop()! },
    });
    expect(expired.status).toBe(410);
    expect(expired.data.problem).toMatch(/expired/);
  });

  it("refuses a weak password and an invalid email next to their fields", async () => {
    const res = await callRoute(signupRoute.action, {
      context: t.context,
      path: "/signup",
      form: { name: "Bob", email: "not-an-email", organizationName: "B", password: "password123" },
    });
    expect(res.status).toBe(400);
    expect(res.data.result.error.email[0]).toMatch(/valid email/);
    expect(res.data.result.error.password[0]).toMatch(/at least 10|easy to guess/);
  });

  it("refuses breached and guessable passwords however they are disguised", async () => {
    for (const password of ["qwerty1234", "Password1!", "P@ssw0rd!!", "Welcome2024"]) {
      const res = await callRoute(signupRoute.action, {
        context: t.withIp(`192.0.2.${++clients}`),
        path: "/signup",
        form: { name: "Bob", email: "bob@example.com", organizationName: "B", password },
      });
      expect(res.status, password).toBe(400);
      expect(res.data.result.error.password[0], password).toMatch(/easy to guess/);
    }
  });

  it("signs in with the right password, with a new session id each time, and refuses a wrong one", async () => {
    const wrong = await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "ada@example.com", password: "nope-nope-nope" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.data.error[""][0]).toMatch(/don't match/);

    const first = new CookieJar();
    const ok1 = await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "ada@example.com", password: PASSWORD },
      jar: first,
    });
    expect(ok1.status).toBe(302);
    const second = first.clone();
    await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "ada@example.com", password: PASSWORD },
      jar: second,
    });
    expect(second.get("rf_session")).not.toBe(first.get("rf_session"));
  });

  it("keeps a login redirect on this site", async () => {
    const jar = new CookieJar();
    const res = await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "ada@example.com", password: PASSWORD, redirectTo: "//evil.example/steal" },
      jar,
    });
    expect(res.location).toBe("/dashboard");
  });

  it("treats a tampered session cookie as signed out", async () => {
    const { jar } = await signUp("tamper@example.com");
    const value = jar.get("rf_session")!;
    jar.set("rf_session", value.slice(0, -3) + (value.endsWith("A") ? "BBB" : "AAA"));
    const res = await callRoute(dashboardRoute.loader, { context: t.context, path: "/dashboard", jar });
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/login\?redirectTo=/);
  });

  it("ends the session on the server at logout, so a copied cookie stops working", async () => {
    const { jar } = await signUp("logout@example.com");
    const copy = jar.clone();
    const out = await callRoute(logoutRoute.action, { context: t.context, path: "/logout", form: {}, jar });
    expect(out.location).toBe("/login");
    const replay = await callRoute(dashboardRoute.loader, {
      context: t.context,
      path: "/dashboard",
      jar: copy,
    });
    expect(replay.status).toBe(302);
    expect(replay.location).toMatch(/^\/login/);
  });

  it("throttles failed logins per account with 429 and a clear message, even for the right password", async () => {
    await signUp("throttle@example.com");
    const ctx = t.withIp("10.9.9.9");
    for (let i = 0; i < 10; i++) {
      const r = await callRoute(loginRoute.action, {
        context: ctx,
        path: "/login",
        form: { email: "throttle@example.com", password: `wrong-${i}-guess` },
      });
      expect(r.status).toBe(400);
    }
    const blocked = await callRoute(loginRoute.action, {
      context: t.withIp("10.9.9.10"),
      path: "/login",
      form: { email: "throttle@example.com", password: PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.data.error[""][0]).toMatch(/Too many failed sign-in attempts/);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
  });

  it("resets a password through the emailed link once, ending all sessions", async () => {
    const { jar } = await signUp("reset@example.com");
    const sent = await callRoute(forgotRoute.action, {
      context: t.context,
      path: "/forgot-password",
      form: { email: "reset@example.com" },
    });
    expect(sent.data.sent).toBe(true);
    const unknown = await callRoute(forgotRoute.action, {
      context: t.context,
      path: "/forgot-password",
      form: { email: "nobody@example.com" },
    });
    expect(unknown.data).toEqual(sent.data);
    // Both requests did the same work (one queued job each); the job finds out which is real.
    const jobs = await t.context.db
      .selectFrom("jobs")
      .select("recipient")
      .where("kind", "=", "password-reset")
      .execute();
    expect(jobs.map((j) => j.recipient).sort()).toEqual(["nobody@example.com", "reset@example.com"]);
    await t.runJobs();
    expect(
      await t.context.db
        .selectFrom("outbox_messages")
        .select("id")
        .where("to_address", "=", "nobody@example.com")
        .execute(),
    ).toEqual([]);

    const path = await latestMailLink("reset@example.com");
    const token = path.split("/").pop()!;
    const page = await callRoute(resetRoute.loader, { context: t.context, path, params: { token } });
    expect(page.data.problem).toBeNull();

    const mismatch = await callRoute(resetRoute.action, {
      context: t.context,
      path,
      params: { token },
      form: { password: "a-new-long-secret", confirm: "different-one-here" },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.data.error.confirm[0]).toMatch(/don't match/);

    const done = await callRoute(resetRoute.action, {
      context: t.context,
      path,
      params: { token },
      form: { password: "a-new-long-secret", confirm: "a-new-long-secret" },
    });
    expect(done.location).toBe("/login");
    const old = await callRoute(dashboardRoute.loader, { context: t.context, path: "/dashboard", jar });
    expect(old.location).toMatch(/^\/login/);

    const reused = await callRoute(resetRoute.action, {
      context: t.context,
      path,
      params: { token },
      form: { password: "another-long-secret", confirm: "another-long-secret" },
    });
    expect(reused.status).toBe(410);
    expect(reused.data.error[""][0]).toMatch(/already been used/);

    const login = await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "reset@example.com", password: "a-new-long-secret" },
    });
    expect(login.status).toBe(302);
  });

  it("refuses an expired or malformed reset link with 4xx", async () => {
    await callRoute(forgotRoute.action, {
      context: t.context,
      path: "/forgot-password",
      form: { email: "ada@example.com" },
    });
    await t.runJobs();
    const path = await latestMailLink("ada@example.com");
    const token = path.split("/").pop()!;
    await t.context.db
      .updateTable("password_resets")
      .set({ expires_at: "2000-01-01T00:00:00.000Z" })
      .execute();
    const expired = await callRoute(resetRoute.loader, { context: t.context, path, params: { token } });
    expect(expired.status).toBe(410);
    expect(expired.data.problem).toMatch(/expired/);
    const junk = await callRoute(resetRoute.loader, {
      context: t.context,
      path: "/reset-password/x",
      params: { token: "x'; drop table users;--" },
    });
    expect(junk.status).toBe(404);
  });

  it("invites a colleague who creates an account and sees the organization", async () => {
    const { jar: owner } = await signUp("owner@example.com", "Globex");
    const invite = await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "invite", email: "colleague@example.com", role: "manager" },
      jar: owner,
    });
    expect(invite.status).toBe(302);
    const path = await latestMailLink("colleague@example.com");
    const token = path.split("/").pop()!;

    const page = await callRoute(joinRoute.loader, { context: t.context, path, params: { token } });
    expect(page.data.mode).toBe("create");
    expect(page.data.invitation.organizationName).toBe("Globex");

    const colleague = new CookieJar();
    const accepted = await callRoute(joinRoute.action, {
      context: t.context,
      path,
      params: { token },
      form: { intent: "create", name: "Cole League", password: PASSWORD },
      jar: colleague,
    });
    expect(accepted.location).toBe("/dashboard");
    const dash = await callRoute(dashboardRoute.loader, {
      context: t.context,
      path: "/dashboard",
      jar: colleague,
    });
    expect(dash.data.organizationName).toBe("Globex");
    expect(dash.data.role).toBe("manager");

    const again = await callRoute(joinRoute.loader, { context: t.context, path, params: { token } });
    expect(again.status).toBe(410);
  });

  it("lets an existing account accept an invitation to a second organization and switch", async () => {
    const { jar: owner } = await signUp("owner2@example.com", "Initech");
    await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "invite", email: "ada@example.com", role: "viewer" },
      jar: owner,
    });
    const path = await latestMailLink("ada@example.com");
    const token = path.split("/").pop()!;
    const ada = new CookieJar();
    await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "ada@example.com", password: PASSWORD },
      jar: ada,
    });
    const page = await callRoute(joinRoute.loader, { context: t.context, path, params: { token }, jar: ada });
    expect(page.data.mode).toBe("join");
    await callRoute(joinRoute.action, { context: t.context, path, params: { token }, form: {}, jar: ada });
    const dash = await callRoute(dashboardRoute.loader, { context: t.context, path: "/dashboard", jar: ada });
    expect(dash.data.organizationName).toBe("Initech");
    expect(dash.data.role).toBe("viewer");

    const orgs = await t.context.db
      .selectFrom("organizations")
      .select(["id", "name"])
      .where("name", "=", "Acme")
      .execute();
    const back = await callRoute(switchRoute.action, {
      context: t.context,
      path: "/organizations/switch",
      form: { organizationId: orgs[0]!.id },
      jar: ada,
    });
    expect(back.status).toBe(302);
    expect(
      (await callRoute(dashboardRoute.loader, { context: t.context, path: "/dashboard", jar: ada })).data
        .organizationName,
    ).toBe("Acme");
  });

  it("refuses unknown, malformed and expired invitations with 4xx", async () => {
    const unknown = await callRoute(joinRoute.loader, {
      context: t.context,
      path: "/join/abc",
      params: { token: "abc" },
    });
    expect(unknown.status).toBe(404);
    const { jar: owner } = await signUp("owner3@example.com", "Hooli");
    await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "invite", email: "late@example.com", role: "viewer" },
      jar: owner,
    });
    const path = await latestMailLink("late@example.com");
    await t.context.db
      .updateTable("team_invitations")
      .set({ expires_at: "2000-01-01T00:00:00.000Z" })
      .where("email", "=", "late@example.com")
      .execute();
    const token = path.split("/").pop()!;
    const expired = await callRoute(joinRoute.loader, { context: t.context, path, params: { token } });
    expect(expired.status).toBe(410);
    const post = await callRoute(joinRoute.action, {
      context: t.context,
      path,
      params: { token },
      form: { intent: "create", name: "Late", password: PASSWORD },
    });
    expect(post.status).toBe(410);
    expect(
      await t.context.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", "late@example.com")
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it("lets only owners invite and remove, and keeps each organization's members to itself", async () => {
    const viewer = new CookieJar();
    await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "ada@example.com", password: PASSWORD },
      jar: viewer,
    });
    const initech = await t.context.db
      .selectFrom("organizations")
      .select("id")
      .where("name", "=", "Initech")
      .executeTakeFirstOrThrow();
    await callRoute(switchRoute.action, {
      context: t.context,
      path: "/organizations/switch",
      form: { organizationId: initech.id },
      jar: viewer,
    });
    const denied = await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "invite", email: "x@example.com", role: "owner" },
      jar: viewer,
    });
    expect(denied.status).toBe(403);

    // Globex's owner tries to remove a member of Hooli by id: not found, and nothing changes.
    const globexOwner = new CookieJar();
    await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "owner@example.com", password: PASSWORD },
      jar: globexOwner,
    });
    const hooliMembership = await t.context.db
      .selectFrom("memberships")
      .innerJoin("organizations", "organizations.id", "memberships.organization_id")
      .select("memberships.id")
      .where("organizations.name", "=", "Hooli")
      .executeTakeFirstOrThrow();
    const before = await count("memberships");
    const cross = await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "remove", membershipId: hooliMembership.id },
      jar: globexOwner,
    });
    expect(cross.status).toBe(404);
    const malformed = await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "remove", membershipId: "1 or 1=1" },
      jar: globexOwner,
    });
    expect(malformed.status).toBe(404);
    expect(await count("memberships")).toBe(before);

    const hooli = await t.context.db
      .selectFrom("organizations")
      .select("id")
      .where("name", "=", "Hooli")
      .executeTakeFirstOrThrow();
    const sneak = await callRoute(switchRoute.action, {
      context: t.context,
      path: "/organizations/switch",
      form: { organizationId: hooli.id },
      jar: globexOwner,
    });
    expect(sneak.status).toBe(404);
  });

  it("lets only an owner change a member's role, and never demotes the last owner", async () => {
    const owner = new CookieJar();
    await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "owner@example.com", password: PASSWORD },
      jar: owner,
    });
    const colleagueJar = new CookieJar();
    await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "colleague@example.com", password: PASSWORD },
      jar: colleagueJar,
    });
    const members = async () =>
      (await callRoute(membersRoute.loader, { context: t.context, path: "/settings/members", jar: owner }))
        .data.members;
    const find = async (email: string) => (await members()).find((m: { email: string }) => m.email === email);
    const change = (jar: CookieJar, membershipId: string, role: string) =>
      callRoute(membersRoute.action, {
        context: t.context,
        path: "/settings/members",
        form: { intent: "change-role", membershipId, role },
        jar,
      });
    const me = await find("owner@example.com");
    const colleague = await find("colleague@example.com");

    // A manager cannot change roles, not even their own.
    expect((await change(colleagueJar, colleague.id, "owner")).status).toBe(403);
    expect((await find("colleague@example.com")).role).toBe("manager");

    // The only owner cannot step down; the refusal says why.
    const alone = await change(owner, me.id, "viewer");
    expect(alone.status).toBe(302);
    expect((await find("owner@example.com")).role).toBe("owner");

    expect((await change(owner, colleague.id, "viewer")).status).toBe(302);
    expect(
      (await callRoute(dashboardRoute.loader, { context: t.context, path: "/dashboard", jar: colleagueJar }))
        .data.role,
    ).toBe("viewer");
    // With a second owner, the first may step down, and then the second one is the last owner.
    await change(owner, colleague.id, "owner");
    expect((await change(owner, me.id, "manager")).status).toBe(302);
    expect((await find("owner@example.com")).role).toBe("manager");
    await change(colleagueJar, colleague.id, "manager");
    expect((await find("colleague@example.com")).role).toBe("owner");
    // Put things back for the next test: owner@ owns Globex again and the colleague manages.
    await change(colleagueJar, me.id, "owner");
    await change(owner, colleague.id, "manager");
    expect([(await find("owner@example.com")).role, (await find("colleague@example.com")).role]).toEqual([
      "owner",
      "manager",
    ]);
    // Bad input and another organization's member: 404, nothing changes.
    expect((await change(owner, colleague.id, "superuser")).status).toBe(404);
    expect((await change(owner, "00000000-0000-4000-8000-000000000000", "viewer")).status).toBe(404);
  });

  it("keeps the last owner and lets an owner remove a member", async () => {
    const owner = new CookieJar();
    await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "owner@example.com", password: PASSWORD },
      jar: owner,
    });
    const list = await callRoute(membersRoute.loader, {
      context: t.context,
      path: "/settings/members",
      jar: owner,
    });
    const me = list.data.members.find((m: { email: string }) => m.email === "owner@example.com");
    const colleague = list.data.members.find((m: { email: string }) => m.email === "colleague@example.com");
    const self = await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "remove", membershipId: me.id },
      jar: owner,
    });
    expect(self.status).toBe(302);
    expect(
      (await callRoute(membersRoute.loader, { context: t.context, path: "/settings/members", jar: owner }))
        .data.members,
    ).toHaveLength(2);
    await callRoute(membersRoute.action, {
      context: t.context,
      path: "/settings/members",
      form: { intent: "remove", membershipId: colleague.id },
      jar: owner,
    });
    expect(
      (await callRoute(membersRoute.loader, { context: t.context, path: "/settings/members", jar: owner }))
        .data.members,
    ).toHaveLength(1);
  });

  it("changes the password, ending other sessions but keeping this one", async () => {
    const { jar } = await signUp("change@example.com");
    const other = new CookieJar();
    await callRoute(loginRoute.action, {
      context: t.context,
      path: "/login",
      form: { email: "change@example.com", password: PASSWORD },
      jar: other,
    });
    const wrong = await callRoute(passwordRoute.action, {
      context: t.context,
      path: "/account/password",
      form: {
        currentPassword: "not-it-at-all",
        password: "brand-new-secret-1",
        confirm: "brand-new-secret-1",
      },
      jar,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.data.error.currentPassword[0]).toMatch(/not your current password/);
    const ok = await callRoute(passwordRoute.action, {
      context: t.context,
      path: "/account/password",
      form: { currentPassword: PASSWORD, password: "brand-new-secret-1", confirm: "brand-new-secret-1" },
      jar,
    });
    expect(ok.location).toBe("/dashboard");
    expect(
      (await callRoute(dashboardRoute.loader, { context: t.context, path: "/dashboard", jar })).status,
    ).toBe(200);
    expect(
      (await callRoute(dashboardRoute.loader, { context: t.context, path: "/dashboard", jar: other }))
        .location,
    ).toMatch(/^\/login/);
  });

  it("throttles wrong current passwords on the change-password form like failed logins", async () => {
    const { jar } = await signUp("guess@example.com");
    for (let i = 0; i < 10; i++) {
      const r = await callRoute(passwordRoute.action, {
        context: t.withIp(`203.0.113.${i}`),
        path: "/account/password",
        form: {
          currentPassword: `wrong-guess-${i}`,
          password: "brand-new-secret-1",
          confirm: "brand-new-secret-1",
        },
        jar,
      });
      expect(r.status).toBe(400);
    }
    const blocked = await callRoute(passwordRoute.action, {
      context: t.withIp("203.0.113.99"),
      path: "/account/password",
      form: { currentPassword: PASSWORD, password: "brand-new-secret-1", confirm: "brand-new-secret-1" },
      jar,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.data.error[""][0]).toMatch(/Too many wrong passwords/);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
  });

  it("rate-limits sign-ups from one address with 429", async () => {
    const ctx = t.withIp("198.51.100.7");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await callRoute(signupRoute.action, {
        context: ctx,
        path: "/signup",
        form: { name: "Spam", email: "bad", organizationName: "x", password: "x" },
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("reports the database status on /healthz", async () => {
    const res = await callRoute(healthRoute.loader, { context: t.context, path: "/healthz" });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ status: "ok", database: { dialect, status: "ok" } });
  });
});
