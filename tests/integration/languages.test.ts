// The candidate flow in the candidate's language: which language a page is in (the switcher, the
// employer's choice, the browser), that the attempt records it and shows its items in it, that the
// report and the invitation email are written in it, and that the workspace stays English.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DE_MESSAGES } from "~/domain/i18n/messages/de";
import { ES_MESSAGES } from "~/domain/i18n/messages/es";
import { FR_MESSAGES } from "~/domain/i18n/messages/fr";
import { ES_ITEM_TEXTS } from "~/domain/instrument/translations/es";
import { candidateContent } from "~/domain/i18n/content";
import * as assessRoute from "~/routes/assess";
import * as attemptRoute from "~/routes/a.$token._index";
import * as inviteRoute from "~/routes/i.$token";
import * as languageRoute from "~/routes/language";
import * as editRoute from "~/routes/_app.roles.$roleId.edit";
import * as inviteFormRoute from "~/routes/_app.roles.$roleId.invite";
import { findAttempt } from "~/server/attempts.server";
import { recordDecision } from "~/server/candidates.server";
import { statusEmailFor } from "~/server/status-emails.server";
import { defaultStatusEmailTemplate } from "~/domain/hiring/status-email";
import { callRoute, CookieJar } from "./support/call-route.ts";
import { organizationWithCandidates, signedIn, type OrganizationWithCandidates } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

