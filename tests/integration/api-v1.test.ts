import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "~/domain/api/openapi";
import { hashToken } from "~/server/ids.server";
import { revokeApiKey } from "~/server/api-keys.server";
import { API_RATE_LIMIT } from "~/server/api.server";
import { lookUpCandidateInvitation } from "~/server/candidate-invitations.server";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { evaluateScenarioFile } from "~/cli/commands/org-evaluate";
import { createScenario, findScenario, scenarioFile } from "~/server/org-scenarios.server";
import { updateOrganizationSettings, findOrganizationSettings } from "~/server/organization-settings.server";
import * as openapiRoute from "~/routes/api.v1.openapi[.]json";
import * as docsRoute from "~/routes/api.v1.docs";
import * as rolesRoute from "~/routes/api.v1.roles._index";
import * as roleRoute from "~/routes/api.v1.roles.$roleId._index";
import * as invitationsRoute from "~/routes/api.v1.roles.$roleId.invitations";
import * as withdrawRoute from "~/routes/api.v1.invitations.$invitationId.withdraw";
import * as candidatesRoute from "~/routes/api.v1.roles.$roleId.candidates._index";
import * as candidateRoute from "~/routes/api.v1.roles.$roleId.candidates.$candidateId._index";
import * as decisionsRoute from "~/routes/api.v1.roles.$roleId.candidates.$candidateId.decisions";
import * as biasAuditRoute from "~/routes/api.v1.bias-audit";
import * as scenariosRoute from "~/routes/api.v1.scenarios._index";
import * as evaluationRoute from "~/routes/api.v1.scenarios.$scenarioId.evaluation";
import * as settingsRoute from "~/routes/_app.settings.api-keys";
import * as sendTestRoute from "~/routes/api.greenhouse.send_test";
import * as responseErrorRoute from "~/routes/api.greenhouse.response_error";
import { basicAuthorization, callApi, expectProblem } from "./support/api-contract.ts";
import { callRoute } from "./support/call-route.ts";
import {
  memberWithRole,
  organizationsWithApiKeys,
  ownerApiKey,
  type OrganizationWithCandidates,
  signedIn,
} from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

// The REST API v1 through its route modules: keys and scopes, isolation between organizations,
// pagination, problem details, the audit log, and every response checked against the OpenAPI
// document's schema for its operation (see support/api-contract.ts).

const apiModules = import.meta.glob("../../app/routes/api.v1.*.{ts,tsx}", { eager: true }) as Record<
  string,
  { loader?: unknown; action?: unknown; default?: unknown }
>;

/** The URL path of a flat route file name, e.g. api.v1.roles.$roleId._index → /api/v1/roles/{roleId}. */
function routePath(file: string): string {
  const name = file
    .split("/")
    .pop()!
    .replace(/\.tsx?$/, "");
  // "[.]" escapes a literal dot (openapi[.]json); other dots separate segments.
  const segments = name
    .replaceAll("[.]", "~")
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) => (s.startsWith("$") ? `{${s.slice(1)}}` : s.replaceAll("~", ".")));
  return `/${segments.join("/")}`;
}

describe("the OpenAPI document", () => {
  const doc = openApiDocument("https://rolefit.example");

  it("has every API route module and method, and nothing else", () => {
    const fromRoutes: string[] = [];
    for (const [file, mod] of Object.entries(apiModules)) {
      const path = routePath(file);
      // The document itself and its reference page are not operations of the API.
      if (path === "/api/v1/openapi.json" || path === "/api/v1/docs") continue;
      if (mod.loader) fromRoutes.push(`get ${path}`);
      if (mod.action) fromRoutes.push(`post ${path}`);
    }
    const fromDocument = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    expect(fromRoutes.sort()).toEqual(fromDocument.sort());
    expect(fromDocument.length).toBe(11);
  });

  it("is OpenAPI 3.1 with every referenced schema defined", () => {
    expect(doc.openapi).toBe("3.1.0");
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs.length).toBeGreaterThan(30);
    for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
    // Requests are described as clients send them: defaulted fields are optional.
    const invite = doc.components.schemas.CreateInvitationsRequest as { required: string[] };
    expect(invite.required).toEqual(["candidates"]);
  });
});

