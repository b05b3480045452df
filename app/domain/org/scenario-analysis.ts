// Everything the designer pages show for one scenario, derived from its inputs: the ranked
// structures with reasons, the quarter-by-quarter plan, the hiring plan of the chosen structure,
// its org chart at the chosen quarter and the span warnings. The Monte Carlo and the flip
// analysis are separate calls because they cost more.
import { simulateCapacity } from "./capacity";
import { buildOrgChart, type OrgChart } from "./chart";
import { runMonteCarlo } from "./montecarlo";
import type { CriterionWeights } from "./criteria";
import type { RelationshipStage } from "./diagnostic";
import type { CompanyProfile } from "./profile";
import { scoreStructures } from "./scoring";
import { analyseSpans } from "./spans";
import { STAFFING_SEAT_KEYS, type Staffing } from "./staffing";
import type { StructureId } from "./structures";

export interface ScenarioInputs {
  profile: CompanyProfile;
  weights: CriterionWeights;
  structureId: StructureId;
  quarters: number;
  chartQuarter: number;
}

/** Seat kinds of the hiring plan, in the order a reader expects them. */
export const HIRING_PLAN_SEATS: ReadonlyArray<{ key: (typeof STAFFING_SEAT_KEYS)[number]; label: string }> = [
  { key: "generalists", label: "Generalists (sell and market)" },
  { key: "aes", label: "Account executives" },
  { key: "sdrs", label: "SDRs" },
  { key: "accountManagers", label: "Account managers" },
  { key: "salesEngineers", label: "Sales engineers" },
  { key: "marketers", label: "Marketers" },
  { key: "gtmManagers", label: "GTM team leads" },
  { key: "aeManagers", label: "Sales managers" },
  { key: "sdrManagers", label: "SDR managers" },
  { key: "marketingManagers", label: "Marketing managers" },
  { key: "gtmLeader", label: "Shared GTM leader" },
  { key: "salesHead", label: "Head of sales" },
  { key: "marketingHead", label: "Head of marketing" },
];

/** The scenario's plan and its org chart at the chosen quarter (what seats exist, who reports to whom). */
function chartOf(inputs: Omit<ScenarioInputs, "weights">) {
  const capacity = simulateCapacity(inputs.profile, { quarters: inputs.quarters });
  const plan = capacity.plans[inputs.structureId];
  const chartQuarter = Math.min(Math.max(0, inputs.chartQuarter), plan.length - 1);
  const atQuarter = plan[chartQuarter]!;
  const chart: OrgChart = buildOrgChart(inputs.structureId, atQuarter.staffing, {
    motion: inputs.profile.salesMotion,
    marketingHours: capacity.demand[chartQuarter]!.marketingHours,
  });
  return { capacity, plan, chartQuarter, chart };
}

/** The scenario's org chart at its chosen quarter, without the rest of the analysis. */
export function scenarioChart(inputs: Omit<ScenarioInputs, "weights">): OrgChart {
  return chartOf(inputs).chart;
}

export function analyseScenario(inputs: ScenarioInputs, stage: RelationshipStage) {
  const assessment = scoreStructures(inputs.profile, { stage, weights: inputs.weights });
  const { capacity, plan, chartQuarter, chart } = chartOf(inputs);
  return {
    stage,
    assessment,
    capacity,
    plan,
    chartQuarter,
    chart,
    spans: analyseSpans(chart),
    hiringPlan: hiringPlanRows(
      plan.map((p) => ({
        quarter: p.quarter,
        hires: p.hires,
        staffing: p.staffing,
        cost: p.costPerQuarter,
        headcount: p.headcount,
      })),
    ),
  };
}

/** The hiring plan as rows: per quarter, the hires of each seat kind, headcount and payroll. */
export function hiringPlanRows(
  quarters: ReadonlyArray<{
    quarter: number;
    hires: Staffing;
    staffing: Staffing;
    cost: number;
    headcount: number;
  }>,
) {
  const used = HIRING_PLAN_SEATS.filter((s) => quarters.some((q) => q.staffing[s.key] > 0));
  return {
    seats: used,
    rows: quarters.map((q) => ({
      quarter: q.quarter,
      hires: used.map((s) => q.hires[s.key]),
      totalHires: used.reduce((sum, s) => sum + q.hires[s.key], 0),
      headcount: q.headcount,
      cost: q.cost,
    })),
  };
}

/**
 * The 1,000-run Monte Carlo of a scenario's chosen structure, seeded by the scenario's id, so the
 * plan page and the comparison show the same percentiles for the same scenario.
 */
export function scenarioMonteCarlo(scenario: ScenarioInputs & { id: string }) {
  const seed = [...scenario.id].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);
  return runMonteCarlo(scenario.profile, {
    structureId: scenario.structureId,
    runs: 1000,
    seed,
    quarters: scenario.quarters,
  });
}
