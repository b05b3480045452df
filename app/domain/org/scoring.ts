/**
 * Scores each structure 0–10 on each criterion for THIS company: the same structure can be right
 * for a five-person transactional team and wrong for a consultative team of forty. Each score comes
 * with a one-sentence reason built from the inputs, so a founder can disagree with a specific
 * judgement instead of a black box.
 *
 * The rules are heuristics distilled from published practice (Kotler, Rackham & Krishnaswamy, HBR
 * 2006, and the benchmarks listed in docs/org-model.md) and are RoleFit's judgement: transparent and adjustable through the weights,
 * not measured truths.
 */

import { formatUsd } from "./money";
import { modeScenario, profileTeam } from "./capacity";
import { CRITERION_IDS, normaliseWeights, type CriterionId, type CriterionWeights } from "./criteria";
import type { RelationshipStage } from "./diagnostic";
import { RELATIONSHIP_STAGES } from "./diagnostic";
import { assessFeasibility, combinedRoleMustSplit, type Feasibility } from "./feasibility";
import {
  assertValidProfile,
  BENCHMARKS,
  type CompanyProfile,
  type SalesMotion,
  type TeamCounts,
} from "./profile";
import { buildOrgChart } from "./chart";
import { analyseSpans, type SpanReport } from "./spans";
import {
  anchorStaffingInto,
  copyStaffing,
  emptyRampState,
  emptyStaffing,
  headcountOf,
  quarterlyCost,
  staffQuarterInto,
  type Staffing,
} from "./staffing";
import { STRUCTURE_IDS, STRUCTURES, type StructureId } from "./structures";
import {
  combinedLoadRatio,
  demandInto,
  emptyDemand,
  SUSTAINABLE_HOURS_PER_QUARTER,
  totalHoursOf,
  WORKLOAD_ASSUMPTIONS,
  type ScenarioNumbers,
} from "./workload";

/** Horizon over which the split point is looked for when scoring (the full simulation horizon). */
const SCORING_HORIZON_QUARTERS = 12;
/** Product change that counts as "fast": features shipped per quarter at which upkeep dominates. */
const FAST_CHANGE_FEATURES_PER_QUARTER = 20;
/** Up to this many GTM people a team counts as small (Kotler et al.: small companies whose informal ways work). */
const SMALL_TEAM = 10;

export interface ScoringOptions {
  /** From the relationship diagnostic; "defined" when it has not been run (the most common stage). */
  stage?: RelationshipStage;
  weights?: Partial<Record<CriterionId, number>>;
}

export interface StructureSnapshot {
  staffing: Staffing;
  headcount: number;
  costPerQuarter: number;
  managementCostShare: number;
  spans: SpanReport;
}

/** Everything the rules look at, derived once per scoring call. */
export interface ScoringContext {
  stage: RelationshipStage;
  stageIndex: number;
  motion: SalesMotion;
  gtmHeadcount: number;
  /** Company size estimated from GTM headcount, for the reporting base rates. */
  employees: number;
  arr: number;
  dealSize: number;
  cycleDays: number;
  featuresPerQuarter: number;
  channels: number;
  collateralItems: number;
  selfServeShare: number;
  sellingHoursNow: number;
  /** Renewals, expansion and sales engineering. */
  otherSalesHoursNow: number;
  marketingHoursNow: number;
  /** Today's team doing every job: hours demanded / hours sustainable. */
  teamLoadNow: number;
  /** One person doing every job: hours demanded / 384. */
  soloLoadNow: number;
  marketingFteNow: number;
  splitQuarter: number | null;
  /** 0 at three GTM people or fewer, 1 at sixty or more (log scale): how much specialists pay off. */
  scale: number;
  /** Complex or fast-changing markets, where Kotler et al. advise integration over mere alignment. */
  complex: boolean;
  /** Small, simple businesses whose informal ways can work (Kotler et al.). */
  simpleAndSmall: boolean;
  /** Share of companies of this size whose marketing leader reports to the CEO (Pave/SaaStr). */
  ceoReportingBaseRate: number;
  today: Required<TeamCounts>;
  /** Each structure staffed for today: today's people plus the leadership seats it needs. */
  snapshots: Record<StructureId, StructureSnapshot>;
  feasibility: Record<StructureId, Feasibility>;
}

