import { simulateCapacity } from "./capacity";
import { normaliseWeights, type CriterionId } from "./criteria";
import { alreadySeparate } from "./feasibility";
import type { RelationshipStage } from "./diagnostic";
import { distinctPair, evaluateStructures } from "./evaluate";
import { flipAnalysis } from "./flip";
import { runMonteCarlo } from "./montecarlo";
import type { CompanyProfile } from "./profile";
import type { StructureId } from "./structures";

/**
 * The org designer's verdict on one scenario, as data: the CLI prints it for exported files and
 * the API returns it for stored scenarios, so both say the same thing about the same inputs.
 */
export interface ScenarioVerdict {
  recommendation: StructureId | null;
  closeCall: boolean;
  ranking: {
    structure: StructureId;
    total: number;
    feasible: boolean;
    probabilityBest: number;
    reason: string | null;
  }[];
  /**
   * The company is past the size where combined teams exist, so it already runs sales and marketing
   * apart: split.quarter is then 0 because the split has happened, not because one lies ahead.
   */
  alreadySplit: boolean;
  split: {
    quarter: number | null;
    p10: number | null;
    p50: number | null;
    p90: number | null;
    neverProbability: number;
  };
  staffing: { quarter0Headcount: number };
  flips: { to: StructureId; description: string }[];
  closeCallText: string | null;
}

/** Monte Carlo runs and seed of a verdict unless the caller chooses (the CLI's --runs and --seed). */
export const DEFAULT_VERDICT_RUNS = 500;
export const DEFAULT_VERDICT_SEED = 1;

/** The quarter by which a share p of the runs had to split, or null if that share never did. */
function quarterAt(byQuarter: number[], p: number): number | null {
  const index = byQuarter.findIndex((share) => share >= p - 1e-12);
  return index >= 0 ? index : null;
}

export function scenarioVerdict(
  scenario: { profile: CompanyProfile; weights: Partial<Record<CriterionId, number>>; quarters: number },
  options: { stage: RelationshipStage; runs: number; seed: number },
): ScenarioVerdict {
  const { stage } = options;
  const weights = normaliseWeights(scenario.weights);
  const evaluation = evaluateStructures(scenario.profile, {
    stage,
    weights,
    runs: options.runs,
    seed: options.seed,
  });
  const flips = flipAnalysis(scenario.profile, { stage, weights });
  const split = runMonteCarlo(scenario.profile, {
    structureId: "combined",
    runs: options.runs,
    seed: options.seed,
    quarters: scenario.quarters,
  });
  const capacity = simulateCapacity(scenario.profile, { quarters: scenario.quarters });
  const recommendation = evaluation.assessment.ranking.some((r) => r.feasible)
    ? evaluation.assessment.recommended
    : null;
  const fragile = flips.fragility !== null;
  return {
    recommendation,
    closeCall: evaluation.closeCall.isClose || fragile,
    ranking: evaluation.assessment.ranking.map((r) => ({
      structure: r.structureId,
      total: Math.round(r.total * 1000) / 1000,
      feasible: r.feasible,
      probabilityBest: evaluation.odds.find((o) => o.structureId === r.structureId)!.probabilityBest,
      reason: r.feasibilityReason,
    })),
    alreadySplit: alreadySeparate(scenario.profile.arr, scenario.profile.gtmHeadcount),
    split: {
      quarter: capacity.splitQuarter,
      p10: quarterAt(split.splitProbabilityByQuarter, 0.1),
      p50: quarterAt(split.splitProbabilityByQuarter, 0.5),
      p90: quarterAt(split.splitProbabilityByQuarter, 0.9),
      neverProbability: split.splitNeverProbability,
    },
    staffing: {
      quarter0Headcount: recommendation
        ? capacity.plans[recommendation][0]!.headcount
        : scenario.profile.gtmHeadcount,
    },
    flips: [...flips.flips.filter((f) => !f.fragile), ...flips.whatIf].map((f) => ({
      to: f.newWinner,
      description: f.description,
    })),
    closeCallText: evaluation.closeCall.isClose
      ? `too close to call: lead ${distinctPair(evaluation.closeCall.lead, evaluation.closeCall.band).join(" < band ")} (vs ${evaluation.closeCall.runnerUp})`
      : fragile
        ? `fragile: ${flips.fragility!.description}`
        : null,
  };
}
