import type { AppLoadContext } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import { organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";
import { joinTeamMap } from "~/server/team-map.server";
import { createDiagnosticRound } from "~/server/diagnostics.server";
import { createScenario } from "~/server/org-scenarios.server";
import { recordDecision } from "~/server/candidates.server";
import { createWebhookEndpoint } from "~/server/webhooks.server";
import { createApiKey } from "~/server/api-keys.server";

// Every route module whose URL carries a row id (tokens are capabilities and are tested elsewhere).
const routeModules = import.meta.glob("../../app/routes/*.{ts,tsx}", { eager: true }) as Record<
  string,
  { loader?: (args: never) => unknown; action?: (args: never) => unknown }
>;
const idRoutes = Object.keys(routeModules)
  .map((p) =>
    p
      .split("/")
      .pop()!
      .replace(/\.tsx?$/, ""),
  )
  .filter((name) => /\$(?!token)\w+/.test(name));

interface World {
  a: Awaited<ReturnType<typeof organizationWithCandidates>>;
  b: Awaited<ReturnType<typeof organizationWithCandidates>>;
  bTeamEntryId: string;
  bMembershipId: string;
  aScenarioId: string;
  bScenarioId: string;
  bRoundId: string;
  aEndpointId: string;
  bEndpointId: string;
  bDeliveryId: string;
  /** A read-write API key of organization A. */
  aKey: string;
}

type Case = {
  method: "loader" | "action";
  path: (w: World) => string;
  params: (w: World) => Record<string, string>;
  form?: (w: World) => Record<string, string | string[]>;
  /** API routes: called with A's key and a JSON body instead of A's session and a form. */
  api?: { json?: unknown };
};

/** An API call with organization A's key. */
const apiCase = (
  method: Case["method"],
  params: (w: World) => Record<string, string>,
  json?: unknown,
): Case => ({ method, path: () => "/api/v1/x", params, api: { json } });

const RUN = "isolation-run-0123456789";

// For each id route: requests from organization A that name organization B's rows.
const matrix: Record<string, Case[]> = {
  "_app.roles.$roleId._index": [
    { method: "loader", path: (w) => `/roles/${w.b.roleId}`, params: (w) => ({ roleId: w.b.roleId }) },
    {
      method: "action",
      path: (w) => `/roles/${w.b.roleId}?index`,
      params: (w) => ({ roleId: w.b.roleId }),
      form: (w) => ({ c: [w.b.invitations[0]!.id], action: "withdraw", confirmed: "yes", run: RUN }),
    },
    // A's own role, with one of B's candidates in the selection: refused whole, A's candidate untouched.
    {
      method: "action",
      path: (w) => `/roles/${w.a.roleId}?index`,
      params: (w) => ({ roleId: w.a.roleId }),
      form: (w) => ({
        c: [w.a.invitations[0]!.id, w.b.invitations[0]!.id],
        action: "reject",
        confirmed: "yes",
        run: RUN,
      }),
    },
  ],
  // Public by design (mail clients load it without a session), by a random id new on every upload;
  // any other id, such as another organization's role id, is not found.
  "logos.$logoId": [
    { method: "loader", path: (w) => `/logos/${w.b.roleId}`, params: (w) => ({ logoId: w.b.roleId }) },
  ],
  "_app.roles.$roleId.edit": [
    { method: "loader", path: (w) => `/roles/${w.b.roleId}/edit`, params: (w) => ({ roleId: w.b.roleId }) },
    {
      method: "action",
      path: (w) => `/roles/${w.b.roleId}/edit`,
      params: (w) => ({ roleId: w.b.roleId }),
      form: () => ({ intent: "archive" }),
    },
    {
      method: "action",
      path: (w) => `/roles/${w.b.roleId}/edit`,
      params: (w) => ({ roleId: w.b.roleId }),
      form: () => ({ title: "Hijacked" }),
    },
  ],
  "_app.roles.$roleId.invite": [
    { method: "loader", path: (w) => `/roles/${w.b.roleId}/invite`, params: (w) => ({ roleId: w.b.roleId }) },
    {
      method: "action",
      path: (w) => `/roles/${w.b.roleId}/invite`,
      params: (w) => ({ roleId: w.b.roleId }),
      form: () => ({ intent: "invite-one", name: "X", email: "x@example.com", send: "link" }),
    },
  ],
  "_app.roles.$roleId.export": [
    { method: "loader", path: (w) => `/roles/${w.b.roleId}/export`, params: (w) => ({ roleId: w.b.roleId }) },
    {
      method: "loader",
      path: (w) => `/roles/${w.a.roleId}/export?c=${w.b.invitations[0]!.id}&format=json`,
      params: (w) => ({ roleId: w.a.roleId }),
    },
  ],
  "_app.roles.$roleId.compare": [
    {
      method: "loader",
      path: (w) => `/roles/${w.b.roleId}/compare?c=${w.b.invitations[0]!.id}&c=${w.b.invitations[1]!.id}`,
      params: (w) => ({ roleId: w.b.roleId }),
    },
    // A's own role with B's candidates.
    {
      method: "loader",
      path: (w) => `/roles/${w.a.roleId}/compare?c=${w.b.invitations[0]!.id}&c=${w.a.invitations[0]!.id}`,
      params: (w) => ({ roleId: w.a.roleId }),
    },
  ],
  "_app.roles.$roleId.candidates.$candidateId": [
    {
      method: "loader",
      path: () => "/c",
      params: (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id }),
    },
    {
      method: "loader",
      path: () => "/c",
      params: (w) => ({ roleId: w.a.roleId, candidateId: w.b.invitations[0]!.id }),
    },
    ...["decide", "note", "withdraw", "renew"].map((intent): Case => ({
      method: "action",
      path: () => "/c",
      params: (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id }),
      form: () => ({ intent, decision: "reject", body: "x" }),
    })),
    {
      method: "action",
      path: () => "/c",
      params: (w) => ({ roleId: w.a.roleId, candidateId: w.b.invitations[0]!.id }),
      form: () => ({ intent: "decide", decision: "reject" }),
    },
  ],
  "_app.roles.$roleId.candidates.$candidateId.export": [
    {
      method: "loader",
      path: () => "/c/export",
      params: (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id }),
    },
  ],
  "_app.roles.$roleId.candidates.$candidateId_.outcomes": [
    {
      method: "loader",
      path: () => "/c/outcomes",
      params: (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id }),
    },
    {
      method: "loader",
      path: () => "/c/outcomes",
      params: (w) => ({ roleId: w.a.roleId, candidateId: w.b.invitations[0]!.id }),
    },
    {
      method: "action",
      path: () => "/c/outcomes",
      params: (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id }),
      form: () => ({ "rating-6m": "5" }),
    },
    {
      method: "action",
      path: () => "/c/outcomes",
      params: (w) => ({ roleId: w.a.roleId, candidateId: w.b.invitations[0]!.id }),
      form: () => ({ "rating-6m": "5" }),
    },
  ],
  "_app.roles.$roleId.validation": [
    {
      method: "loader",
      path: (w) => `/roles/${w.b.roleId}/validation`,
      params: (w) => ({ roleId: w.b.roleId }),
    },
    {
      method: "action",
      path: (w) => `/roles/${w.b.roleId}/validation`,
      params: (w) => ({ roleId: w.b.roleId }),
      form: () => ({ csv: "email,rating_6m\ncand@example.com,5" }),
    },
  ],
  "_app.roles.$roleId.fairness": [
    {
      method: "loader",
      path: (w) => `/roles/${w.b.roleId}/fairness`,
      params: (w) => ({ roleId: w.b.roleId }),
    },
  ],
  "_app.roles.$roleId.candidates.$candidateId_.erase": [
    {
      method: "loader",
      path: () => "/c/erase",
      params: (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id }),
    },
    {
      method: "action",
      path: () => "/c/erase",
      params: (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id }),
      form: () => ({}),
    },
    {
      method: "action",
      path: () => "/c/erase",
      params: (w) => ({ roleId: w.a.roleId, candidateId: w.b.invitations[0]!.id }),
      form: () => ({}),
    },
  ],
  ...Object.fromEntries(
    ["", "._index", ".profile", ".plan", ".chart", ".manage", ".export", ".hiring-plan", ".fill"].map(
      (suffix) => [
        `_app.org.scenarios.$scenarioId${suffix}`,
        [
          {
            method: "loader",
            path: (w: World) => `/org/scenarios/${w.bScenarioId}`,
            params: (w: World) => ({ scenarioId: w.bScenarioId }),
          } as Case,
          ...(["._index", ".profile", ".plan", ".chart", ".manage"].includes(suffix)
            ? [
                {
                  method: "action",
                  path: (w: World) => `/org/scenarios/${w.bScenarioId}`,
                  params: (w: World) => ({ scenarioId: w.bScenarioId }),
                  form: (w: World) => ({
                    intent: suffix === ".manage" ? "delete" : "choose",
                    structureId: "solo",
                    quarters: "8",
                    chartQuarter: "1",
                    seatId: "ceo",
                    userId: w.b.ownerUserId,
                    name: "Hijacked",
                  }),
                } as Case,
              ]
            : []),
        ],
      ],
    ),
  ),
  // A's own scenario cannot seat a member of B.
  "_app.org.scenarios.$scenarioId.chart#foreign-person": [
    {
      method: "action",
      path: () => "/x",
      params: (w) => ({ scenarioId: w.aScenarioId }),
      form: (w) => ({ intent: "assign", seatId: "ceo", userId: w.b.ownerUserId }),
    },
  ],
  "_app.org.diagnostics.$roundId": [
    {
      method: "loader",
      path: (w) => `/org/diagnostics/${w.bRoundId}`,
      params: (w) => ({ roundId: w.bRoundId }),
    },
    {
      method: "action",
      path: (w) => `/org/diagnostics/${w.bRoundId}`,
      params: (w) => ({ roundId: w.bRoundId }),
      form: () => ({}),
    },
  ],
  "_app.settings.webhooks.$endpointId": [
    {
      method: "loader",
      path: (w) => `/settings/webhooks/${w.bEndpointId}`,
      params: (w) => ({ endpointId: w.bEndpointId }),
    },
    ...["enable", "delete", "redeliver"].map((intent): Case => ({
      method: "action",
      path: (w) => `/settings/webhooks/${w.bEndpointId}`,
      params: (w) => ({ endpointId: w.bEndpointId }),
      form: (w) => ({ intent, deliveryId: w.bDeliveryId }),
    })),
    // A's own endpoint page asked to redeliver B's delivery.
    {
      method: "action",
      path: (w) => `/settings/webhooks/${w.aEndpointId}`,
      params: (w) => ({ endpointId: w.aEndpointId }),
      form: (w) => ({ intent: "redeliver", deliveryId: w.bDeliveryId }),
    },
  ],
  "_app.team.$entryId": [
    {
      method: "loader",
      path: (w) => `/team/${w.bTeamEntryId}`,
      params: (w) => ({ entryId: w.bTeamEntryId }),
    },
  ],
  "api.v1.roles.$roleId._index": [apiCase("loader", (w) => ({ roleId: w.b.roleId }))],
  "api.v1.roles.$roleId.invitations": [
    apiCase("action", (w) => ({ roleId: w.b.roleId }), {
      candidates: [{ name: "X", email: "x@example.com" }],
    }),
  ],
  "api.v1.roles.$roleId.candidates._index": [apiCase("loader", (w) => ({ roleId: w.b.roleId }))],
  "api.v1.roles.$roleId.candidates.$candidateId._index": [
    apiCase("loader", (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id })),
    apiCase("loader", (w) => ({ roleId: w.a.roleId, candidateId: w.b.invitations[0]!.id })),
  ],
  "api.v1.roles.$roleId.candidates.$candidateId.decisions": [
    apiCase("action", (w) => ({ roleId: w.b.roleId, candidateId: w.b.invitations[0]!.id }), {
      decision: "reject",
    }),
    apiCase("action", (w) => ({ roleId: w.a.roleId, candidateId: w.b.invitations[0]!.id }), {
      decision: "reject",
    }),
  ],
  "api.v1.invitations.$invitationId.withdraw": [
    apiCase("action", (w) => ({ invitationId: w.b.invitations[0]!.id })),
  ],
  "api.v1.scenarios.$scenarioId.evaluation": [apiCase("loader", (w) => ({ scenarioId: w.bScenarioId }))],
};

