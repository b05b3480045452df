import type { AppLoadContext } from "@remix-run/node";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, CookieJar } from "./support/call-route.ts";
import { organizationWithCandidates } from "./support/fixtures.ts";
import { createTestContext, type TestContext } from "./support/test-context.ts";
import { attemptNextStep, findAttempt, startSelfAssessment, recordSelfId } from "~/server/attempts.server";
import { createCandidateInvitations } from "~/server/candidate-invitations.server";
import { addMembership } from "~/server/organizations.server";
import { createUser } from "~/server/accounts.server";
import { issuePasswordResetToken } from "~/server/password-resets.server";
import { createSession } from "~/server/sessions.server";
import { inviteColleague } from "~/server/team-invitations.server";
import { joinTeamMap } from "~/server/team-map.server";
import { createApiKey } from "~/server/api-keys.server";

// Random and hostile form posts to every action of every route module, signed in as the owner of
// an organization with a role and candidates, with valid ids of that organization in the URL.
// Properties: never an unexpected error (a 500 or a thrown Error; thrown 4xx responses are fine),
// nothing in any table changes when the answer is a 4xx. SQLite only, to keep the file quick.
// (That stored markup comes back escaped is checked against the real server in
// tests/e2e/security-suite.spec.ts.)

const routeModules = import.meta.glob("../../app/routes/*.{ts,tsx}", { eager: true }) as Record<
  string,
  { action?: (args: never) => unknown }
>;
const actionRoutes = Object.entries(routeModules)
  .filter(([, mod]) => typeof mod.action === "function")
  .map(([file, mod]) => ({
    name: file
      .split("/")
      .pop()!
      .replace(/\.tsx?$/, ""),
    action: mod.action!,
  }));

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 30);

interface World {
  org: Awaited<ReturnType<typeof organizationWithCandidates>>;
  other: Awaited<ReturnType<typeof organizationWithCandidates>>;
  viewerMembershipId: string;
  teamEntryId: string | null;
  scenarioId: string | null;
  /** A read-write API key of the organization: API routes get the fuzzed fields as a JSON body with it. */
  apiKey: string;
}

const MARKUP_AND_SQL = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "' OR '1'='1",
  "1; DROP TABLE users; --",
  "' UNION SELECT password_hash FROM users --",
  "admin'--",
  '") or 1=1 --',
  "%27%20OR%201%3D1",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "99999999999999999999",
  "",
  " ",
  "\u0000",
  "\u202e\u200b",
  "../../etc/passwd",
  '{"$gt":""}',
  "[]",
  "true",
  "owner",
  "advance",
  "reject",
  "answer",
  "next",
  "change",
  "link",
  "email",
  "yes",
  "adaptive",
  "ae-enterprise",
  "someone@example.com",
  "a-long-enough-password-1",
];

const FIELDS = [
  "intent",
  "name",
  "email",
  "password",
  "confirm",
  "currentPassword",
  "title",
  "body",
  "decision",
  "itemId",
  "value",
  "mode",
  "form",
  "consent",
  "organizationName",
  "redirectTo",
  "templateId",
  "send",
  "list",
  "file",
  "role",
  "membershipId",
  "invitationId",
  "organizationId",
  "score",
  "userId",
  "id",
  "status",
  "candidateContact",
  "showReportsToCandidates",
  "retentionDays",
  "sex",
  "raceEthnicity",
  "ageBand",
  "structureId",
  "to",
  "from",
  "stage",
  "s",
  "q",
  "c",
  "seatId",
  "assignmentId",
  "scenarioId",
  "targets.drive.low",
  "targets.drive.high",
  "targets.drive.weight",
  "ratings.prospecting",
  "arr",
  "gtmHeadcount",
  "targets.discovery.need",
  "targets.discovery.min",
  "targets.discovery.max",
  "targets.discovery.maxReason",
  "rating-6m",
  "rating-12m",
  "quota-pct",
  "retained-12m",
  "customName",
  "customValue",
  "csv",
];

const INTENTS = [
  "answer",
  "self-id",
  "skip-self-id",
  "finish",
  "decide",
  "note",
  "withdraw",
  "renew",
  "archive",
  "restore",
  "invite-one",
  "invite-list",
  "import",
  "template",
  "job-analysis",
  "remove",
  "revoke",
  "leave",
  "create",
  "choose",
  "diagnostic",
  "reset-weights",
  "delete",
  "duplicate",
  "assign",
  "unassign",
  "save",
];

