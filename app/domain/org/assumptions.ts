/**
 * Every default the org model runs on, with its source and confidence, in one list the company
 * page shows and docs/org-model.md mirrors. Values come from the constants themselves, so the list
 * cannot drift from what the model uses.
 */

import { formatUsd } from "./money";
import { CLOSE_CALL_FLOOR } from "./evaluate";
import {
  COMBINED_MAX_ARR,
  COMBINED_MAX_FEASIBLE,
  SHARED_VP_MIN_FEASIBLE,
  SOLO_MAX_FEASIBLE,
} from "./feasibility";
import { FRAGILE_DISTANCE } from "./flip";
import {
  COUNT_UNCERTAINTY,
  DEFAULT_EFFORT_UNCERTAINTY,
  DEFAULT_MARKETING_EFFORT_UNCERTAINTY,
} from "./uncertain-inputs";
import { BENCHMARKS, type Confidence, type Range } from "./profile";
import {
  MOTION_ACCOUNT_WORK,
  MOTION_EFFORT,
  SUSTAINABLE_HOURS_PER_QUARTER,
  WORKLOAD_ASSUMPTIONS,
} from "./workload";

export interface Assumption {
  label: string;
  value: string;
  source: string;
  confidence: Confidence;
  note?: string;
}

const ASSUMPTION = "RoleFit assumption";