async function snapshot(context: AppLoadContext): Promise<string> {
  const tables = [
    "roles",
    "candidate_invitations",
    "candidate_decisions",
    "candidate_notes",
    "team_map_entries",
    "memberships",
    "attempts",
    "answers",
    "audit_events",
    "org_scenarios",
    "org_seat_assignments",
    "diagnostic_rounds",
    "diagnostic_responses",
    "candidate_outcomes",
    "webhook_endpoints",
    "webhook_deliveries",
    "jobs",
  ] as const;
  const out: Record<string, unknown> = {};
  for (const table of tables)
    out[table] = await context.db
      .selectFrom(table)
      .selectAll()
      .orderBy("id" as never)
      .execute();
  // A refused API call is logged in the caller's own organization (checked on its own below).
  out.audit_events = (out.audit_events as { action: string }[]).filter((r) => r.action !== "api.refused");
  return JSON.stringify(out);
}

/** The "An API call was refused" rows: organization and status of each. */
async function refusals(context: AppLoadContext) {
  const rows = await context.db
    .selectFrom("audit_events")
    .select(["organization_id", "details"])
    .where("action", "=", "api.refused")
    .execute();
  return rows.map((r) => ({ organization: r.organization_id, status: JSON.parse(r.details!).status }));
}

describe("every route that takes an id is covered by the isolation matrix", () => {
  it("lists the same routes", () => {
    expect(idRoutes.sort()).toEqual([...new Set(Object.keys(matrix).map((k) => k.split("#")[0]!))].sort());
  });
});