function valueArbitrary(world: World) {
  const ids = [
    world.org.roleId,
    world.org.organizationId,
    world.org.ownerUserId,
    world.viewerMembershipId,
    ...world.org.invitations.map((i) => i.id),
    world.other.roleId,
    world.other.organizationId,
    world.other.ownerUserId,
    ...world.other.invitations.map((i) => i.id),
    ...(world.teamEntryId ? [world.teamEntryId] : []),
    ...(world.scenarioId ? [world.scenarioId] : []),
  ];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...MARKUP_AND_SQL) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.uuid().map(String) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()).map(String) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(2_001, 70_000, 300_000)
        .map((n) => "<b>x</b>".repeat(Math.ceil(n / 8)).slice(0, n)),
    },
  );
}

// Posts that pass validation unless mutated, so the fuzzer also reaches the data calls. Placeholders
// are filled per run: {{n}} a fresh number, {{itemId}} the attempt's waiting question.
const TEMPLATES: Array<Record<string, string>> = [
  { intent: "answer", itemId: "{{itemId}}", value: "2", mode: "next" },
  { intent: "answer", itemId: "{{itemId}}", value: "sales", mode: "change" },
  { intent: "self-id", sex: "female", raceEthnicity: "asian", ageBand: "25-34" },
  { intent: "skip-self-id" },
  { intent: "finish" },
  { intent: "note", body: "<script>alert(1)</script> & <b>bold</b>" },
  { intent: "decide", decision: "advance" },
  { intent: "withdraw" },
  { intent: "renew" },
  { intent: "archive" },
  { intent: "invite-one", name: "Ann <i>Example</i>", email: "ann{{n}}@example.com", send: "link" },
  {
    intent: "invite-list",
    list: "Ann Example <ann{{n}}@example.com>\nBo, bo{{n}}@example.com",
    send: "link",
  },
  { intent: "template", title: "Account executive", templateId: "ae-enterprise" },
  { title: "Renamed role" },
  { name: "Second organization {{n}}" },
  { email: "colleague{{n}}@example.com", role: "manager" },
  { intent: "remove", membershipId: "{{viewerMembershipId}}" },
  { intent: "revoke", invitationId: "{{n}}" },
  { consent: "yes", form: "short" },
  { email: "{{ownerEmail}}", password: "not the password" },
  { password: "a-long-enough-password-1", confirm: "a-long-enough-password-1" },
  {
    name: "New Person",
    email: "new{{n}}@example.com",
    password: "a-long-enough-password-1",
    organizationName: "New Org",
  },
  { intent: "create", name: "New Colleague", password: "a-long-enough-password-1" },
  { intent: "leave" },
  { organizationId: "{{organizationId}}" },
  {
    name: "Fuzzed Inc",
    candidateContact: "hr@example.com",
    showReportsToCandidates: "yes",
    retentionDays: "365",
  },
  {
    currentPassword: "fixture-password-words",
    password: "a-long-enough-password-2",
    confirm: "a-long-enough-password-2",
  },
  { "rating-6m": "4", "quota-pct": "95.5", "retained-12m": "yes", customName: "Deals won", customValue: "7" },
  { csv: "email,rating_6m,quota_pct\n{{ownerEmail}},4,90\nx@example.com,9,<b>" },
];