export interface CriterionScore {
  criterionId: CriterionId;
  score: number;
  weight: number;
  /** weight × score: this criterion's share of the total. */
  contribution: number;
  reason: string;
}

export interface StructureScore {
  structureId: StructureId;
  name: string;
  rank: number;
  /** Weighted mean score, 0–10, less any feasibility penalty. */
  total: number;
  feasible: boolean;
  penalty: number;
  feasibilityReason: string | null;
  criteria: CriterionScore[];
}

export interface StructureAssessment {
  stage: RelationshipStage;
  weights: CriterionWeights;
  /** Feasible structures best first, then the infeasible ones; ties keep the order of STRUCTURE_IDS. */
  ranking: StructureScore[];
  /** The best feasible structure. */
  recommended: StructureId;
  context: ScoringContext;
}

/** Share of marketing leaders reporting to the CEO at this company size (Pave/SaaStr, M). */
export function ceoReportingBaseRate(employees: number): number {
  // No figure above 500 employees is published in the source; the 51–500 figure is carried on.
  return employees <= 50 ? BENCHMARKS.cmoReportsToCeo.value : BENCHMARKS.cmoReportsToCeoMidSize.value.mode;
}

export function buildScoringContext(
  profile: CompanyProfile,
  stage: RelationshipStage = "defined",
): ScoringContext {
  assertValidProfile(profile);
  const scenario = modeScenario(profile);
  return buildScoringContextFrom(profile, scenario, stage, profileTeam(profile, scenario));
}

