// /settings lists every settings page; each page the index says a role may open opens for that
// role, and each it says is closed refuses it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MemberRole } from "~/domain/accounts/policy";
import { SETTINGS_PAGES } from "~/domain/accounts/settings-pages";
import * as settingsIndex from "~/routes/_app.settings._index";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import { memberWithRole, organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const routeModules = import.meta.glob("../../app/routes/_app.settings.*.tsx", { eager: true }) as Record<
  string,
  { loader: Parameters<typeof callRoute>[0] }
>;

/** The route module behind a settings path: /settings/webhooks → _app.settings.webhooks._index.tsx. */
function moduleFor(path: string) {
  const name = path.replace(/^\//, "").replace(/\//g, ".");
  const mod =
    routeModules[`../../app/routes/_app.${name}.tsx`] ??
    routeModules[`../../app/routes/_app.${name}._index.tsx`];
  if (!mod) throw new Error(`no route for ${path}`);
  return mod;
}

describe.each(testDialects)("the settings index on %s", (dialect) => {
  let t: TestContext;
  const jars = {} as Record<MemberRole, CookieJar>;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    const org = await organizationWithCandidates(t.context, "Alpha", 0);
    jars.owner = await signedIn(t.context, org.ownerEmail);
    jars.manager = await memberWithRole(t.context, org.organizationId, "manager");
    jars.viewer = await memberWithRole(t.context, org.organizationId, "viewer");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("answers /settings with every settings page instead of a not-found page", async () => {
    const res = await callRoute(settingsIndex.loader, {
      context: t.context,
      path: "/settings",
      jar: jars.owner,
    });
    expect(res.status).toBe(200);
    expect(res.data.pages.map((p: { path: string }) => p.path)).toEqual(SETTINGS_PAGES.map((p) => p.path));
    expect(res.data.pages.every((p: { open: boolean }) => p.open)).toBe(true);
  });

  it("asks for a signed-in member", async () => {
    const res = await callRoute(settingsIndex.loader, { context: t.context, path: "/settings" });
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/login/);
  });

  it.each(["manager", "viewer"] as const)("says to a %s exactly which pages open for them", async (role) => {
    const res = await callRoute(settingsIndex.loader, {
      context: t.context,
      path: "/settings",
      jar: jars[role],
    });
    for (const page of res.data.pages as Array<{ path: string; open: boolean }>) {
      const opened = await callRoute(moduleFor(page.path).loader, {
        context: t.context,
        path: page.path,
        jar: jars[role],
      });
      expect({ path: page.path, status: opened.status === 200 ? "opens" : opened.status }).toEqual({
        path: page.path,
        status: page.open ? "opens" : 403,
      });
    }
  });
});