describe.each(testDialects)("candidate languages on %s", (dialect) => {
  let t: TestContext;
  let a: OrganizationWithCandidates;
  let owner: CookieJar;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    a = await organizationWithCandidates(t.context, "Alpha", 1);
    owner = await signedIn(t.context, a.ownerEmail);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** The queued email to one address whose job reference starts with `reference`. */
  async function mailTo(address: string, reference: string) {
    const job = await t.context.db
      .selectFrom("jobs")
      .select("payload")
      .where("recipient", "=", address.toLowerCase())
      .where("reference", "like", `${reference}%`)
      .executeTakeFirstOrThrow();
    return (JSON.parse(job.payload) as { message: { subject: string; text: string } }).message;
  }

  it("follows the browser's language, and the switcher outranks it", async () => {
    const german = await callRoute(assessRoute.loader, {
      context: t.context,
      path: "/assess",
      headers: { "Accept-Language": "de-CH,de;q=0.9,en;q=0.5" },
    });
    expect(german.data.i18n.locale).toBe("de");
    expect(german.data.meta.title).toBe(DE_MESSAGES["assess.metaTitle"]);
    expect(german.data.traits[0].name).toBe(candidateContent("de").traits["rejection-resilience"].name);

    const jar = new CookieJar();
    const switched = await callRoute(languageRoute.action, {
      context: t.context,
      path: "/language",
      form: { locale: "fr", returnTo: "/assess" },
      jar,
    });
    expect(switched.status).toBe(302);
    expect(switched.location).toBe("/assess");
    const french = await callRoute(assessRoute.loader, {
      context: t.context,
      path: "/assess",
      headers: { "Accept-Language": "de" },
      jar,
    });
    expect(french.data.i18n.locale).toBe("fr");
    expect(french.data.meta.title).toBe(FR_MESSAGES["assess.metaTitle"]);
    // The words are not in the page's data: the browser loads the language's catalogue once.
    expect(french.data.i18n).toEqual({ locale: "fr" });
  });

  it("refuses a switcher post that would send the candidate to another site", async () => {
    const res = await callRoute(languageRoute.action, {
      context: t.context,
      path: "/language",
      form: { locale: "es", returnTo: "//evil.example/phish" },
    });
    expect(res.status).toBe(302);
    expect(res.location).toBe("/");
    const unknown = await callRoute(languageRoute.action, {
      context: t.context,
      path: "/language",
      form: { locale: "xx", returnTo: "/assess" },
    });
    expect(unknown.status).toBe(400);
  });

  it("records the attempt's language and shows its questions in it", async () => {
    const res = await callRoute(assessRoute.action, {
      context: t.context,
      path: "/assess",
      form: { consent: "yes", form: "short" },
      headers: { "Accept-Language": "es-ES,es;q=0.9" },
    });
    const token = res.location!.split("/").pop()!;
    expect((await findAttempt(t.context.db, token))!.locale).toBe("es");
    await callRoute(attemptRoute.action, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      form: { intent: "skip-self-id" },
    });
    // Whatever the browser says now, the attempt's pages are in the attempt's language.
    const page = await callRoute(attemptRoute.loader, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      headers: { "Accept-Language": "en" },
    });
    expect(page.data.i18n.locale).toBe("es");
    const screen = page.data.screen;
    const written = Object.values(ES_ITEM_TEXTS);
    const shown = screen.text ? [screen.text] : screen.options.map((o: { label: string }) => o.label);
    expect(shown.every((text: string) => written.includes(text))).toBe(true);
    expect([
      ES_MESSAGES["question.likertPrompt"],
      ES_MESSAGES["question.pairPrompt"],
      ES_MESSAGES["question.scenarioPrompt"],
    ]).toContain(screen.prompt);

    // The switcher on an unfinished attempt changes its language.
    await callRoute(languageRoute.action, {
      context: t.context,
      path: "/language",
      form: { locale: "de", returnTo: `/a/${token}`, attempt: token },
    });
    expect((await findAttempt(t.context.db, token))!.locale).toBe("de");
  });

  it("opens an invitation in the role's language, and the email is written in it", async () => {
    const saved = await callRoute(editRoute.action, {
      context: t.context,
      path: `/roles/${a.roleId}/edit`,
      params: { roleId: a.roleId },
      form: { intent: "language", locale: "fr" },
      jar: owner,
    });
    expect(saved.status).toBe(302);
    const invited = await callRoute(inviteFormRoute.action, {
      context: t.context,
      path: `/roles/${a.roleId}/invite`,
      params: { roleId: a.roleId },
      form: { intent: "invite-one", name: "Camille Martin", email: "camille@example.com", send: "email" },
      jar: owner,
    });
    expect(invited.status).toBe(200);
    const token = invited.data.created[0].link.split("/i/")[1];
    const message = await mailTo("camille@example.com", "candidate-invitation:");
    expect(message.text.startsWith(FR_MESSAGES["email.greeting"].replace("{name}", "Camille Martin"))).toBe(
      true,
    );
    expect(message.subject).not.toMatch(/invites you/);

    const page = await callRoute(inviteRoute.loader, {
      context: t.context,
      path: `/i/${token}`,
      params: { token },
      headers: { "Accept-Language": "en-US" },
    });
    expect(page.data.i18n.locale).toBe("fr");
    const start = await callRoute(inviteRoute.action, {
      context: t.context,
      path: `/i/${token}`,
      params: { token },
      form: { consent: "yes" },
    });
    expect(start.status).toBe(302);
    expect((await findAttempt(t.context.db, token))!.locale).toBe("fr");
  });

  it("says that a link does not work in the candidate's language, error page included", async () => {
    const token = "x".repeat(43);
    const res = await callRoute(attemptRoute.loader, {
      context: t.context,
      path: `/a/${token}`,
      params: { token },
      headers: { "Accept-Language": "fr-CA,fr;q=0.9" },
    });
    expect(res.status).toBe(404);
    expect(res.data.message).toBe(FR_MESSAGES["questionnaire.invalid"]);
    expect(res.data.page).toMatchObject({
      locale: "fr",
      title: FR_MESSAGES["error.linkTitle"],
      home: FR_MESSAGES["error.home"],
    });
  });

  it("sends the default status email in the language the candidate answered in", async () => {
    const inv = a.invitations[0]!;
    await t.context.db
      .updateTable("attempts")
      .set({ locale: "es" })
      .where("invitation_id", "=", inv.id)
      .execute();
    const decider = {
      organizationId: a.organizationId,
      organizationName: "Alpha",
      user: { email: a.ownerEmail },
    };
    const email = await statusEmailFor(t.context.db, decider, "SDR", "http://localhost:3000");
    const actor = { userId: a.ownerUserId, name: "Owner" };
    expect(await recordDecision(t.context.db, a.organizationId, inv.id, "reject", actor, { email })).toBe(
      true,
    );
    const message = await mailTo(inv.email, "candidate-status:");
    const spanish = defaultStatusEmailTemplate("reject", "es");
    expect(message.subject).toBe(
      spanish.subject.replace("{role_title}", "SDR").replace("{organization_name}", "Alpha"),
    );
    expect(message.text.startsWith("Hola, ")).toBe(true);
  });

  it("refuses a language the employer cannot set", async () => {
    const res = await callRoute(editRoute.action, {
      context: t.context,
      path: `/roles/${a.roleId}/edit`,
      params: { roleId: a.roleId },
      form: { intent: "language", locale: "klingon" },
      jar: owner,
    });
    expect(res.status).toBe(400);
  });
});