/** The context on given numbers (the Monte Carlo of the totals passes one draw at a time). */
export function buildScoringContextFrom(
  profile: Pick<CompanyProfile, "salaries">,
  scenario: ScenarioNumbers,
  stage: RelationshipStage,
  today: Required<TeamCounts>,
): ScoringContext {
  const demand = emptyDemand();
  let splitQuarter: number | null = null;
  for (let q = SCORING_HORIZON_QUARTERS; q >= 0; q--) {
    demandInto(scenario, q, demand);
    if (
      combinedRoleMustSplit(
        combinedLoadRatio(totalHoursOf(demand), scenario.gtmHeadcount),
        demand.arr,
        scenario.gtmHeadcount,
      )
    ) {
      splitQuarter = q;
    }
  }
  demandInto(scenario, 0, demand);
  const sellingHoursNow = demand.sellingHours;
  const otherSalesHoursNow = demand.accountHours + demand.engineeringHours;
  const marketingHoursNow = demand.marketing.total;
  const totalNow = totalHoursOf(demand);
  const soloLoadNow = totalNow / SUSTAINABLE_HOURS_PER_QUARTER;

  const snapshots = {} as Record<StructureId, StructureSnapshot>;
  const feasibility = {} as Record<StructureId, Feasibility>;
  const anchored = emptyStaffing();
  for (const structure of STRUCTURE_IDS) {
    const ramp = emptyRampState();
    anchorStaffingInto(structure, today, ramp, anchored);
    // Today's people rearranged, plus the leadership seats the structure needs for today's work.
    const staffing = staffQuarterInto(structure, scenario, demand, anchored, ramp, emptyStaffing());
    const individualsOnly = copyStaffing(staffing, emptyStaffing());
    individualsOnly.gtmManagers =
      individualsOnly.aeManagers =
      individualsOnly.sdrManagers =
      individualsOnly.marketingManagers =
        0;
    individualsOnly.gtmLeader = individualsOnly.salesHead = individualsOnly.marketingHead = 0;
    const cost = quarterlyCost(structure, staffing, profile.salaries);
    let managementCost = cost - quarterlyCost(structure, individualsOnly, profile.salaries);
    // A combined team's lead is a player-coach who still sells about half the time.
    if (structure === "combined" && staffing.gtmLeader && !staffing.gtmLeaderIsVp) {
      managementCost -= (0.5 * profile.salaries.salesManager) / 4;
    }
    const chart = buildOrgChart(structure, staffing, {
      motion: scenario.motion,
      marketingHours: demand.marketing,
    });
    snapshots[structure] = {
      staffing,
      headcount: headcountOf(staffing),
      costPerQuarter: cost,
      managementCostShare: cost > 0 ? Math.max(0, managementCost) / cost : 0,
      spans: analyseSpans(chart),
    };
    feasibility[structure] = assessFeasibility(structure, {
      gtmHeadcount: scenario.gtmHeadcount,
      arr: scenario.arrToday,
      soloLoad: soloLoadNow,
    });
  }
  const featuresPerQuarter = scenario.releasesPerQuarter * scenario.featuresPerRelease;
  const gtm = scenario.gtmHeadcount;
  const complex =
    scenario.motion === "consultative" ||
    scenario.cycleDays > 90 ||
    featuresPerQuarter >= FAST_CHANGE_FEATURES_PER_QUARTER;
  const employees = gtm / BENCHMARKS.gtmShareOfEmployees.value;
  return {
    stage,
    stageIndex: RELATIONSHIP_STAGES.indexOf(stage),
    motion: scenario.motion,
    gtmHeadcount: gtm,
    employees,
    arr: scenario.arrToday,
    dealSize: scenario.dealSize,
    cycleDays: scenario.cycleDays,
    featuresPerQuarter,
    channels: scenario.channels,
    collateralItems: scenario.collateralItems,
    selfServeShare: scenario.selfServeShare,
    sellingHoursNow,
    otherSalesHoursNow,
    marketingHoursNow,
    teamLoadNow: combinedLoadRatio(totalNow, gtm),
    soloLoadNow,
    marketingFteNow: marketingHoursNow / SUSTAINABLE_HOURS_PER_QUARTER,
    splitQuarter,
    scale: Math.min(1, Math.max(0, Math.log(gtm / 3) / Math.log(60 / 3))),
    complex,
    simpleAndSmall: !complex && gtm <= SMALL_TEAM,
    ceoReportingBaseRate: ceoReportingBaseRate(employees),
    today,
    snapshots,
    feasibility,
  };
}

export function scoreStructures(profile: CompanyProfile, options: ScoringOptions = {}): StructureAssessment {
  const weights = normaliseWeights(options.weights);
  const context = buildScoringContext(profile, options.stage ?? "defined");
  return rankWithWeights(context, weights);
}

/** Ranks on an already built context (flip analysis re-weights without rebuilding it). */
export function rankWithWeights(context: ScoringContext, weights: CriterionWeights): StructureAssessment {
  const scored = STRUCTURE_IDS.map((structureId, order) => {
    const criteria = CRITERION_IDS.map((criterionId): CriterionScore => {
      const { score, reason } = RULES[criterionId](structureId, context);
      const clamped = clamp10(score);
      return {
        criterionId,
        score: clamped,
        weight: weights[criterionId],
        contribution: clamped * weights[criterionId],
        reason,
      };
    });
    const feasibility = context.feasibility[structureId];
    const total = Math.max(0, criteria.reduce((sum, c) => sum + c.contribution, 0) - feasibility.penalty);
    return {
      structureId,
      name: STRUCTURES[structureId].name,
      rank: 0,
      total,
      feasible: feasibility.feasible,
      penalty: feasibility.penalty,
      feasibilityReason: feasibility.reason,
      criteria,
      order,
    };
  });
  scored.sort((a, b) => Number(b.feasible) - Number(a.feasible) || b.total - a.total || a.order - b.order);
  const ranking = scored.map(({ order: _order, ...rest }, index) => ({ ...rest, rank: index + 1 }));
  return { stage: context.stage, weights, ranking, recommended: ranking[0]!.structureId, context };
}