/** The templates a route's own forms would send (all of them for routes not listed). */
function templatesFor(route: string): Array<Record<string, string>> {
  const byKey = (...keys: string[]) => TEMPLATES.filter((t) => keys.some((k) => k in t));
  const byIntent = (...intents: string[]) => TEMPLATES.filter((t) => intents.includes(t.intent ?? ""));
  const picks: Record<string, Array<Record<string, string>>> = {
    "a.$token._index": byIntent("answer", "self-id", "skip-self-id", "finish"),
    "_app.roles.$roleId.candidates.$candidateId": byIntent("note", "decide", "withdraw", "renew"),
    "_app.roles.$roleId.edit": [...byIntent("archive"), ...TEMPLATES.filter((t) => t.title && !t.intent)],
    "_app.roles.$roleId.invite": byIntent("invite-one", "invite-list"),
    "_app.roles.new": byIntent("template"),
    "organizations.new": TEMPLATES.filter((t) => t.name && !t.intent && !t.email),
    "_app.settings.members": [...byIntent("remove", "revoke"), ...TEMPLATES.filter((t) => t.role)],
    assess: byKey("consent"),
    login: TEMPLATES.filter((t) => t.email === "{{ownerEmail}}"),
    "reset-password.$token": TEMPLATES.filter((t) => t.confirm && !t.currentPassword),
    signup: byKey("organizationName"),
    "join.$token": byIntent("create"),
    "_app.team._index": byIntent("leave"),
    "organizations.switch": TEMPLATES.filter((t) => t.organizationId),
    "_app.settings.organization": byKey("candidateContact"),
    "_app.account.password": byKey("currentPassword"),
    "_app.roles.$roleId.candidates.$candidateId_.outcomes": byKey("rating-6m"),
    "_app.roles.$roleId.validation": byKey("csv"),
  };
  return picks[route]?.length ? picks[route]! : TEMPLATES;
}

function nearValidArbitrary(world: World, route: string) {
  const value = valueArbitrary(world);
  const extra = fc.record(
    {
      organizationId: fc.constantFrom(world.other.organizationId, world.org.organizationId),
      score: fc.constantFrom("100", "-1", "1e9"),
      role: fc.constantFrom("owner", "admin"),
      userId: fc.constantFrom(world.other.ownerUserId),
      roleId: fc.constantFrom(world.other.roleId),
    },
    { requiredKeys: [] },
  );
  return fc
    .tuple(
      fc.constantFrom(...templatesFor(route)),
      fc.array(
        fc.tuple(
          fc.nat(3).map((n) => n === 0),
          value,
        ),
        { minLength: 8, maxLength: 8 },
      ),
      extra,
    )
    .map(([template, mutations, extraFields]) => {
      const form: Record<string, string> = {};
      Object.entries(template).forEach(([k, v], i) => {
        const [mutate, hostile] = mutations[i % mutations.length]!;
        form[k] = mutate && k !== "intent" ? hostile : v;
      });
      return { ...form, ...extraFields };
    });
}

function formArbitrary(world: World, route: string) {
  return fc.oneof(randomFormArbitrary(world), nearValidArbitrary(world, route));
}

function randomFormArbitrary(world: World) {
  const value = valueArbitrary(world);
  const field = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...FIELDS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
  return fc
    .tuple(
      fc.oneof(fc.constantFrom(...INTENTS), value),
      fc.dictionary(
        field,
        fc.oneof(
          { weight: 4, arbitrary: value },
          { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }) },
        ),
        { maxKeys: 8 },
      ),
      fc.boolean(),
    )
    .map(
      ([intent, fields, withIntent]) =>
        (withIntent ? { ...fields, intent } : fields) as Record<string, string | string[]>,
    );
}

/** Every row of every table, for before/after comparisons (instrument contents by id only). */
function refusedCalls(context: AppLoadContext): number {
  return (
    context.database
      .sqlite!.prepare("select count(*) as n from audit_events where action = 'api.refused'")
      .get() as { n: number }
  ).n;
}

