import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as orgIndex from "~/routes/_app.org._index";
import * as structures from "~/routes/_app.org.scenarios.$scenarioId._index";
import * as profileRoute from "~/routes/_app.org.scenarios.$scenarioId.profile";
import * as planRoute from "~/routes/_app.org.scenarios.$scenarioId.plan";
import * as chartRoute from "~/routes/_app.org.scenarios.$scenarioId.chart";
import * as manageRoute from "~/routes/_app.org.scenarios.$scenarioId.manage";
import * as exportRoute from "~/routes/_app.org.scenarios.$scenarioId.export";
import * as hiringPlan from "~/routes/_app.org.scenarios.$scenarioId.hiring-plan";
import * as compareRoute from "~/routes/_app.org.compare";
import * as diagnosticRoute from "~/routes/d.$token";
import * as diagnosticResults from "~/routes/_app.org.diagnostics.$roundId";
import { DIAGNOSTIC_STATEMENTS } from "~/domain/org/diagnostic";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import { memberWithRole, organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const profileForm = (overrides: Record<string, string> = {}) => ({
  stage: "series-a",
  gtmHeadcount: "12",
  arr: "6000000",
  "arrGrowthPerYear.low": "60",
  "arrGrowthPerYear.mode": "100",
  "arrGrowthPerYear.high": "150",
  salesMotion: "consultative",
  "averageDealSize.low": "30000",
  "averageDealSize.mode": "50000",
  "averageDealSize.high": "80000",
  "salesCycleDays.low": "60",
  "salesCycleDays.mode": "90",
  "salesCycleDays.high": "150",
  "releasesPerQuarter.low": "3",
  "releasesPerQuarter.mode": "6",
  "releasesPerQuarter.high": "10",
  "featuresPerRelease.low": "1",
  "featuresPerRelease.mode": "3",
  "featuresPerRelease.high": "5",
  "selfServeBuyingShare.low": "40",
  "selfServeBuyingShare.mode": "55",
  "selfServeBuyingShare.high": "70",
  marketingChannels: "4",
  collateralItems: "25",
  "salaries.ae": "150000",
  "salaries.sdr": "85000",
  "salaries.marketer": "120000",
  "salaries.salesManager": "190000",
  "salaries.marketingManager": "180000",
  "salaries.vp": "280000",
  ...overrides,
});

describe.each(testDialects)("the org designer on %s", (dialect) => {
  let t: TestContext;
  let owner: CookieJar;
  let viewer: CookieJar;
  let org: Awaited<ReturnType<typeof organizationWithCandidates>>;
  let scenarioId: string;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    org = await organizationWithCandidates(t.context, "Planner", 0);
    owner = await signedIn(t.context, org.ownerEmail);
    viewer = await memberWithRole(t.context, org.organizationId, "viewer");
    const created = await callRoute(orgIndex.action, {
      context: t.context,
      path: "/org",
      form: { intent: "create", name: "Base plan" },
      jar: owner,
    });
    expect(created.status).toBe(302);
    scenarioId = created.location!.split("/")[3]!;
  });
  afterAll(async () => {
    await t.cleanup();
  });
  const params = () => ({ scenarioId });

  it("saves the company profile and reports impossible inputs in words", async () => {
    const bad = await callRoute(profileRoute.action, {
      context: t.context,
      path: "/p",
      params: params(),
      form: profileForm({ gtmHeadcount: "0", "salesCycleDays.low": "200" }),
      jar: owner,
    });
    expect(bad.status).toBe(400);
    expect(Object.values(bad.data.error).flat().join(" ")).toMatch(/GTM headcount must be at least 1/);
    expect(Object.values(bad.data.error).flat().join(" ")).toMatch(/low ≤ likely ≤ high/);
    const tooMany = await callRoute(profileRoute.action, {
      context: t.context,
      path: "/p",
      params: params(),
      form: profileForm({ "team.sellers": "20" }),
      jar: owner,
    });
    expect(tooMany.status).toBe(400);
    expect(Object.values(tooMany.data.error).flat().join(" ")).toMatch(
      /team counts add up to 20, more than the GTM headcount of 12/,
    );
    const ok = await callRoute(profileRoute.action, {
      context: t.context,
      path: "/p",
      params: params(),
      form: profileForm({ "team.sellers": "5", "team.marketers": "2", "team.sdrs": "" }),
      jar: owner,
    });
    expect(ok.status).toBe(302);
    const page = await callRoute(profileRoute.loader, {
      context: t.context,
      path: "/p",
      params: params(),
      jar: viewer,
    });
    expect(page.data.values).toMatchObject({
      gtmHeadcount: 12,
      salesMotion: "consultative",
      arrGrowthPerYear: { low: 60, mode: 100, high: 150 },
    });
    expect(page.data.values.team).toEqual({ sellers: 5, marketers: 2 }); // an empty box stays "not entered"
    expect(
      page.data.assumptions.find((a: { label: string }) => a.label === "Sales hires that fail"),
    ).toMatchObject({ source: "Skok", confidence: "M" });
    expect(page.data.sources.averageDealSize.text).toMatch(/source: Bridge Group 2017 \(H\)/);
    const viewerSave = await callRoute(profileRoute.action, {
      context: t.context,
      path: "/p",
      params: params(),
      form: profileForm(),
      jar: viewer,
    });
    expect(viewerSave.status).toBe(403);
  });

  it("ranks six structures with a reason for every score and says what would flip the recommendation", async () => {
    const page = await callRoute(structures.loader, {
      context: t.context,
      path: "/s",
      params: params(),
      jar: viewer,
    });
    expect(page.data.ranking).toHaveLength(6);
    for (const r of page.data.ranking) {
      expect(r.criteria).toHaveLength(10);
      for (const c of r.criteria) expect(c.reason.length).toBeGreaterThan(20);
    }
    expect(page.data.flip.summary.length).toBeGreaterThan(10);
    // Feasibility and the Monte Carlo's verdict: every feasible structure has a chance of being best.
    const feasible = page.data.ranking.filter((r: { feasible: boolean }) => r.feasible);
    expect(feasible.length).toBeGreaterThan(1);
    expect(
      feasible.reduce((sum: number, r: { probabilityBest: number }) => sum + r.probabilityBest, 0),
    ).toBeCloseTo(1);
    for (const r of page.data.ranking.filter((x: { feasible: boolean }) => !x.feasible))
      expect(r.feasibilityReason).toMatch(/^Not feasible/);
    expect(page.data.ranking[0].feasible).toBe(true);
    // The weight boxes show the real weights (equal: 10% each), and raising one normalises sensibly.
    for (const c of page.data.criteria) expect(c.weight).toBeCloseTo(0.1);
    const raised = Object.fromEntries(
      page.data.criteria.map((c: { id: string }) => [
        `weight.${c.id}`,
        c.id === "specialization" ? "20" : "10",
      ]),
    );
    await callRoute(structures.action, {
      context: t.context,
      path: "/s",
      params: params(),
      form: { intent: "weights", ...raised },
      jar: owner,
    });
    const afterRaise = await callRoute(structures.loader, {
      context: t.context,
      path: "/s",
      params: params(),
      jar: viewer,
    });
    expect(
      afterRaise.data.criteria.find((c: { id: string }) => c.id === "specialization").weight,
    ).toBeCloseTo(20 / 110);
    expect(
      afterRaise.data.criteria.find((c: { id: string }) => c.id === "decision-speed").weight,
    ).toBeCloseTo(10 / 110);
    const weights = Object.fromEntries(
      page.data.criteria.map((c: { id: string }) => [
        `weight.${c.id}`,
        c.id === "selling-capacity" ? "10" : "0",
      ]),
    );
    await callRoute(structures.action, {
      context: t.context,
      path: "/s",
      params: params(),
      form: { intent: "weights", ...weights },
      jar: owner,
    });
    const reweighted = await callRoute(structures.loader, {
      context: t.context,
      path: "/s",
      params: params(),
      jar: viewer,
    });
    expect(reweighted.data.criteria.find((c: { id: string }) => c.id === "selling-capacity").weight).toBe(1);
    const allZero = Object.fromEntries(
      page.data.criteria.map((c: { id: string }) => [`weight.${c.id}`, "0"]),
    );
    expect(
      (
        await callRoute(structures.action, {
          context: t.context,
          path: "/s",
          params: params(),
          form: { intent: "weights", ...allZero },
          jar: owner,
        })
      ).status,
    ).toBe(400);
  });

  it("plans quarters with a Monte Carlo, a hiring plan and its CSV", async () => {
    await callRoute(planRoute.action, {
      context: t.context,
      path: "/plan",
      params: params(),
      form: { structureId: "peers", quarters: "8", chartQuarter: "3" },
      jar: owner,
    });
    const plan = await callRoute(planRoute.loader, {
      context: t.context,
      path: "/plan",
      params: params(),
      jar: viewer,
    });
    expect(plan.data.structureId).toBe("peers");
    expect(plan.data.demand).toHaveLength(9);
    // Today's org is the anchor: the plan, its hiring table and the fan chart all start at the 12 entered.
    expect(plan.data.gtmHeadcount).toBe(12);
    expect(plan.data.hiringPlan.rows[0].headcount).toBe(12);
    expect(plan.data.mc.headcount.bands[0].p50).toBe(12);
    expect(plan.data.today.reduce((sum: number, t: { count: number }) => sum + t.count, 0)).toBe(12);
    expect(plan.data.today.find((t: { label: string }) => t.label === "sellers")).toEqual({
      label: "sellers",
      count: 5,
      entered: true,
    });
    expect(plan.data.feasibility.feasible).toBe(true);
    expect(plan.data.mc.split).toHaveLength(9);
    for (let q = 1; q < plan.data.mc.split.length; q++)
      expect(plan.data.mc.split[q]).toBeGreaterThanOrEqual(plan.data.mc.split[q - 1]);
    const again = await callRoute(planRoute.loader, {
      context: t.context,
      path: "/plan",
      params: params(),
      jar: viewer,
    });
    expect(again.data.mc).toEqual(plan.data.mc);
    const request = new Request("http://localhost/x", { headers: { Cookie: viewer.header() } });
    const csv = await (
      (await hiringPlan.loader({ request, params: params(), context: t.context })) as Response
    ).text();
    expect(csv.split("\r\n")[0]).toMatch(/^structure,quarter,/);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(10);
    await callRoute(planRoute.action, {
      context: t.context,
      path: "/plan",
      params: params(),
      form: { structureId: "solo", quarters: "8", chartQuarter: "3" },
      jar: owner,
    });
    const solo = await callRoute(planRoute.loader, {
      context: t.context,
      path: "/plan",
      params: params(),
      jar: viewer,
    });
    expect(solo.data.feasibility.feasible).toBe(false);
    expect(solo.data.feasibility.reason).toMatch(/12 people work in go-to-market today/);
    expect(solo.data.soloPeak.load).toBeGreaterThan(1);
    await callRoute(planRoute.action, {
      context: t.context,
      path: "/plan",
      params: params(),
      form: { structureId: "peers", quarters: "8", chartQuarter: "3" },
      jar: owner,
    });
  });

  it("draws the org chart and places a member in a seat with their fit when assessed", async () => {
    const chart = await callRoute(chartRoute.loader, {
      context: t.context,
      path: "/c",
      params: params(),
      jar: viewer,
    });
    const seat = chart.data.seats[0];
    expect(seat).toBeTruthy();
    const placed = await callRoute(chartRoute.action, {
      context: t.context,
      path: "/c",
      params: params(),
      form: { intent: "assign", seatId: seat.id, userId: org.ownerUserId },
      jar: owner,
    });
    expect(placed.status).toBe(302);
    const after = await callRoute(chartRoute.loader, {
      context: t.context,
      path: "/c",
      params: params(),
      jar: viewer,
    });
    expect(after.data.placed).toHaveLength(1);
    expect(after.data.placed[0]).toMatchObject({ seat: seat.title, assessed: false, fit: null });
  });

  it("exports a scenario that imports back unchanged, duplicates and compares", async () => {
    const request = new Request("http://localhost/x", { headers: { Cookie: owner.header() } });
    const file = await (
      (await exportRoute.loader({ request, params: params(), context: t.context })) as Response
    ).text();
    const form = new FormData();
    form.set("intent", "import");
    form.set("file", new File([file], "s.json", { type: "application/json" }));
    const imported = (await orgIndex.action({
      request: new Request("http://localhost/org", {
        method: "POST",
        body: form,
        headers: { Cookie: owner.header() },
      }),
      params: {},
      context: t.context,
    })) as Response;
    expect(imported.status).toBe(302);
    const newId = imported.headers.get("Location")!.split("/")[3]!;
    const reExported = await (
      (await exportRoute.loader({ request, params: { scenarioId: newId }, context: t.context })) as Response
    ).text();
    // Same scenario, told apart from the original by its name.
    expect(JSON.parse(reExported)).toEqual({ ...JSON.parse(file), name: "Base plan (imported)" });
    expect(JSON.parse(file).version).toBe(2);

    // A version-1 export (no team breakdown, weights on the old 0–10 scale) still imports.
    const v1 = {
      ...JSON.parse(file),
      version: 1,
      name: "Old export",
      weights: { "selling-capacity": 10, specialization: 5 },
    };
    const v1Form = new FormData();
    v1Form.set("intent", "import");
    v1Form.set("file", new File([JSON.stringify(v1)], "old.json"));
    const v1Imported = (await orgIndex.action({
      request: new Request("http://localhost/org", {
        method: "POST",
        body: v1Form,
        headers: { Cookie: owner.header() },
      }),
      params: {},
      context: t.context,
    })) as Response;
    expect(v1Imported.status).toBe(302);

    const badForm = new FormData();
    badForm.set("intent", "import");
    badForm.set(
      "file",
      new File(
        [
          JSON.stringify({
            format: "rolefit-org-scenario",
            version: 1,
            name: "x",
            structureId: "solo",
            quarters: 8,
            chartQuarter: 0,
            weights: {},
            profile: { gtmHeadcount: -1 },
          }),
        ],
        "b.json",
      ),
    );
    const refused = await orgIndex.action({
      request: new Request("http://localhost/org", {
        method: "POST",
        body: badForm,
        headers: { Cookie: owner.header() },
      }),
      params: {},
      context: t.context,
    });
    expect((refused as { init: ResponseInit }).init.status).toBe(400);

    // The import keeps to the form's bounds and stores nothing the form could not have produced.
    const base = JSON.parse(file);
    const hostile = [
      { ...base, profile: { ...base.profile, gtmHeadcount: 10_000_000 } },
      { ...base, profile: { ...base.profile, arr: 1e15 } },
      { ...base, profile: { ...base.profile, salaries: { ...base.profile.salaries, ae: 1e308 } } },
      { ...base, profile: { ...base.profile, extra: "x" } },
    ];
    const texts = [
      ...hostile.map((h) => JSON.stringify(h)),
      JSON.stringify(base).replace('{"format"', '{"__proto__":{"polluted":true},"format"'),
    ];
    const before = (
      await t.context.db
        .selectFrom("org_scenarios")
        .select("id")
        .where("organization_id", "=", org.organizationId)
        .execute()
    ).length;
    for (const text of texts) {
      const f = new FormData();
      f.set("intent", "import");
      f.set("file", new File([text], "h.json"));
      const r = await orgIndex.action({
        request: new Request("http://localhost/org", {
          method: "POST",
          body: f,
          headers: { Cookie: owner.header() },
        }),
        params: {},
        context: t.context,
      });
      expect((r as { init: ResponseInit }).init.status).toBe(400);
      expect(
        (r as unknown as { data: { reply: { error: Record<string, string[]> } } }).data.reply.error[""]![0],
      ).toMatch(/could not be imported: /);
    }
    const after = (
      await t.context.db
        .selectFrom("org_scenarios")
        .select("id")
        .where("organization_id", "=", org.organizationId)
        .execute()
    ).length;
    expect(after).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const dup = await callRoute(manageRoute.action, {
      context: t.context,
      path: "/m",
      params: params(),
      form: { intent: "duplicate" },
      jar: owner,
    });
    const dupId = dup.location!.split("/")[3]!;
    const compared = await callRoute(compareRoute.loader, {
      context: t.context,
      path: `/org/compare?s=${scenarioId}&s=${dupId}`,
      jar: viewer,
    });
    expect(compared.data.columns.map((c: { name: string }) => c.name)).toEqual([
      "Base plan",
      "Base plan (copy)",
    ]);
    // The comparison and the plan page run the same seeded simulation for a scenario.
    const plan = await callRoute(planRoute.loader, {
      context: t.context,
      path: "/plan",
      params: params(),
      jar: viewer,
    });
    expect(compared.data.columns[0].splitMedian).toBe(plan.data.mc.median);
    expect(
      (
        await callRoute(compareRoute.loader, {
          context: t.context,
          path: `/org/compare?s=${scenarioId}`,
          jar: viewer,
        })
      ).status,
    ).toBe(400);
  });

  it("says when two structures are too close to call and shows both with what tells them apart", async () => {
    const created = await callRoute(orgIndex.action, {
      context: t.context,
      path: "/org",
      form: { intent: "create", name: "Series A" },
      jar: owner,
    });
    const id = created.location!.split("/")[3]!;
    const form = profileForm({
      gtmHeadcount: "14",
      arr: "5000000",
      salesMotion: "transactional",
      "arrGrowthPerYear.low": "50",
      "arrGrowthPerYear.mode": "80",
      "arrGrowthPerYear.high": "110",
      "averageDealSize.low": "15000",
      "averageDealSize.mode": "25000",
      "averageDealSize.high": "35000",
      "salesCycleDays.low": "45",
      "salesCycleDays.mode": "60",
      "salesCycleDays.high": "72",
      "selfServeBuyingShare.low": "40",
      "selfServeBuyingShare.mode": "57",
      "selfServeBuyingShare.high": "70",
      "releasesPerQuarter.high": "12",
      marketingChannels: "3",
      collateralItems: "20",
    });
    expect(
      (
        await callRoute(profileRoute.action, {
          context: t.context,
          path: "/p",
          params: { scenarioId: id },
          form,
          jar: owner,
        })
      ).status,
    ).toBe(302);
    const page = await callRoute(structures.loader, {
      context: t.context,
      path: "/s",
      params: { scenarioId: id },
      jar: viewer,
    });
    expect(page.data.closeCall).not.toBeNull();
    expect(page.data.closeCall.text).toMatch(/too close to call/);
    expect(page.data.closeCall.runnerUp.id).not.toBe(page.data.recommended.id);
    expect(page.data.closeCall.differences).toHaveLength(3);
    const leader = page.data.ranking.find((r: { id: string }) => r.id === page.data.recommended.id);
    expect(leader.probabilityBest).toBeLessThan(0.9);
  });

  it("collects the relationship diagnostic anonymously and feeds its stage into the structure scoring", async () => {
    const created = await callRoute(orgIndex.action, {
      context: t.context,
      path: "/org",
      form: { intent: "diagnostic", title: "Spring check" },
      jar: owner,
    });
    const token = created.data.diagnosticLink.split("/d/")[1];
    let respondent = 0;
    const answer = (team: string, rating: number) =>
      callRoute(diagnosticRoute.action, {
        context: t.withIp(`203.0.113.${++respondent}`),
        path: `/d/${token}`,
        params: { token },
        form: {
          team,
          ...Object.fromEntries(DIAGNOSTIC_STATEMENTS.map((s) => [`r.${s.id}`, String(rating)])),
        },
      });
    expect((await answer("sales", 4)).data.done).toBe(true);
    expect((await answer("marketing", 2)).data.done).toBe(true);
    const roundsEarly = await t.context.db
      .selectFrom("diagnostic_rounds")
      .select("id")
      .where("organization_id", "=", org.organizationId)
      .execute();
    const early = await callRoute(diagnosticResults.loader, {
      context: t.context,
      path: "/r",
      params: { roundId: roundsEarly[0]!.id },
      jar: viewer,
    });
    expect(early.data.result).toBeNull(); // two answers: nothing shown yet
    expect((await answer("sales", 4)).data.done).toBe(true);
    expect((await answer("sales", 4)).data.done).toBe(true);
    const oneMarketer = await callRoute(diagnosticResults.loader, {
      context: t.context,
      path: "/r",
      params: { roundId: roundsEarly[0]!.id },
      jar: viewer,
    });
    expect(oneMarketer.data.result.sales.mean).toBe(80);
    expect(oneMarketer.data.result.marketing).toBeNull(); // one marketer's ratings are never shown
    expect(oneMarketer.data.result.counts.marketing).toBe(1);
    expect(oneMarketer.data.result.teamGap).toBeNull();
    expect(oneMarketer.data.result.overall).toBe(80);
    expect((await answer("marketing", 2)).data.done).toBe(true);
    expect((await answer("marketing", 2)).data.done).toBe(true);
    const incomplete = await callRoute(diagnosticRoute.action, {
      context: t.context,
      path: `/d/${token}`,
      params: { token },
      form: { team: "sales", "r.qualified-lead": "9" },
    });
    expect(incomplete.status).toBe(400);
    const rounds = await t.context.db
      .selectFrom("diagnostic_rounds")
      .select("id")
      .where("organization_id", "=", org.organizationId)
      .execute();
    const results = await callRoute(diagnosticResults.loader, {
      context: t.context,
      path: "/r",
      params: { roundId: rounds[0]!.id },
      jar: viewer,
    });
    expect(results.data.responses).toBe(6);
    expect(results.data.result.sales.mean).toBe(80);
    expect(results.data.result.marketing.mean).toBe(40);
    expect(results.data.result.stage).toBe("aligned");
    expect(results.data.result.teamGap).toBe(40);
    const scored = await callRoute(structures.loader, {
      context: t.context,
      path: "/s",
      params: params(),
      jar: viewer,
    });
    expect(scored.data.stage).toBe("aligned");
    expect(scored.data.stageSource).toMatch(/Spring check/);
    await callRoute(diagnosticResults.action, {
      context: t.context,
      path: "/r",
      params: { roundId: rounds[0]!.id },
      form: {},
      jar: owner,
    });
    expect(
      (
        await callRoute(diagnosticRoute.loader, {
          context: t.context,
          path: `/d/${token}`,
          params: { token },
        })
      ).status,
    ).toBe(410);
  });
});