describe.each(testDialects)("REST API v1 on %s", (dialect) => {
  let t: TestContext;
  let a: OrganizationWithCandidates;
  let b: OrganizationWithCandidates;
  let writeKey: string;
  let readKey: string;
  let bKey: string;
  let aScenarioId: string;
  let bScenarioId: string;

  beforeAll(async () => {
    t = await createTestContext(dialect);
    ({ a, b, writeKey, readKey, bKey } = await organizationsWithApiKeys(t.context, {
      a: { name: "Alpha", candidates: 3, writeKey: "Alpha sync", readKey: "Alpha reader" },
      b: { name: "Bravo", candidates: 2, writeKey: "Bravo sync" },
    }));
    aScenarioId = await createScenario(t.context.db, a.organizationId, {
      name: "Alpha plan",
      createdByUserId: a.ownerUserId,
    });
    bScenarioId = await createScenario(t.context.db, b.organizationId, {
      name: "Bravo plan",
      createdByUserId: b.ownerUserId,
    });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** GET /api/v1/roles with this key. */
  const listRoles = (key: string) =>
    callApi("listRoles", rolesRoute.loader as never, { context: t.context, path: "/api/v1/roles", key });

  const count = async (table: "roles" | "candidate_invitations" | "candidate_decisions") =>
    Number(
      (
        await t.context.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("serves the OpenAPI document and a reference page without a key", async () => {
    const res = await callRoute(openapiRoute.loader as never, {
      context: t.context,
      path: "/api/v1/openapi.json",
    });
    expect(res.status).toBe(200);
    expect(res.data.openapi).toBe("3.1.0");
    expect(res.data.servers[0].url).toBe("http://localhost:3000");
    const page = await callRoute(docsRoute.loader as never, { context: t.context, path: "/api/v1/docs" });
    expect(page.data.operations.map((o: { op: { operationId: string } }) => o.op.operationId)).toContain(
      "listCandidates",
    );
  });

  it("refuses a missing, unknown or revoked key with 401 problem details", async () => {
    const missing = await callApi("listRoles", rolesRoute.loader as never, {
      context: t.context,
      path: "/api/v1/roles",
    });
    expectProblem(missing, 401);
    expect(missing.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(missing.data).toMatchObject({ type: "about:blank", title: "Unauthorized" });
    expectProblem(await listRoles("rf_" + "x".repeat(43)), 401);
    const doomed = await ownerApiKey(t.context, a, "Doomed");
    expect((await listRoles(doomed.key)).status).toBe(200);
    expect(await revokeApiKey(t.context.db, a.organizationId, doomed.id)).toBe(true);
    expectProblem(await listRoles(doomed.key), 401);
  });

  it("a read key reads but cannot write (403, nothing created)", async () => {
    expect((await listRoles(readKey)).status).toBe(200);
    const before = await count("roles");
    const res = await callApi("createRole", rolesRoute.action as never, {
      context: t.context,
      path: "/api/v1/roles",
      key: readKey,
      json: { from: "template", title: "Read-only attempt", templateId: "sdr" },
    });
    expectProblem(res, 403);
    expect(await count("roles")).toBe(before);
    const decide = await callApi("recordDecision", decisionsRoute.action as never, {
      context: t.context,
      path: "/x",
      key: readKey,
      params: { roleId: a.roleId, candidateId: a.invitations[0]!.id },
      json: { decision: "advance" },
    });
    expectProblem(decide, 403);
  });

  it("creates roles from a template and from a job analysis; bad input is a 400 with per-field errors", async () => {
    const fromTemplate = await callApi("createRole", rolesRoute.action as never, {
      context: t.context,
      path: "/api/v1/roles",
      key: writeKey,
      json: { from: "template", title: "SDR, Nordics", templateId: "sdr" },
    });
    expect(fromTemplate.data).toMatchObject({
      title: "SDR, Nordics",
      source: "template",
      templateId: "sdr",
      status: "active",
    });
    const fromAnalysis = await callApi("createRole", rolesRoute.action as never, {
      context: t.context,
      path: "/api/v1/roles",
      key: writeKey,
      json: { from: "job-analysis", title: "Hybrid", ratings: { "sales-qualify": 4, "sales-needs": 3 } },
    });
    expect(fromAnalysis.data.source).toBe("job-analysis");
    expect(fromAnalysis.data.jobAnalysis["sales-qualify"]).toBe(4);
    expect(fromAnalysis.data.jobAnalysis["sales-territory"]).toBe(0);
    const bad = await callApi("createRole", rolesRoute.action as never, {
      context: t.context,
      path: "/api/v1/roles",
      key: writeKey,
      json: { from: "template", title: "", templateId: "astronaut" },
    });
    expectProblem(bad, 400);
    expect(bad.data.errors.map((e: { field: string }) => e.field).sort()).toEqual(["templateId", "title"]);
    const notJson = await callRoute(rolesRoute.action as never, {
      context: t.context,
      path: "/api/v1/roles",
      headers: { Authorization: `Bearer ${writeKey}` },
      form: { title: "x" },
    });
    expectProblem(notJson, 415);
    const brokenJson = await callRoute(rolesRoute.action as never, {
      context: t.context,
      path: "/api/v1/roles",
      method: "POST",
      headers: { Authorization: `Bearer ${writeKey}`, "Content-Type": "application/json" },
      form: {},
    });
    expectProblem(brokenJson, 400);
  });

  it("pages through roles with an opaque cursor, every role once", async () => {
    const all = await t.context.db
      .selectFrom("roles")
      .select("id")
      .where("organization_id", "=", a.organizationId)
      .where("status", "=", "active")
      .execute();
    expect(all.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await callApi("listRoles", rolesRoute.loader as never, {
        context: t.context,
        path: `/api/v1/roles?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        key: readKey,
      });
      expect(res.data.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.data.data.map((r: { id: string }) => r.id));
      cursor = res.data.next;
      pages++;
    } while (cursor && pages < 10);
    expect(seen.sort()).toEqual(all.map((r) => r.id).sort());
    expect(pages).toBe(Math.ceil(all.length / 2));
    const tooMany = await callApi("listRoles", rolesRoute.loader as never, {
      context: t.context,
      path: "/api/v1/roles?limit=101",
      key: readKey,
    });
    expectProblem(tooMany, 400);
    expect(tooMany.data.errors[0].field).toBe("limit");
    expectProblem(
      await callApi("listRoles", rolesRoute.loader as never, {
        context: t.context,
        path: "/api/v1/roles?cursor=bm9wZQ",
        key: readKey,
      }),
      400,
    );
  });

  it("never reaches another organization: its ids are 404, like ids of nothing", async () => {
    const nothing = crypto.randomUUID();
    const own = await callApi("getRole", roleRoute.loader as never, {
      context: t.context,
      path: "/r",
      key: readKey,
      params: { roleId: a.roleId },
    });
    expect(own.data.id).toBe(a.roleId);
    const foreign = await callApi("getRole", roleRoute.loader as never, {
      context: t.context,
      path: "/r",
      key: readKey,
      params: { roleId: b.roleId },
    });
    const missing = await callApi("getRole", roleRoute.loader as never, {
      context: t.context,
      path: "/r",
      key: readKey,
      params: { roleId: nothing },
    });
    expectProblem(foreign, 404);
    expect(foreign.data).toEqual(missing.data);
    expectProblem(
      await callApi("getRole", roleRoute.loader as never, {
        context: t.context,
        path: "/r",
        key: readKey,
        params: { roleId: "not-an-id" },
      }),
      404,
    );
    expectProblem(
      await callApi("listCandidates", candidatesRoute.loader as never, {
        context: t.context,
        path: "/c",
        key: readKey,
        params: { roleId: b.roleId },
      }),
      404,
    );
    for (const params of [
      { roleId: b.roleId, candidateId: b.invitations[0]!.id },
      { roleId: a.roleId, candidateId: b.invitations[0]!.id },
    ]) {
      expectProblem(
        await callApi("getCandidateReport", candidateRoute.loader as never, {
          context: t.context,
          path: "/c",
          key: readKey,
          params,
        }),
        404,
      );
      expectProblem(
        await callApi("recordDecision", decisionsRoute.action as never, {
          context: t.context,
          path: "/c",
          key: writeKey,
          params,
          json: { decision: "reject" },
        }),
        404,
      );
    }
    expectProblem(
      await callApi("withdrawInvitation", withdrawRoute.action as never, {
        context: t.context,
        path: "/w",
        key: writeKey,
        params: { invitationId: b.invitations[0]!.id },
      }),
      404,
    );
    expectProblem(
      await callApi("createInvitations", invitationsRoute.action as never, {
        context: t.context,
        path: "/i",
        key: writeKey,
        params: { roleId: b.roleId },
        json: { candidates: [{ name: "X", email: "x@example.com" }] },
      }),
      404,
    );
    expectProblem(
      await callApi("getBiasAudit", biasAuditRoute.loader as never, {
        context: t.context,
        path: `/api/v1/bias-audit?roleId=${b.roleId}`,
        key: readKey,
      }),
      404,
    );
    expectProblem(
      await callApi("evaluateScenario", evaluationRoute.loader as never, {
        context: t.context,
        path: "/e",
        key: readKey,
        params: { scenarioId: bScenarioId },
      }),
      404,
    );
    const scenarios = await callApi("listScenarios", scenariosRoute.loader as never, {
      context: t.context,
      path: "/api/v1/scenarios",
      key: readKey,
    });
    expect(scenarios.data.data.map((s: { id: string }) => s.id)).toEqual([aScenarioId]);
    // B's key sees B only.
    const bRoles = await listRoles(bKey);
    expect(bRoles.data.data.map((r: { id: string }) => r.id)).toEqual([b.roleId]);
    const bDecisions = await t.context.db
      .selectFrom("candidate_decisions")
      .selectAll()
      .where("organization_id", "=", b.organizationId)
      .execute();
    expect(bDecisions).toEqual([]);
  });

  it("lists a role's candidates ranked, with status, fit, 80% interval and rank, page by page", async () => {
    const first = await callApi("listCandidates", candidatesRoute.loader as never, {
      context: t.context,
      path: "/c?limit=2",
      key: readKey,
      params: { roleId: a.roleId },
    });
    expect(first.data.data).toHaveLength(2);
    expect(first.data.next).toBeTypeOf("string");
    const second = await callApi("listCandidates", candidatesRoute.loader as never, {
      context: t.context,
      path: `/c?limit=2&cursor=${encodeURIComponent(first.data.next)}`,
      key: readKey,
      params: { roleId: a.roleId },
    });
    const all = [...first.data.data, ...second.data.data];
    expect(all.map((c: { id: string }) => c.id).sort()).toEqual(a.invitations.map((i) => i.id).sort());
    for (const c of all) {
      expect(c.status).toBe("completed");
      expect(c.fit).toBeGreaterThanOrEqual(0);
      expect(c.interval[0]).toBeLessThanOrEqual(c.fit);
      expect(c.interval[1]).toBeGreaterThanOrEqual(c.fit);
      expect(c.rank).toBeGreaterThanOrEqual(1);
    }
    expect(all[0].rank).toBe(1);
    const report = await callApi("getCandidateReport", candidateRoute.loader as never, {
      context: t.context,
      path: "/c",
      key: readKey,
      params: { roleId: a.roleId, candidateId: a.invitations[0]!.id },
    });
    expect(report.data.candidate.id).toBe(a.invitations[0]!.id);
    // The report scores from the full estimates, the list from the stored compact profile: equal to 0.05.
    expect(report.data.fit.fit).toBeCloseTo(
      all.find((c: { id: string }) => c.id === a.invitations[0]!.id).fit,
      1,
    );
  });

  it("invites candidates and returns working links; withdraws one; duplicates are refused whole", async () => {
    const created = await callApi("createInvitations", invitationsRoute.action as never, {
      context: t.context,
      path: "/i",
      key: writeKey,
      params: { roleId: a.roleId },
      json: {
        candidates: [
          { name: "Dana Example", email: "Dana@Example.com" },
          { name: "Eli Example", email: "eli@example.com" },
        ],
      },
    });
    expect(created.data.emailed).toBe(false);
    expect(created.data.data.map((c: { email: string }) => c.email)).toEqual([
      "dana@example.com",
      "eli@example.com",
    ]);
    const token = created.data.data[0].link.replace("http://localhost:3000/i/", "");
    expect(await lookUpCandidateInvitation(t.context.db, token)).toMatchObject({
      status: "valid",
      candidateName: "Dana Example",
    });

    const before = await count("candidate_invitations");
    const duplicate = await callApi("createInvitations", invitationsRoute.action as never, {
      context: t.context,
      path: "/i",
      key: writeKey,
      params: { roleId: a.roleId },
      json: {
        candidates: [
          { name: "Fay", email: "fay@example.com" },
          { name: "Dana again", email: "dana@example.com" },
        ],
      },
    });
    expectProblem(duplicate, 400);
    expect(duplicate.data.errors).toEqual([
      {
        field: "candidates.1.email",
        message: "dana@example.com already has an open invitation for this role.",
      },
    ]);
    expect(await count("candidate_invitations")).toBe(before);

    const withdrawn = await callApi("withdrawInvitation", withdrawRoute.action as never, {
      context: t.context,
      path: "/w",
      key: writeKey,
      params: { invitationId: created.data.data[0].id },
    });
    expect(withdrawn.data.id).toBe(created.data.data[0].id);
    expect(await lookUpCandidateInvitation(t.context.db, token)).toMatchObject({ status: "revoked" });
    expectProblem(
      await callApi("withdrawInvitation", withdrawRoute.action as never, {
        context: t.context,
        path: "/w",
        key: writeKey,
        params: { invitationId: created.data.data[0].id },
      }),
      409,
    );
  });

  it("emails invitations with the organization's contact as Reply-To", async () => {
    const settings = await findOrganizationSettings(t.context.db, a.organizationId);
    await updateOrganizationSettings(t.context.db, a.organizationId, {
      ...settings,
      candidateContact: "talent@alpha.example",
    });
    const res = await callApi("createInvitations", invitationsRoute.action as never, {
      context: t.context,
      path: "/i",
      key: writeKey,
      params: { roleId: a.roleId },
      json: { candidates: [{ name: "Gil Example", email: "gil@example.com" }], send: "email" },
    });
    expect(res.data.emailed).toBe(true);
    const job = await t.context.db
      .selectFrom("jobs")
      .select(["payload"])
      .where("reference", "=", `candidate-invitation:${res.data.data[0].id}`)
      .executeTakeFirstOrThrow();
    expect(job.payload).toContain(res.data.data[0].link);
    expect(job.payload).toContain("talent@alpha.example");
  });

  it("records a decision under the key's name", async () => {
    const res = await callApi("recordDecision", decisionsRoute.action as never, {
      context: t.context,
      path: "/d",
      key: writeKey,
      params: { roleId: a.roleId, candidateId: a.invitations[1]!.id },
      json: { decision: "advance" },
    });
    expect(res.data).toMatchObject({
      candidateId: a.invitations[1]!.id,
      decision: "advance",
      by: "API key “Alpha sync”",
    });
    const bad = await callApi("recordDecision", decisionsRoute.action as never, {
      context: t.context,
      path: "/d",
      key: writeKey,
      params: { roleId: a.roleId, candidateId: a.invitations[1]!.id },
      json: { decision: "hire" },
    });
    expectProblem(bad, 400);
    expect(bad.data.errors[0].field).toBe("decision");
  });

  it("returns bias-audit figures and evaluates a stored scenario", async () => {
    const audit = await callApi("getBiasAudit", biasAuditRoute.loader as never, {
      context: t.context,
      path: `/api/v1/bias-audit?roleId=${a.roleId}`,
      key: readKey,
    });
    expect(audit.data.roleId).toBe(a.roleId);
    expect(audit.data.n).toBe(3);
    expectProblem(
      await callApi("getBiasAudit", biasAuditRoute.loader as never, {
        context: t.context,
        path: "/api/v1/bias-audit?from=yesterday",
        key: readKey,
      }),
      400,
    );
    const evaluation = await callApi("evaluateScenario", evaluationRoute.loader as never, {
      context: t.context,
      path: "/e",
      key: readKey,
      params: { scenarioId: aScenarioId },
    });
    expect(evaluation.data.scenario.id).toBe(aScenarioId);
    expect(evaluation.data.ranking.length).toBeGreaterThan(3);
    expect(evaluation.data.ranking.map((r: { structure: string }) => r.structure)).toContain(
      evaluation.data.recommendation,
    );
    // The same verdict as `rolefit org evaluate` on the scenario's export.
    const file = path.join(os.tmpdir(), `rolefit-api-scenario-${aScenarioId}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify(scenarioFile((await findScenario(t.context.db, a.organizationId, aScenarioId))!)),
    );
    const { file: _, ...cli } = evaluateScenarioFile(file, { runs: 500, seed: 1 });
    fs.rmSync(file);
    const { scenario: __, relationshipStage, ...api } = evaluation.data;
    expect(relationshipStage).toBe("defined");
    expect(api).toEqual(cli);
  });

  it("answers 429 with Retry-After once a key used its minute", async () => {
    const { id, key } = await ownerApiKey(t.context, a, "Busy", "read");
    await t.context.database.counters
      .insertInto("rate_limit_counters")
      .values({ key: `api:key:${id}`, window_start: Date.now(), hits: API_RATE_LIMIT })
      .execute();
    const res = await callApi("listRoles", rolesRoute.loader as never, {
      context: t.context,
      path: "/api/v1/roles",
      key,
    });
    expectProblem(res, 429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    // Other keys keep their own budget.
    expect((await listRoles(readKey)).status).toBe(200);
  });

  it("puts every call made with a key in the audit log with the key's name, in the key's organization only", async () => {
    const rows = await t.context.db
      .selectFrom("audit_events")
      .selectAll()
      .where("actor_name", "=", "API key “Alpha sync”")
      .execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const action of ["role.create", "candidates.invite", "candidate.withdraw", "candidate.decide"])
      expect(actions, action).toContain(action);
    expect(rows.every((r) => r.organization_id === a.organizationId && r.actor_user_id === null)).toBe(true);
    const reader = await t.context.db
      .selectFrom("audit_events")
      .select(["action", "details"])
      .where("actor_name", "=", "API key “Alpha reader”")
      .execute();
    expect(new Set(reader.map((r) => r.action))).toEqual(
      new Set([
        "roles.list",
        "role.view",
        "candidates.list",
        "candidate.view",
        "fairness.view",
        "scenario.evaluate",
        "scenarios.list",
        "api.refused",
      ]),
    );
    expect(JSON.parse(reader.find((r) => r.action === "role.view")!.details!)).toMatchObject({
      via: "api",
      request: `GET /r`,
    });
    // Refused calls made with the key are there too: the write a read key tried, the other
    // organization's ids it asked for.
    const refusedStatuses = new Set(
      reader.filter((r) => r.action === "api.refused").map((r) => JSON.parse(r.details!).status),
    );
    expect(refusedStatuses.has(403) && refusedStatuses.has(404)).toBe(true);
    const create = reader.find(
      (r) => r.action === "api.refused" && JSON.parse(r.details!).request === "POST /api/v1/roles",
    );
    expect(JSON.parse(create!.details!)).toMatchObject({ status: 403, via: "api" });
    // Over the rate limit nothing is written (a flood must not grow the log).
    const busy = await t.context.db
      .selectFrom("audit_events")
      .select("action")
      .where("actor_name", "=", "API key “Busy”")
      .execute();
    expect(busy).toEqual([]);
    const inB = await t.context.db
      .selectFrom("audit_events")
      .select("actor_name")
      .where("organization_id", "=", b.organizationId)
      .execute();
    expect(inB.some((r) => r.actor_name.includes("Alpha"))).toBe(false);
  });

  it("settings: owners create a key shown once and stored hashed, see last use, revoke it; others cannot", async () => {
    const owner = await signedIn(t.context, a.ownerEmail);
    const created = await callRoute(settingsRoute.action as never, {
      context: t.context,
      path: "/settings/api-keys",
      form: { intent: "create", name: "Greenhouse", scope: "read-write" },
      jar: owner,
    });
    expect(created.status).toBe(200);
    const key: string = created.data.created.key;
    expect(key).toMatch(/^rf_[A-Za-z0-9_-]{43}$/);
    const row = await t.context.db
      .selectFrom("api_keys")
      .selectAll()
      .where("name", "=", "Greenhouse")
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashToken(key));
    expect(JSON.stringify(row)).not.toContain(key);
    await callApi("listRoles", rolesRoute.loader as never, {
      context: t.context,
      path: "/api/v1/roles",
      key,
    });
    const listed = await callRoute(settingsRoute.loader as never, {
      context: t.context,
      path: "/settings/api-keys",
      jar: owner,
    });
    const entry = listed.data.keys.find((k: { id: string }) => k.id === row.id);
    expect(entry.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.data)).not.toContain(key);
    const revoked = await callRoute(settingsRoute.action as never, {
      context: t.context,
      path: "/settings/api-keys",
      form: { intent: "revoke", keyId: row.id },
      jar: owner,
    });
    expect(revoked.status).toBe(302);
    expectProblem(
      await callApi("listRoles", rolesRoute.loader as never, {
        context: t.context,
        path: "/api/v1/roles",
        key,
      }),
      401,
    );
    const bad = await callRoute(settingsRoute.action as never, {
      context: t.context,
      path: "/settings/api-keys",
      form: { intent: "create", name: " ", scope: "admin" },
      jar: owner,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.data.reply.error).sort()).toEqual(["name", "scope"]);
    const manager = await memberWithRole(t.context, a.organizationId, "manager");
    expect(
      (
        await callRoute(settingsRoute.loader as never, {
          context: t.context,
          path: "/settings/api-keys",
          jar: manager,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callRoute(settingsRoute.action as never, {
          context: t.context,
          path: "/settings/api-keys",
          form: { intent: "create", name: "Sneaky", scope: "read-write" },
          jar: manager,
        })
      ).status,
    ).toBe(403);
    // B's owner cannot revoke A's key.
    const bOwner = await signedIn(t.context, b.ownerEmail);
    const other = await t.context.db
      .selectFrom("api_keys")
      .select("id")
      .where("name", "=", "Alpha reader")
      .executeTakeFirstOrThrow();
    expect(
      (
        await callRoute(settingsRoute.action as never, {
          context: t.context,
          path: "/settings/api-keys",
          form: { intent: "revoke", keyId: other.id },
          jar: bOwner,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await t.context.db
          .selectFrom("api_keys")
          .select("revoked_at")
          .where("id", "=", other.id)
          .executeTakeFirstOrThrow()
      ).revoked_at,
    ).toBeNull();
  });

  it("answers hostile JSON, bodies and ids with 4xx problem details, never an error", async () => {
    const ids = () =>
      fc.constantFrom(
        a.roleId,
        b.roleId,
        a.invitations[2]!.id,
        b.invitations[1]!.id,
        "not-an-id",
        "' OR 1=1 --",
        crypto.randomUUID(),
      );
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          from: fc.constantFrom("template", "job-analysis", "__proto__"),
          title: fc.string(),
          templateId: fc.string(),
          ratings: fc.dictionary(fc.string(), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          candidates: fc.array(
            fc.record({ name: fc.string(), email: fc.oneof(fc.emailAddress(), fc.string()) }),
            { maxLength: 3 },
          ),
          send: fc.string(),
        },
        { requiredKeys: [] },
      ),
      fc.record({ decision: fc.constantFrom("advance", "hold", "reject", "<script>", "") }),
      fc.record({ partner_test_id: fc.oneof(ids(), fc.string()), candidate: fc.jsonValue() }),
    );
    const targets = [
      { fn: rolesRoute.action, params: () => fc.constant({}) },
      { fn: invitationsRoute.action, params: () => ids().map((roleId) => ({ roleId })) },
      {
        fn: decisionsRoute.action,
        params: () => fc.tuple(ids(), ids()).map(([roleId, candidateId]) => ({ roleId, candidateId })),
      },
      { fn: withdrawRoute.action, params: () => ids().map((invitationId) => ({ invitationId })) },
      { fn: sendTestRoute.action, params: () => fc.constant({}) },
      { fn: responseErrorRoute.action, params: () => fc.constant({}) },
    ];
    for (const target of targets) {
      await fc.assert(
        fc.asyncProperty(
          target.params(),
          fc.oneof(
            hostile.map((json) => ({ json })),
            fc.string().map((raw) => ({ raw })),
          ),
          async (params, body) => {
            const headers: Record<string, string> = { Authorization: `Bearer ${writeKey}` };
            if (target.fn === sendTestRoute.action || target.fn === responseErrorRoute.action) {
              headers.Authorization = basicAuthorization(writeKey);
            }
            let res;
            if ("raw" in body) {
              const request = new Request("http://localhost:3000/api/v1/x", {
                method: "POST",
                headers: { ...headers, "Content-Type": "application/json" },
                body: body.raw,
              });
              const response = (await (target.fn as (args: unknown) => Promise<Response>)({
                request,
                params,
                context: t.context,
              })) as Response;
              res = {
                status: response.status,
                headers: response.headers,
                data: await response.json().catch(() => null),
                location: null,
              };
            } else {
              res = await callRoute(target.fn as never, {
                context: t.context,
                path: "/api/v1/x",
                params,
                json: body.json,
                headers,
              });
            }
            expect(res.status).toBeLessThan(500);
            if (res.status >= 400) expectProblem(res, res.status);
          },
        ),
        { numRuns: 25 },
      );
    }
    // None of it reached the other organization.
    const bDecisions = await t.context.db
      .selectFrom("candidate_decisions")
      .select("id")
      .where("organization_id", "=", b.organizationId)
      .execute();
    expect(bDecisions).toEqual([]);
    const bRevoked = await t.context.db
      .selectFrom("candidate_invitations")
      .select("id")
      .where("organization_id", "=", b.organizationId)
      .where("revoked_at", "is not", null)
      .execute();
    expect(bRevoked).toEqual([]);
  });
});
