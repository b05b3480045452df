import { describe, expect, it } from "vitest";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { simulateCapacity } from "./capacity";
import { buildOrgChart, CEO_SEAT_ID, splitMarketers, type OrgChart } from "./chart";
import { defaultProfile } from "./profile";
import { headcountOf } from "./staffing";
import { STRUCTURE_IDS } from "./structures";
import { emptyMarketingHours } from "./workload";

function assertTree(chart: OrgChart) {
  const ids = new Set(chart.seats.map((s) => s.id));
  expect(ids.size).toBe(chart.seats.length);
  expect(chart.seats.filter((s) => s.reportsTo === null).map((s) => s.id)).toEqual([CEO_SEAT_ID]);
  for (const seat of chart.seats) {
    if (seat.reportsTo) expect(ids.has(seat.reportsTo)).toBe(true);
    let hops = 0;
    let current = seat;
    while (current.reportsTo) {
      current = chart.seats.find((s) => s.id === current.reportsTo)!;
      expect(++hops).toBeLessThan(20);
    }
  }
  for (const line of chart.feedbackLines) {
    expect(ids.has(line.from)).toBe(true);
    expect(ids.has(line.to)).toBe(true);
    expect(line.from).not.toBe(line.to);
  }
}

describe("org chart", () => {
  const result = simulateCapacity({
    ...defaultProfile(),
    salesMotion: "consultative",
    averageDealSize: 90_000,
    arr: 9_000_000,
  });

  it("builds a valid tree for every structure and quarter whose seats add up to the plan", () => {
    for (const structure of STRUCTURE_IDS) {
      for (const q of [0, 6, 12]) {
        const plan = result.plans[structure][q]!;
        const chart = buildOrgChart(structure, plan.staffing, {
          motion: "consultative",
          marketingHours: result.demand[q]!.marketingHours,
        });
        assertTree(chart);
        const seats = chart.seats.filter((s) => s.id !== CEO_SEAT_ID).reduce((sum, s) => sum + s.count, 0);
        expect(seats).toBe(headcountOf(plan.staffing));
      }
    }
  });

  it("uses the fit module's role template ids and enterprise AEs for consultative selling", () => {
    const plan = result.plans["shared-vp"][8]!;
    const chart = buildOrgChart("shared-vp", plan.staffing, { motion: "consultative" });
    const templates = new Set(chart.seats.map((s) => s.roleTemplateId));
    expect(templates).toContain("ae-enterprise");
    expect(templates).toContain("vp-sales-marketing");
    expect(templates).toContain("sdr");
    expect(chart.seats.find((s) => s.id === "gtm-leader")!.reportsTo).toBe(CEO_SEAT_ID);
  });

  it("draws dotted feedback lines between sales and marketing in split structures only", () => {
    const peers = buildOrgChart("peers", result.plans.peers[8]!.staffing);
    expect(peers.feedbackLines.length).toBe(2);
    expect(buildOrgChart("solo", result.plans.solo[0]!.staffing).feedbackLines).toEqual([]);
  });

  it("splits marketers by where the hours go, always keeping a product marketer", () => {
    const hours = { ...emptyMarketingHours(), demandGeneration: 900, webContent: 50, total: 950 };
    const groups = splitMarketers(3, hours);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(3);
    expect(groups.find((g) => g.roleTemplateId === "product-marketing-manager")?.count).toBe(1);
    expect(splitMarketers(1)).toEqual([
      expect.objectContaining({ roleTemplateId: "product-marketing-manager", count: 1 }),
    ]);
    expect(splitMarketers(0)).toEqual([]);
  });
});

describe("seat templates", () => {
  it("every seat's role template exists, so seat fit can be computed", () => {
    const ids = new Set(ROLE_TEMPLATES.map((t) => t.id));
    const profile = { ...defaultProfile(), gtmHeadcount: 40, arr: 30_000_000 };
    const plan = simulateCapacity(profile);
    for (const structure of STRUCTURE_IDS) {
      const last = plan.plans[structure].at(-1)!;
      for (const seat of buildOrgChart(structure, last.staffing, {
        marketingHours: plan.demand.at(-1)!.marketingHours,
      }).seats) {
        if (seat.roleTemplateId)
          expect(ids.has(seat.roleTemplateId), `${structure}/${seat.id}: ${seat.roleTemplateId}`).toBe(true);
      }
    }
  });
});