function snapshot(context: AppLoadContext, exclude: string[] = []): string {
  const sqlite = context.database.sqlite!;
  const tables = (
    sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((t) => !exclude.includes(t));
  const out: Record<string, unknown> = {};
  for (const t of tables)
    out[t] = sqlite
      .prepare(
        t === "instrument_versions"
          ? `select id from "${t}" order by 1`
          : t === "audit_events"
            ? // A refused API call is logged by design (counted separately in the test).
              `select * from "${t}" where action <> 'api.refused' order by rowid`
            : `select * from "${t}" order by rowid`,
      )
      .all();
  return JSON.stringify(out);
}

describe("fuzzing every action with random and hostile posts", () => {
  let t: TestContext;
  let world: World;
  let ipCounter = 0;

  beforeAll(async () => {
    t = await createTestContext("sqlite");
    const org = await organizationWithCandidates(t.context, "Fuzzed", 3);
    const other = await organizationWithCandidates(t.context, "Other", 2);
    const viewerId = await createUser(t.context.db, {
      name: "A viewer",
      email: `viewer.${Date.now()}@example.com`,
      password: "fixture-password-words",
    });
    await addMembership(t.context.db, org.organizationId, viewerId, "viewer");
    const viewerMembership = await t.context.db
      .selectFrom("memberships")
      .select("id")
      .where("user_id", "=", viewerId)
      .executeTakeFirstOrThrow();
    await joinTeamMap(t.context.db, org.organizationId, org.ownerUserId);
    const entry = await t.context.db
      .selectFrom("team_map_entries")
      .select("id")
      .where("organization_id", "=", org.organizationId)
      .executeTakeFirst();
    let scenarioId: string | null = null;
    try {
      const row = t.context.database
        .sqlite!.prepare("select id from org_scenarios where organization_id = ? limit 1")
        .get(org.organizationId) as { id: string } | undefined;
      scenarioId = row?.id ?? null;
    } catch {
      // No org designer tables in this schema.
    }
    const apiKey = (
      await createApiKey(t.context.db, org.organizationId, {
        name: "Fuzz key",
        scope: "read-write",
        createdByUserId: org.ownerUserId,
      })
    ).key;
    world = {
      org,
      other,
      viewerMembershipId: viewerMembership.id,
      teamEntryId: entry?.id ?? null,
      scenarioId,
      apiKey,
    };
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  /** Fresh rows per run for params that an accepted post may use up (erasure, deletion, acceptance). */
  async function paramsFor(
    route: string,
  ): Promise<{ params: Record<string, string>; hints: Record<string, string> }> {
    const db = t.context.db;
    const params: Record<string, string> = {};
    const hints: Record<string, string> = {
      n: String(++ipCounter),
      ownerEmail: world.org.ownerEmail,
      organizationId: world.org.organizationId,
      viewerMembershipId: world.viewerMembershipId,
      itemId: "q01",
    };
    if (route.includes("$roleId")) {
      params.roleId = world.org.roleId;
      // An earlier accepted post may have archived it.
      await db.updateTable("roles").set({ status: "active" }).where("id", "=", world.org.roleId).execute();
    }
    if (route.includes("$candidateId")) {
      const [inv] = await createCandidateInvitations(
        db,
        world.org.organizationId,
        world.org.roleId,
        [{ name: "Fuzz Candidate", email: `fuzz${++ipCounter}@example.com` }],
        { createdByUserId: world.org.ownerUserId },
      );
      params.candidateId = inv!.id;
    }
    if (route.includes("$invitationId")) {
      const [inv] = await createCandidateInvitations(
        db,
        world.org.organizationId,
        world.org.roleId,
        [{ name: "Fuzz Candidate", email: `fuzz${++ipCounter}@example.com` }],
        { createdByUserId: world.org.ownerUserId },
      );
      params.invitationId = inv!.id;
    }
    if (route.includes("$entryId")) params.entryId = world.teamEntryId ?? crypto.randomUUID();
    if (route.includes("$scenarioId")) params.scenarioId = world.scenarioId ?? crypto.randomUUID();
    if (route.startsWith("a.$token")) {
      const token = await startSelfAssessment(db, "adaptive");
      if (ipCounter % 4) await recordSelfId(db, token, null);
      params.token = token;
      const attempt = (await findAttempt(db, token))!;
      const step = attemptNextStep(attempt);
      if (!step.done) hints.itemId = step.screen.item.id;
    }
    if (route.startsWith("i.$token")) {
      const [inv] = await createCandidateInvitations(
        db,
        world.org.organizationId,
        world.org.roleId,
        [{ name: "Fuzz Invitee", email: `inv${++ipCounter}@example.com` }],
        { createdByUserId: world.org.ownerUserId },
      );
      params.token = inv!.token;
    }
    if (route.startsWith("join.$token")) {
      const mail = { origin: "http://localhost:3000", inviterName: "Owner", organizationName: "Fuzz" };
      params.token = (
        await inviteColleague(
          db,
          world.org.organizationId,
          {
            email: `colleague${++ipCounter}@example.com`,
            role: "viewer",
            invitedByUserId: world.org.ownerUserId,
          },
          mail,
        )
      ).token;
    }
    if (route.startsWith("reset-password.$token"))
      params.token = await issuePasswordResetToken(db, world.org.ownerUserId);
    // Any other id parameter (newer routes): a well-formed id of nothing.
    for (const [, name] of route.matchAll(/\$(\w+)/g)) params[name!] ??= crypto.randomUUID();
    return { params, hints };
  }

  /** A signed-in owner for one run (a fuzzed post may sign out, switch organization or reset the password). */
  async function ownerJar(): Promise<CookieJar> {
    const token = await createSession(t.context.db, world.org.ownerUserId, world.org.organizationId);
    const header = await t.context.cookies.session.serialize(token);
    const jar = new CookieJar();
    jar.set("rf_session", header.split(";")[0]!.split("=").slice(1).join("="));
    return jar;
  }

  const context0 = () => t.context;
  /** The API's bearer key, or Greenhouse's Basic form of it. */
  const apiAuth = (route: string) => ({
    Authorization: route.startsWith("api.greenhouse.")
      ? `Basic ${Buffer.from(`${world.apiKey}:`).toString("base64")}`
      : `Bearer ${world.apiKey}`,
  });
  /** Rows of any table that mention the other organization's ids: a post from this one must never touch them. */
  function otherOrganizationRows(context: AppLoadContext): string {
    const ids = [
      world.other.organizationId,
      world.other.roleId,
      world.other.ownerUserId,
      ...world.other.invitations.map((i) => i.id),
    ];
    const rows = JSON.parse(snapshot(context)) as Record<string, unknown[]>;
    return JSON.stringify(
      Object.fromEntries(
        Object.entries(rows).map(([table, list]) => [
          table,
          list.filter((row) =>
            Object.entries(row as object).some(
              ([column, v]) => (column === "id" || column.endsWith("_id")) && ids.includes(v),
            ),
          ),
        ]),
      ),
    );
  }

  it("covers every route module with an action", () => {
    expect(actionRoutes.length).toBeGreaterThan(15);
  });

  for (const route of actionRoutes) {
    it(`${route.name}: no 500, no thrown error, nothing changed on a 4xx`, async () => {
      const statuses: Record<number, number> = {};
      // A failed login is counted by design, even though it answers 400; so is a key's last use.
      const isApi = route.name.startsWith("api.");
      const exclude = route.name === "login" ? ["login_failures"] : isApi ? ["api_keys"] : [];
      await fc.assert(
        fc.asyncProperty(formArbitrary(world, route.name), async (generated) => {
          let form = generated as Record<string, string | string[]>;
          const { params, hints } = await paramsFor(route.name);
          const fill = (v: string) => v.replace(/\{\{(\w+)\}\}/g, (_, key: string) => hints[key] ?? "");
          form = Object.fromEntries(
            Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v.map(fill) : fill(v)]),
          );
          const otherBefore = otherOrganizationRows(context0());
          const jar = await ownerJar();
          const context = t.withIp(`198.51.100.${++ipCounter % 250}`);
          const before = snapshot(context, exclude);
          const refusedBefore = refusedCalls(context);
          let status: number;
          try {
            const res = isApi
              ? await callRoute(route.action as never, {
                  context,
                  path: `/fuzz/${route.name}`,
                  method: "POST",
                  json: form,
                  params,
                  headers: apiAuth(route.name),
                })
              : await callRoute(route.action as never, {
                  context,
                  path: `/fuzz/${route.name}`,
                  method: "POST",
                  form,
                  params,
                  jar,
                });
            status = res.status;
          } catch (error) {
            throw new Error(
              `${route.name} threw ${String((error as Error)?.stack ?? error)} for ${JSON.stringify(form).slice(0, 500)}`,
            );
          }
          statuses[status] = (statuses[status] ?? 0) + 1;
          expect(status, JSON.stringify(form).slice(0, 500)).toBeLessThan(500);
          expect(
            otherOrganizationRows(context),
            `another organization's rows changed: ${JSON.stringify(form).slice(0, 500)}`,
          ).toBe(otherBefore);
          if (status >= 400)
            expect(
              snapshot(context, exclude),
              `${status} changed data: ${JSON.stringify(form).slice(0, 500)}`,
            ).toBe(before);
          // A refused call made with a valid key is one row in the audit log; nothing else is.
          const refusedRow = isApi && status >= 400 && status !== 401 && status !== 429;
          expect(refusedCalls(context), `${status}`).toBe(refusedBefore + (refusedRow ? 1 : 0));
        }),
        { numRuns: NUM_RUNS },
      );
      // Not an assertion on the mix, but visible in the log: the fuzzer reached past validation.
      console.log(`${route.name}: ${JSON.stringify(statuses)}`);
    });
  }
});
