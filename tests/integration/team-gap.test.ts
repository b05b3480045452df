// Team-gap hiring through the pages and the API: a manager links a role to a team, the list and
// GET /api/v1/roles/{id}/candidates?order=team order its candidates for that team, and another
// organization's scenario cannot be linked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument";
import * as editRoute from "~/routes/_app.roles.$roleId.edit";
import * as roleRoute from "~/routes/_app.roles.$roleId._index";
import * as candidatesRoute from "~/routes/api.v1.roles.$roleId.candidates._index";
import * as chartRoute from "~/routes/_app.org.scenarios.$scenarioId.chart";
import * as fillRoute from "~/routes/_app.org.scenarios.$scenarioId.fill";
import { shareOnTeamMap } from "~/server/demo-data.server";
import { createScenario } from "~/server/org-scenarios.server";
import { findRole } from "~/server/roles.server";
import { callApi } from "./support/api-contract.ts";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import {
  organizationWithCandidates,
  ownerApiKey,
  signedIn,
  type OrganizationWithCandidates,
} from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

describe.each(testDialects)("team-gap hiring on %s", (dialect) => {
  let t: TestContext;
  let a: OrganizationWithCandidates;
  let owner: CookieJar;
  let key: string;
  let foreignScenario: string;

  beforeAll(async () => {
    t = await createTestContext(dialect);
    a = await organizationWithCandidates(t.context, "Alpha", 4);
    const b = await organizationWithCandidates(t.context, "Bravo", 1);
    foreignScenario = await createScenario(t.context.db, b.organizationId, {
      name: "Bravo plan",
      createdByUserId: b.ownerUserId,
    });
    // The owner shares an assessment: strong at discovery and the pipeline, weak at closing.
    const traits = Object.fromEntries(
      TRAIT_IDS.map((trait) => [
        trait,
        trait === "closing-drive" || trait === "persuasion" ? -1.2 : trait === "discovery" ? 1.6 : 0.8,
      ]),
    ) as Record<TraitId, number>;
    await shareOnTeamMap(t.context.db, a.organizationId, a.ownerUserId, { traits, balance: 0 }, 77);
    owner = await signedIn(t.context, a.ownerEmail);
    key = (await ownerApiKey(t.context, a, "Alpha reader", "read")).key;
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const saveTeam = (team: string) =>
    callRoute(editRoute.action, {
      context: t.context,
      path: `/roles/${a.roleId}/edit`,
      params: { roleId: a.roleId },
      form: { intent: "team", team },
      jar: owner,
    });
  const list = (query: string) =>
    callRoute(roleRoute.loader, {
      context: t.context,
      path: `/roles/${a.roleId}${query}`,
      params: { roleId: a.roleId },
      jar: owner,
    });

  it("offers the team map, refuses a team it cannot find, and links the chosen one", async () => {
    const page = await callRoute(editRoute.loader, {
      context: t.context,
      path: `/roles/${a.roleId}/edit`,
      params: { roleId: a.roleId },
      jar: owner,
    });
    expect(page.data.team.value).toBe("");
    expect(page.data.team.choices[0]).toEqual({ value: "team-map", label: "Team map (1 shared)" });

    const bad = await saveTeam("scenario:../../etc");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.data.reply.error)).toMatch(/Choose a team from the list/);
    const foreign = await saveTeam(`scenario:${foreignScenario}:ceo`);
    expect(foreign.status).toBe(400);
    expect(JSON.stringify(foreign.data.reply.error)).toMatch(/no longer in this organization/);
    expect((await findRole(t.context.db, a.organizationId, a.roleId))!.teamLink).toBeNull();

    const saved = await saveTeam("team-map");
    expect(saved.status).toBe(302);
    expect((await findRole(t.context.db, a.organizationId, a.roleId))!.teamLink).toEqual({
      kind: "team-map",
    });
  });

  it("orders the list for the team, with what each candidate adds, and keeps fit order by default", async () => {
    const byFit = await list("");
    expect(byFit.data.team).toMatchObject({ ordered: false });
    expect(byFit.data.page.rows.every((r: { adds: string | null }) => r.adds === null)).toBe(true);
    const forTeam = await list("?order=team");
    expect(forTeam.data.team).toMatchObject({ ordered: true, label: "Team map", members: 1 });
    const rows = forTeam.data.page.rows as Array<{ rank: string; adds: string | null; teamGain: number }>;
    expect(rows.map((r) => r.rank)).toEqual(["1", "2", "3", "4"]);
    for (const row of rows) expect(row.adds).toMatch(/^adds /);
  });

  it("answers order=team on the API with each completed candidate's team figures", async () => {
    const team = await callApi("listCandidates", candidatesRoute.loader as never, {
      context: t.context,
      path: `/api/v1/roles/${a.roleId}/candidates?order=team`,
      key,
      params: { roleId: a.roleId },
    });
    expect(team.status).toBe(200);
    const ranks = team.data.data.map((c: { team: { rank: number } }) => c.team.rank);
    expect(ranks).toEqual([1, 2, 3, 4]);
    for (const c of team.data.data) {
      expect(c.team.coverageAfter).toBeCloseTo(c.team.coverageBefore + c.team.teamGain, 8);
      expect(c.team.adds.every((trait: string) => (TRAIT_IDS as readonly string[]).includes(trait))).toBe(
        true,
      );
    }
    const fit = await callApi("listCandidates", candidatesRoute.loader as never, {
      context: t.context,
      path: `/api/v1/roles/${a.roleId}/candidates`,
      key,
      params: { roleId: a.roleId },
    });
    expect(fit.data.data.every((c: object) => !("team" in c))).toBe(true);
  });

  it("fills an open seat of a scenario from the role's candidates, in the order for the seat's team", async () => {
    const scenarioId = await createScenario(t.context.db, a.organizationId, {
      name: "Alpha plan",
      createdByUserId: a.ownerUserId,
    });
    const chart = await callRoute(chartRoute.loader, {
      context: t.context,
      path: `/org/scenarios/${scenarioId}/chart`,
      params: { scenarioId },
      jar: owner,
    });
    const open = chart.data.openSeats as Array<{ id: string; title: string; open: number }>;
    expect(open.length).toBeGreaterThan(0);
    const fill = (query: string) =>
      callRoute(fillRoute.loader, {
        context: t.context,
        path: `/org/scenarios/${scenarioId}/fill${query}`,
        params: { scenarioId },
        jar: owner,
      });
    const page = await fill(`?seat=${open[0]!.id}`);
    expect(page.status).toBe(200);
    expect(page.data.seat).toMatchObject({ id: open[0]!.id, placed: 0 });
    expect(page.data.role).toEqual({ id: a.roleId, title: "Alpha AE" });
    expect(page.data.rows.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3, 4]);
    for (const row of page.data.rows) expect(row.adds).toMatch(/^adds /);
    expect((await fill("?seat=no-such-seat")).status).toBe(404);
    // Another organization's scenario is not found at all.
    const foreign = await callRoute(fillRoute.loader, {
      context: t.context,
      path: `/org/scenarios/${foreignScenario}/fill?seat=${open[0]!.id}`,
      params: { scenarioId: foreignScenario },
      jar: owner,
    });
    expect(foreign.status).toBe(404);
  });
});