/** Raw 0–10 score of one structure on one criterion, with its reason. */
export function scoreCriterion(structureId: StructureId, criterionId: CriterionId, context: ScoringContext) {
  const { score, reason } = RULES[criterionId](structureId, context);
  return { score: clamp10(score), reason };
}

type Rule = (structure: StructureId, c: ScoringContext) => { score: number; reason: string };

/*
 * How the relationship stage enters (Kotler, Rackham & Krishnaswamy 2006): a better relationship
 * raises the scores of every structure with one person or one leader over both jobs, and more so
 * for complex, fast-changing or long-cycle businesses, where integration under one revenue leader
 * is their remedy. The peers structure's scores do not rise with the stage: a good relationship
 * makes peers workable, but never more attractive than one leader. This keeps "moving toward
 * integration never moves the advice away from one revenue leader" true by construction.
 */
function stageGain(s: StructureId, c: ScoringContext, perStage: number): number {
  if (s === "peers" || s === "solo") return 0;
  const integrationPull =
    c.complex && (s === "shared-vp" || s === "marketing-under-sales" || s === "sales-under-marketing")
      ? 0.3
      : 0;
  return (perStage + integrationPull) * c.stageIndex;
}

const RULES: Record<CriterionId, Rule> = {
  "message-consistency": (s, c) => {
    const change = `${fmt(c.featuresPerQuarter)} product changes a quarter and ${fmt(c.collateralItems)} collateral items`;
    const churn = Math.min(1, c.featuresPerQuarter / (FAST_CHANGE_FEATURES_PER_QUARTER * 1.5));
    const gain = stageGain(s, c, 0.4);
    switch (s) {
      case "solo": {
        const overload = Math.max(0, c.soloLoadNow - 1);
        return {
          score: 9.5 - 3 * overload,
          reason: `With ${change} and ${pct(c.soloLoadNow)} of one person's sustainable hours needed, a single voice keeps the message consistent${overload > 0 ? ", but the overload leaves collateral going stale" : ""}.`,
        };
      }
      case "combined":
        return {
          score:
            8.5 - 0.3 * Math.max(0, c.gtmHeadcount - 4) - 2 * Math.max(0, c.teamLoadNow - 1) - churn + gain,
          reason: `With ${c.gtmHeadcount} people who each sell and write material and ${change}, the message stays close to the field${c.gtmHeadcount > 4 ? ", but it drifts as each person edits their own version" : ""}.`,
        };
      case "marketing-under-sales":
        return {
          score: 6 - (c.complex ? 1 : 0) - churn + gain,
          reason: `With ${stagePhrase(c.stage)} and ${change}, sellers who own marketing tend to rewrite material to fit their own style, so one message survives only through discipline.`,
        };
      case "sales-under-marketing":
        return {
          score: 7.5 - (c.motion === "consultative" ? 1.5 : 0) - 0.5 * churn + gain,
          reason: `With marketing in charge of sellers and ${change}, one owner can enforce a single message${c.motion === "consultative" ? ", though consultative deals push sellers to tailor it" : ""}.`,
        };
      case "shared-vp":
        return {
          score: 6.5 + (c.complex ? 1 : 0) + c.scale - 0.5 * churn + gain,
          reason: `With ${change}${c.complex ? " in a complex sale" : ""}, a shared VP can require every release to ship with updated material that both teams use.`,
        };
      case "peers":
        return {
          score: 5.5 - (c.complex ? 1 : 0) - churn,
          reason: `Between two independent leaders, with ${change}, the message stays consistent only as far as they coordinate${c.complex ? ", which is hard with fast change or long cycles" : ""}.`,
        };
    }
  },

  "customer-feedback-loop": (s, c) => {
    const gain = stageGain(s, c, 0.4);
    switch (s) {
      case "solo":
        return {
          score: 9 - 2 * Math.max(0, c.soloLoadNow - 1),
          reason: `With every prospect conversation and every piece of material in one person's hands, customer reactions reach the message directly${c.soloLoadNow > 1 ? `, if that person finds time at ${pct(c.soloLoadNow)} load` : ""}.`,
        };
      case "combined":
        return {
          score: 8.5 - 0.3 * Math.max(0, c.gtmHeadcount - 6) + gain,
          reason: `With ${c.gtmHeadcount} generalists who hear customers and also write the material, feedback needs no hand-off${c.gtmHeadcount > 6 ? ", though it gets scattered across a growing team" : ""}.`,
        };
      case "marketing-under-sales":
        return {
          score: 6.5 + (c.motion === "consultative" ? 1 : 0) - 0.5 * c.selfServeShare + gain,
          reason: `With ${motionPhrase(c.motion)}, a sales leader who owns marketing turns field reactions into marketing priorities quickly${c.motion === "consultative" ? ", and long consultative deals produce rich feedback" : ""}.`,
        };
      case "sales-under-marketing":
        return {
          score: 5 + 2.5 * c.selfServeShare - (c.motion === "consultative" ? 1 : 0) + gain,
          reason: `With buyers doing ${pct(c.selfServeShare)} of their journey online, a marketing leader reads much of the customer signal from online behaviour, while sellers' observations must travel up to be heard.`,
        };
      case "shared-vp":
        return {
          score: 6 + c.scale + (c.complex ? 0.5 : 0) + gain,
          reason: `With ${stagePhrase(c.stage)} and ${c.gtmHeadcount} GTM people, a shared VP hears both the field and the market and can route customer feedback into the message.`,
        };
      case "peers":
        return {
          score: 5 - (c.complex ? 0.5 : 0),
          reason: `Between peer leaders, field feedback reaches marketing only through the channels the two have agreed.`,
        };
    }
  },

  "selling-capacity": (s, c) => {
    const hours = `${hrs(c.sellingHoursNow)} of new-business selling, ${hrs(c.otherSalesHoursNow)} of renewals, expansion and sales engineering and ${hrs(c.marketingHoursNow)} of marketing a quarter`;
    switch (s) {
      case "solo":
        return {
          score: 10 * Math.min(1, 1 / c.soloLoadNow),
          reason: `With ${hours}, one person can give selling only ${pct(Math.min(1, 1 / c.soloLoadNow))} of the hours the work needs.`,
        };
      case "combined": {
        const covered = Math.min(
          1,
          1 / (c.teamLoadNow * (1 + WORKLOAD_ASSUMPTIONS.generalistSwitchingOverhead)),
        );
        return {
          score: 8.5 * covered,
          reason: `With ${hours} shared by ${c.gtmHeadcount} people who switch between jobs, collateral upkeep competes with deals and about ${pct(covered)} of the need is covered today.`,
        };
      }
      case "marketing-under-sales":
        return {
          score: 7 + 2 * c.scale,
          reason: `With ${hrs(c.sellingHoursNow)} of new-business selling needed a quarter, a sales leader in charge protects quota-carrying time first${c.scale < 0.3 ? ", though a team this small has few dedicated sellers" : ""}.`,
        };
      case "sales-under-marketing": {
        const base = c.motion === "self-serve" ? 7 : c.motion === "transactional" ? 5.5 : 4.5;
        return {
          score: base + 1.5 * c.scale,
          reason: `With ${motionPhrase(c.motion)}, a marketing leader may invest in programmes before sellers${c.motion === "self-serve" ? ", which matters little when buyers mostly buy online" : ", leaving selling hours exposed"}.`,
        };
      }
      case "shared-vp":
      case "peers":
        return {
          score: 6 + 2.5 * c.scale,
          reason: `With ${hrs(c.sellingHoursNow)} of new-business selling needed a quarter, dedicated sellers under their own ${s === "peers" ? "leader" : "team lead"} keep selling hours apart from marketing upkeep${c.scale < 0.3 ? ", though at this size the sales team is thin" : ""}.`,
        };
    }
  },

  "marketing-capacity": (s, c) => {
    const upkeep = `${hrs(c.marketingHoursNow)} of marketing upkeep a quarter (${fmt(c.channels)} channels, ${fmt(c.featuresPerQuarter)} product changes)`;
    const changeIntensity = Math.min(1, c.featuresPerQuarter / (FAST_CHANGE_FEATURES_PER_QUARTER * 1.5));
    switch (s) {
      case "solo":
        return {
          score: 10 * Math.min(1, 1 / c.soloLoadNow) - 1,
          reason: `With ${upkeep}, one person doing both jobs lets deals with deadlines crowd out collateral and research.`,
        };
      case "combined": {
        const covered = Math.min(
          1,
          1 / (c.teamLoadNow * (1 + WORKLOAD_ASSUMPTIONS.generalistSwitchingOverhead)),
        );
        return {
          score: 7 * covered - 0.5 * changeIntensity,
          reason: `With ${upkeep}, generalists tend to put deals first, so upkeep and research slip when the team is ${pct(c.teamLoadNow)} loaded.`,
        };
      }
      case "marketing-under-sales":
        return {
          score: 5.5 - 1.5 * changeIntensity + 0.5 * c.scale,
          reason: `With ${upkeep}, marketing under a sales leader becomes sales support, and research and positioning give way to this quarter's deals.`,
        };
      case "sales-under-marketing":
        return {
          score: 7.5 + 1.5 * c.scale,
          reason: `With ${upkeep}, a marketing leader at the top gives upkeep, research and campaigns a protected budget.`,
        };
      case "shared-vp":
        return {
          score: 6.5 + 1.5 * c.scale,
          reason: `With ${upkeep}, a dedicated marketing team under a shared VP keeps its own time, traded against sales only at the VP's level.`,
        };
      case "peers":
        return {
          score: 7 + 1.5 * c.scale,
          reason: `With ${upkeep}, a marketing leader reporting to the CEO defends marketing's time and budget directly.`,
        };
    }
  },

  specialization: (s, c) => {
    // Specialists pay off once there is at least a full person's worth of marketing work.
    const smallScaleBonus = 4 * Math.max(0, 1 - c.marketingFteNow);
    const need = `${fmt(c.marketingFteNow, 1)} people's worth of marketing work and ${c.gtmHeadcount} GTM people`;
    switch (s) {
      case "solo":
        return {
          score: 1 + smallScaleBonus,
          reason: `With ${need}, one person must be a rare "maverick" strong at both selling and marketing.`,
        };
      case "combined":
        return {
          score: 3 + smallScaleBonus - 2 * c.scale,
          reason: `With ${need}, generalists cover both jobs, though most people are much better at one than the other.`,
        };
      case "marketing-under-sales":
      case "sales-under-marketing":
        return {
          score: 4 + 3 * c.scale,
          reason: `With ${need}, specialists are hired, though the function reporting to the other leader gets less senior depth.`,
        };
      case "shared-vp":
        return {
          score: 4.5 + 4 * c.scale,
          reason: `With ${need}, both functions hire specialists with their own heads under one VP.`,
        };
      case "peers":
        return {
          score: 5 + 4 * c.scale,
          reason: `With ${need}, each function is led by its own specialist leader with full depth.`,
        };
    }
  },

  "conflict-arbitration": (s, c) => {
    const gain = stageGain(s, c, 0.3);
    switch (s) {
      case "solo":
        return {
          score: 10,
          reason: `With one person doing both jobs, there is no one to disagree with; trade-offs are settled inside one head.`,
        };
      case "combined":
        return {
          score: 7.5 - 0.2 * Math.max(0, c.gtmHeadcount - 6) + gain,
          reason: `With ${c.gtmHeadcount} people in one team, the team lead settles disagreements quickly, though priorities blur as the team grows.`,
        };
      case "marketing-under-sales":
      case "sales-under-marketing":
        return {
          score: 6 + gain,
          reason: `With ${stagePhrase(c.stage)}, the ${s === "marketing-under-sales" ? "sales" : "marketing"} leader decides, quickly but with a bias toward their own function.`,
        };
      case "shared-vp":
        return {
          score: 7 + (c.complex ? 1 : 0) + c.scale + gain,
          reason: `With ${c.gtmHeadcount} GTM people, ${motionPhrase(c.motion)} and ${stagePhrase(c.stage)}, a shared VP can arbitrate inside go-to-market${c.complex ? ", which matters in a complex sale where the teams must plan together" : ""}.`,
        };
      case "peers": {
        // Base rate: where the marketing leader reports to the CEO in most companies of this size,
        // the CEO as referee is the norm, not a failure; it strains as the GTM team grows.
        const base = c.ceoReportingBaseRate;
        return {
          score: 2 + 6 * base - (c.complex ? 1 : 0) - 0.03 * Math.max(0, c.gtmHeadcount - 20),
          reason: `Disagreements between peer leaders go to the CEO; in ${pct(base)} of companies of about ${fmt(c.employees)} employees the marketing leader reports to the CEO (Pave/SaaStr), so this is common practice${c.complex ? ", though long or complex deals make the CEO a frequent referee" : ""}.`,
        };
      }
    }
  },

  "management-overhead": (s, c) => {
    const snap = c.snapshots[s];
    const share = snap.managementCostShare;
    return {
      score: 10 - 22 * share,
      reason:
        share === 0
          ? `Staffed with today's people, this structure needs ${snap.headcount} ${snap.headcount === 1 ? "person" : "people"} and no management seats, so every salary goes to doing the work.`
          : `Staffed with today's people and the leaders it needs, ${pct(share)} of this structure's ${formatUsd(snap.costPerQuarter)} quarterly GTM payroll goes to management seats.`,
    };
  },

  "decision-speed": (s, c) => {
    const layers = c.snapshots[s].spans.layers;
    const ceoArbitrates = s === "peers";
    // Kotler et al.: small teams whose informal ways work keep things simple as the relationship matures.
    const keepSimple =
      c.simpleAndSmall && (s === "solo" || s === "combined" || s === "marketing-under-sales")
        ? 0.5 * c.stageIndex
        : 0;
    const score = 10 - 1.5 * Math.max(0, layers - 1) - (ceoArbitrates ? 1 + c.scale : 0) + keepSimple;
    return {
      score,
      reason: `With ${layers} GTM layer${layers === 1 ? "" : "s"} below the CEO${ceoArbitrates ? " and cross-team calls going up to the CEO" : ""}, decisions are made by ${STRUCTURES[s].arbiter}${keepSimple > 0 ? `; a small, simple business with ${stagePhrase(c.stage)} can keep it this informal` : ""}.`,
    };
  },

  "sales-motion-fit": (s, c) => {
    const base = MOTION_FIT[c.motion][s];
    const onlineTilt =
      s === "sales-under-marketing"
        ? 4 * (c.selfServeShare - 0.5)
        : s === "marketing-under-sales"
          ? -2 * (c.selfServeShare - 0.5)
          : 0;
    // Many channels make the buyer journey marketing-run; long cycles reward one owner of the whole funnel.
    const channelTilt =
      s === "sales-under-marketing" ? Math.max(-1, Math.min(1, 0.15 * (c.channels - 3))) : 0;
    const cycleTilt = s === "shared-vp" ? Math.min(1, Math.max(0, (c.cycleDays - 60) / 120)) : 0;
    return {
      score: base + onlineTilt + channelTilt + cycleTilt,
      reason: `With ${motionPhrase(c.motion)}, ${formatUsd(c.dealSize)} deals over ${fmt(c.cycleDays)} days, ${fmt(c.channels)} channels and ${pct(c.selfServeShare)} of the journey done online, ${MOTION_FIT_REASON[c.motion][s]}.`,
    };
  },

  "span-of-control": (s, c) => {
    const spans = c.snapshots[s].spans;
    const spanWarnings = spans.warnings.filter((w) => w.kind !== "too-many-layers").length;
    const layerWarnings = spans.warnings.length - spanWarnings;
    const score = 10 - 2.5 * spanWarnings - 2 * layerWarnings;
    const reason =
      spans.warnings.length === 0
        ? spans.spans.length === 0
          ? `Staffed with today's ${spans.headcount} GTM ${spans.headcount === 1 ? "seat" : "seats"}, nobody manages anyone yet, so there is no span to get wrong.`
          : `Staffed with today's ${spans.headcount} GTM seats, every manager has 3–10 direct reports within ${layersText(spans.layers)}.`
        : `Staffed with today's ${spans.headcount} GTM seats: ${spans.warnings.map((w) => w.message.replace(/\.$/, "")).join("; ")}.`;
    return { score, reason };
  },
};