function show(value: number | Range, format: (x: number) => string = String): string {
  return typeof value === "number"
    ? format(value)
    : `${format(value.low)}–${format(value.high)} (likely ${format(value.mode)})`;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export function modelAssumptions(): Assumption[] {
  const b = BENCHMARKS;
  const byMotion = (pick: (m: keyof typeof MOTION_ACCOUNT_WORK) => string) =>
    `self-serve ${pick("self-serve")}, transactional ${pick("transactional")}, consultative ${pick("consultative")}`;
  return [
    {
      label: "Reps per front-line manager",
      value: show(b.repsPerFrontLineManager.value),
      ...src(b.repsPerFrontLineManager),
    },
    { label: "SDRs per SDR manager", value: show(b.sdrsPerManager.value), ...src(b.sdrsPerManager) },
    {
      label: "AEs per SDR under $25M ARR",
      value: show(b.aesPerSdrUnder25m.value),
      ...src(b.aesPerSdrUnder25m),
    },
    {
      label: "AEs per SDR above $25M ARR",
      value: show(b.aesPerSdrAbove25m.value),
      ...src(b.aesPerSdrAbove25m),
    },
    {
      label: "Separate SDR/AE/CSM roles from",
      value: formatUsd(b.separateSdrRolesFromArr.value) + " ARR",
      ...src(b.separateSdrRolesFromArr),
    },
    { label: "A ramping seller counts as", value: `${b.rampingRepFte.value} FTE`, ...src(b.rampingRepFte) },
    {
      label: "Sales hires that fail",
      value: show(b.salesHireFailureRate.value, pct),
      ...src(b.salesHireFailureRate),
    },
    {
      label: "Quota attainment of a tenured seller",
      value: show(b.quotaAttainment.value, pct),
      ...src(b.quotaAttainment),
    },
    {
      label: "Ramp of a new seller (quarters)",
      value: byMotion((m) => String(MOTION_ACCOUNT_WORK[m].rampQuarters)),
      source: "Bridge Group 2024 (secondary); by motion: RoleFit assumption",
      confidence: "L",
      note: "AE ramp ~5–6 months = 2 quarters for transactional; shorter for self-serve assists, longer for consultative",
    },
    {
      label: "Marketing leader reports to the CEO (1–50 employees)",
      value: pct(b.cmoReportsToCeo.value),
      ...src(b.cmoReportsToCeo),
    },
    {
      label: "Marketing leader reports to the CEO (51–500 employees)",
      value: show(b.cmoReportsToCeoMidSize.value, pct),
      ...src(b.cmoReportsToCeoMidSize),
    },
    {
      label: "GTM share of all employees",
      value: pct(b.gtmShareOfEmployees.value),
      ...src(b.gtmShareOfEmployees),
    },
    {
      label: "Sustainable hours per person a quarter",
      value: String(SUSTAINABLE_HOURS_PER_QUARTER),
      source: ASSUMPTION,
      confidence: "M",
      note: "40 h × 12 weeks × 80% focus",
    },
    {
      label: "Seller hours per opportunity",
      value: byMotion(
        (m) =>
          `${MOTION_EFFORT[m].hoursPerOpportunity} h at ${formatUsd(MOTION_EFFORT[m].referenceDealSize)}, ${MOTION_EFFORT[m].referenceCycleDays} d`,
      ),
      source: ASSUMPTION,
      confidence: "L",
      note: `grows with cycle length^${WORKLOAD_ASSUMPTIONS.cycleLengthExponent} and deal size^${WORKLOAD_ASSUMPTIONS.dealSizeExponent}`,
    },
    {
      label: "Account-management hours per customer a quarter",
      value: byMotion((m) => `${MOTION_ACCOUNT_WORK[m].accountHoursPerCustomer} h`),
      source: ASSUMPTION,
      confidence: "L",
      note: "renewals and check-ins; provisional",
    },
    {
      label: "Expansion share of new ARR",
      value: pct(WORKLOAD_ASSUMPTIONS.expansionShareOfNewArr),
      source: ASSUMPTION,
      confidence: "L",
      note: `worked by account managers at ${pct(WORKLOAD_ASSUMPTIONS.expansionEffortShare)} of a new deal's hours`,
    },
    {
      label: "Sales-engineering hours per seller hour",
      value: byMotion((m) => String(MOTION_ACCOUNT_WORK[m].engineeringHoursPerSellingHour)),
      source: ASSUMPTION,
      confidence: "L",
    },
    {
      label: "Marketing upkeep",
      value: `${pct(WORKLOAD_ASSUMPTIONS.collateralStalenessPerFeature)} of collateral dated per feature, ${WORKLOAD_ASSUMPTIONS.hoursPerCollateralRefresh} h per refresh, ${WORKLOAD_ASSUMPTIONS.launchHoursPerFeature} h launch work per feature, ${WORKLOAD_ASSUMPTIONS.hoursPerChannelPerQuarter} h per channel, ${WORKLOAD_ASSUMPTIONS.researchHoursPerQuarter} h research, ${WORKLOAD_ASSUMPTIONS.demandGenHoursPerOpportunity} h demand generation per opportunity a quarter`,
      source: ASSUMPTION,
      confidence: "L",
      note: "provisional",
    },
    {
      label: "SDRs take over prospecting",
      value: pct(WORKLOAD_ASSUMPTIONS.prospectingShare) + " of seller hours",
      source: ASSUMPTION,
      confidence: "L",
    },
    {
      label: "Generalists' switching overhead",
      value: pct(WORKLOAD_ASSUMPTIONS.generalistSwitchingOverhead),
      source: ASSUMPTION,
      confidence: "L",
    },
    {
      label: "Uncertainty of selling effort (Monte Carlo)",
      value: show(DEFAULT_EFFORT_UNCERTAINTY),
      source: ASSUMPTION,
      confidence: "L",
    },
    {
      label: "Uncertainty of marketing effort (Monte Carlo)",
      value: show(DEFAULT_MARKETING_EFFORT_UNCERTAINTY),
      source: ASSUMPTION,
      confidence: "L",
    },
    {
      label: "Uncertainty of channels and collateral (Monte Carlo)",
      value: show(COUNT_UNCERTAINTY),
      source: ASSUMPTION,
      confidence: "L",
    },
    {
      label: "One person doing both: not feasible above",
      value: `${SOLO_MAX_FEASIBLE} GTM ${SOLO_MAX_FEASIBLE === 1 ? "person" : "people"}`,
      source: ASSUMPTION,
      confidence: "M",
      note: "RoleFit's premise: in a new organization one person may do both",
    },
    {
      label: "Combined generalist team: not feasible above",
      value: `${COMBINED_MAX_FEASIBLE} GTM people or ${formatUsd(COMBINED_MAX_ARR)} ARR`,
      source: "Bridge Group 2017 (separate roles from $5M ARR); cut-off: RoleFit assumption",
      confidence: "L",
    },
    {
      label: "Shared VP: not feasible below",
      value: `${SHARED_VP_MIN_FEASIBLE} GTM people`,
      source: ASSUMPTION,
      confidence: "L",
    },
    {
      label: "Close call: lead below",
      value: `the Monte Carlo spread of the lead, at least ${CLOSE_CALL_FLOOR} points`,
      source: ASSUMPTION,
      confidence: "M",
    },
    {
      label: "Fragile flip: change under",
      value: `${pct(FRAGILE_DISTANCE)} of the input's plausible range`,
      source: ASSUMPTION,
      confidence: "M",
    },
  ];
}

function src(entry: { source: string; confidence: Confidence; note?: string }) {
  return { source: entry.source, confidence: entry.confidence, ...(entry.note ? { note: entry.note } : {}) };
}