describe.each(testDialects)("organization isolation on %s", (dialect) => {
  let t: TestContext;
  let world: World;
  let jarA: CookieJar;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    const a = await organizationWithCandidates(t.context, "Alpha");
    const b = await organizationWithCandidates(t.context, "Bravo");
    await joinTeamMap(t.context.db, b.organizationId, b.ownerUserId);
    const entry = await t.context.db
      .selectFrom("team_map_entries")
      .select("id")
      .where("organization_id", "=", b.organizationId)
      .executeTakeFirstOrThrow();
    const membership = await t.context.db
      .selectFrom("memberships")
      .select("id")
      .where("organization_id", "=", b.organizationId)
      .executeTakeFirstOrThrow();
    const aScenarioId = await createScenario(t.context.db, a.organizationId, {
      name: "A plan",
      createdByUserId: a.ownerUserId,
    });
    const bScenarioId = await createScenario(t.context.db, b.organizationId, {
      name: "B plan",
      createdByUserId: b.ownerUserId,
    });
    const bRound = await createDiagnosticRound(t.context.db, b.organizationId, "B round", b.ownerUserId);
    const aEndpoint = await createWebhookEndpoint(
      t.context.db,
      a.organizationId,
      { url: "https://a.example/hook", description: "A", events: ["decision.recorded"] },
      a.ownerUserId,
    );
    const bEndpoint = await createWebhookEndpoint(
      t.context.db,
      b.organizationId,
      { url: "https://b.example/hook", description: "B", events: ["decision.recorded"] },
      b.ownerUserId,
    );
    await recordDecision(t.context.db, b.organizationId, b.invitations[0]!.id, "hold", {
      userId: b.ownerUserId,
      name: "B",
    });
    const bDelivery = await t.context.db
      .selectFrom("webhook_deliveries")
      .select("id")
      .where("endpoint_id", "=", bEndpoint.id)
      .executeTakeFirstOrThrow();
    const aKey = (
      await createApiKey(t.context.db, a.organizationId, {
        name: "A key",
        scope: "read-write",
        createdByUserId: a.ownerUserId,
      })
    ).key;
    world = {
      a,
      b,
      bTeamEntryId: entry.id,
      bMembershipId: membership.id,
      aScenarioId,
      bScenarioId,
      bRoundId: bRound.id,
      aEndpointId: aEndpoint.id,
      bEndpointId: bEndpoint.id,
      bDeliveryId: bDelivery.id,
      aKey,
    };
    jarA = await signedIn(t.context, a.ownerEmail);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  for (const [route, cases] of Object.entries(matrix)) {
    it(`${route}: another organization's ids get 404 and change nothing`, async () => {
      const file = route.split("#")[0]!;
      const mod = routeModules[`../../app/routes/${file}.tsx`] ?? routeModules[`../../app/routes/${file}.ts`];
      expect(mod, route).toBeDefined();
      for (const c of cases) {
        const fn = mod![c.method];
        expect(fn, `${route} ${c.method}`).toBeTypeOf("function");
        const before = await snapshot(t.context);
        const refusedBefore = await refusals(t.context);
        const res = await callRoute(fn as never, {
          context: t.context,
          path: c.path(world),
          params: c.params(world),
          form: c.form?.(world),
          json: c.api?.json,
          method: c.method === "action" ? "POST" : "GET",
          ...(c.api ? { headers: { Authorization: `Bearer ${world.aKey}` } } : { jar: jarA }),
        });
        expect(res.status, `${route} ${c.method} ${JSON.stringify(c.params(world))}`).toBe(404);
        expect(await snapshot(t.context)).toBe(before);
        // An API key's probe is in its own organization's audit log, never in the other's.
        const sorted = (rows: { organization: string; status: number }[]) =>
          rows.map((r) => `${r.organization} ${r.status}`).sort();
        expect(sorted(await refusals(t.context))).toEqual(
          sorted(
            c.api ? [...refusedBefore, { organization: world.a.organizationId, status: 404 }] : refusedBefore,
          ),
        );
      }
    });
  }

  it("the owner still reaches their own rows through the same routes", async () => {
    const own = routeModules["../../app/routes/_app.roles.$roleId.candidates.$candidateId.tsx"]!;
    const res = await callRoute(own.loader as never, {
      context: t.context,
      path: "/c",
      params: { roleId: world.a.roleId, candidateId: world.a.invitations[0]!.id },
      jar: jarA,
    });
    expect(res.status).toBe(200);
  });
});