function layersText(layers: number): string {
  return `${layers} layer${layers === 1 ? "" : "s"}`;
}

const MOTION_FIT: Record<SalesMotion, Record<StructureId, number>> = {
  "self-serve": {
    solo: 6,
    combined: 7,
    "marketing-under-sales": 3,
    "sales-under-marketing": 9,
    "shared-vp": 6,
    peers: 6,
  },
  transactional: {
    solo: 4,
    combined: 6,
    "marketing-under-sales": 8,
    "sales-under-marketing": 5,
    "shared-vp": 7,
    peers: 7,
  },
  consultative: {
    solo: 3,
    combined: 4,
    "marketing-under-sales": 7,
    "sales-under-marketing": 3,
    "shared-vp": 9,
    peers: 6,
  },
};

const MOTION_FIT_REASON: Record<SalesMotion, Record<StructureId, string>> = {
  "self-serve": {
    solo: "one person can run the website and help the few buyers who ask, until volume grows",
    combined: "a small team can serve the online journey and the occasional sales-assisted buyer",
    "marketing-under-sales":
      "putting sellers in charge over-invests in one-on-one selling that online buyers rarely need",
    "sales-under-marketing":
      "growth comes mostly from the online journey marketing runs, so marketing leading fits",
    "shared-vp": "a VP over both is more structure than a mostly online sale needs",
    peers: "a separate sales leader has little to lead when buyers mostly buy online",
  },
  transactional: {
    solo: "repeatable deals soon need more selling hours than one person has",
    combined: "generalists can run short, repeatable deals while the volume is modest",
    "marketing-under-sales":
      "short, repeatable deals reward a sales leader who directs lead generation at the pipeline",
    "sales-under-marketing":
      "a marketing leader can run the funnel, but may not manage sellers' pipeline closely enough",
    "shared-vp": "one leader over the funnel from lead to close suits a volume pipeline",
    peers: "clear handoffs between peer teams work well for short, standard deals",
  },
  consultative: {
    solo: "long one-on-one deals leave one person no time for the marketing they also need",
    combined: "long deals absorb generalists and starve the research consultative selling relies on",
    "marketing-under-sales":
      "a sales leader understands long one-on-one deals, though research and positioning get less weight",
    "sales-under-marketing":
      "long one-on-one deals need seller-centred leadership that a marketing leader rarely provides",
    "shared-vp":
      "long, complex deals need integrated planning and shared accountability, which a shared VP provides",
    peers: "peer leaders can work for long deals if the relationship is strong enough to plan together",
  },
};

function clamp10(score: number): number {
  return Math.round(Math.min(10, Math.max(0, score)) * 100) / 100;
}

function stagePhrase(stage: RelationshipStage): string {
  return `${stage === "undefined" || stage === "aligned" || stage === "integrated" ? "an" : "a"} ${stage} relationship`;
}

function motionPhrase(motion: SalesMotion): string {
  return `a ${motion} motion`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function hrs(h: number): string {
  return `${fmt(h)} h`;
}

/** Thousands separators by hand: Intl formatting costs ~100× more and flip analysis scores thousands of times. */
function fmt(x: number, digits = 0): string {
  const factor = 10 ** digits;
  const rounded = Math.round(x * factor) / factor;
  const [whole, fraction] = String(Math.abs(rounded)).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}
