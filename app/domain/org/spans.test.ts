import { describe, expect, it } from "vitest";
import { buildOrgChart } from "./chart";
import { analyseSpans, maxSensibleLayers } from "./spans";
import { emptyStaffing } from "./staffing";

describe("spans and layers", () => {
  it("warns when a manager has more than 10 direct reports", () => {
    const staffing = { ...emptyStaffing(), aes: 8, sdrs: 4, marketers: 1, gtmLeader: 1 };
    const report = analyseSpans(buildOrgChart("marketing-under-sales", staffing));
    expect(report.warnings.map((w) => w.kind)).toContain("span-too-wide");
    expect(report.spans.find((s) => s.seatId === "gtm-leader")!.span).toBe(13);
  });

  it("warns when a seat manages fewer than 3 people", () => {
    const staffing = { ...emptyStaffing(), aes: 2, marketers: 4, salesHead: 1, marketingHead: 1 };
    const report = analyseSpans(buildOrgChart("peers", staffing));
    const narrow = report.warnings.filter((w) => w.kind === "span-too-narrow");
    expect(narrow).toHaveLength(1);
    expect(narrow[0]!.message).toContain("Head of Sales");
  });

  it("warns about too many layers for a small headcount", () => {
    // VP → head of sales → 3 AEs, plus 2 marketers: 7 people in 3 layers where 2 would do.
    const staffing = {
      ...emptyStaffing(),
      aes: 3,
      marketers: 2,
      gtmLeader: 1,
      gtmLeaderIsVp: 1,
      salesHead: 1,
    };
    const report = analyseSpans(buildOrgChart("shared-vp", staffing));
    expect(report.headcount).toBe(7);
    expect(report.layers).toBe(3);
    expect(report.warnings.map((w) => w.kind)).toContain("too-many-layers");
  });

  it("stays quiet for a healthy team", () => {
    const staffing = { ...emptyStaffing(), aes: 6, marketers: 4, salesHead: 1, marketingHead: 1 };
    const report = analyseSpans(buildOrgChart("peers", staffing));
    expect(report.warnings).toEqual([]);
    expect(report.layers).toBe(2);
  });

  it("allows one layer more than a tree with 8.5 reports per manager needs", () => {
    expect(maxSensibleLayers(1)).toBe(2);
    expect(maxSensibleLayers(8)).toBe(2);
    expect(maxSensibleLayers(9)).toBe(3);
    expect(maxSensibleLayers(73)).toBe(4);
  });
});
