/**
 * The honest verdict on one company: the ranking on the most likely inputs, how often each
 * structure comes out best when every uncertain input is drawn from its range, and whether the top
 * two are too close to call.
 *
 * Close call: the top two are too close to call when the winner's lead on the most likely inputs
 * is smaller than the spread of that lead across the Monte Carlo runs (one standard deviation),
 * or smaller than CLOSE_CALL_FLOOR points. The reason: if the uncertainty the founder already
 * admits to moves the gap by more than the gap itself, the ranking is not telling the two apart.
 * The floor covers companies whose inputs carry no ranges at all (scores are rounded to 0.01 and
 * weights are set in whole percent, so gaps under a tenth of a point are below the model's resolution).
 */

import { modeScenario, profileTeam } from "./capacity";
import { CRITERIA, normaliseWeights, type CriterionId } from "./criteria";
import type { RelationshipStage } from "./diagnostic";
import { assertValidProfile, type CompanyProfile } from "./profile";
import { mixSeed, mulberry32 } from "../psychometrics/prng";
import {
  buildScoringContextFrom,
  rankWithWeights,
  type ScoringOptions,
  type StructureAssessment,
} from "./scoring";
import { drawInputsInto, uncertainInputs } from "./uncertain-inputs";
import { STRUCTURE_IDS, STRUCTURES, type StructureId } from "./structures";

export const DEFAULT_ODDS_RUNS = 400;
export const DEFAULT_ODDS_SEED = 20_261_130;
export const CLOSE_CALL_FLOOR = 0.1;

export interface StructureOdds {
  structureId: StructureId;
  /** Share of runs in which this structure was the best feasible one. */
  probabilityBest: number;
  meanTotal: number;
  sdTotal: number;
}

export interface CloseCall {
  isClose: boolean;
  /** The band the lead is compared with: max(floor, standard deviation of the lead over the runs). */
  band: number;
  lead: number;
  leader: StructureId;
  runnerUp: StructureId | null;
  /** The criteria where the two differ most, with the score of each (what tells them apart). */
  differences: {
    criterionId: CriterionId;
    name: string;
    leader: number;
    runnerUp: number;
    leaderReason: string;
    runnerUpReason: string;
  }[];
}

export interface Evaluation {
  assessment: StructureAssessment;
  odds: StructureOdds[];
  closeCall: CloseCall;
  runs: number;
  seed: number;
}

export interface EvaluateOptions extends ScoringOptions {
  runs?: number;
  seed?: number;
}

export function evaluateStructures(profile: CompanyProfile, options: EvaluateOptions = {}): Evaluation {
  assertValidProfile(profile);
  const runs = options.runs ?? DEFAULT_ODDS_RUNS;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError("runs must be a whole number ≥ 1");
  const seed = options.seed ?? DEFAULT_ODDS_SEED;
  const stage: RelationshipStage = options.stage ?? "defined";
  const weights = normaliseWeights(options.weights);
  const base = modeScenario(profile);
  const today = profileTeam(profile, base);
  const assessment = rankWithWeights(buildScoringContextFrom(profile, base, stage, today), weights);
  const leader = assessment.recommended;

  const inputs = uncertainInputs(profile);
  const random = mulberry32(mixSeed(seed));
  const scenario = { ...base };

  const wins = new Map<StructureId, number>(STRUCTURE_IDS.map((id) => [id, 0]));
  const totals = new Float64Array(runs * STRUCTURE_IDS.length);
  for (let run = 0; run < runs; run++) {
    drawInputsInto(random, inputs, scenario);
    const ranked = rankWithWeights(buildScoringContextFrom(profile, scenario, stage, today), weights);
    wins.set(ranked.recommended, wins.get(ranked.recommended)! + 1);
    for (const r of ranked.ranking)
      totals[run * STRUCTURE_IDS.length + STRUCTURE_IDS.indexOf(r.structureId)] = r.total;
  }
  const moments = (values: (run: number) => number) => {
    let sum = 0;
    let sq = 0;
    for (let run = 0; run < runs; run++) {
      const v = values(run);
      sum += v;
      sq += v * v;
    }
    const mean = sum / runs;
    return { mean, sd: Math.sqrt(Math.max(0, sq / runs - mean * mean)) };
  };
  const totalOf = (run: number, id: StructureId) =>
    totals[run * STRUCTURE_IDS.length + STRUCTURE_IDS.indexOf(id)]!;

  const odds: StructureOdds[] = assessment.ranking.map((r) => {
    const m = moments((run) => totalOf(run, r.structureId));
    return {
      structureId: r.structureId,
      probabilityBest: r.feasible ? wins.get(r.structureId)! / runs : 0,
      meanTotal: m.mean,
      sdTotal: m.sd,
    };
  });

  // The runner-up is the feasible challenger most often best across the runs; on a tie (or when the
  // leader always wins) the next in the ranking on the most likely inputs.
  const challengers = assessment.ranking.filter((r) => r.feasible && r.structureId !== leader);
  const bestOdds = (id: StructureId) => odds.find((o) => o.structureId === id)!.probabilityBest;
  const runnerScore = challengers.reduce<(typeof challengers)[number] | null>(
    (best, r) => (best === null || bestOdds(r.structureId) > bestOdds(best.structureId) ? r : best),
    null,
  );
  const runnerUp = runnerScore?.structureId ?? null;
  const leaderScore = assessment.ranking.find((r) => r.structureId === leader)!;
  const lead = runnerScore ? leaderScore.total - runnerScore.total : Number.POSITIVE_INFINITY;
  const leadSd = runnerUp ? moments((run) => totalOf(run, leader) - totalOf(run, runnerUp)).sd : 0;
  const band = Math.max(CLOSE_CALL_FLOOR, leadSd);
  const differences = runnerUp ? criterionDifferences(assessment, leader, runnerUp) : [];
  return {
    assessment,
    odds,
    closeCall: { isClose: runnerUp !== null && lead < band, band, lead, leader, runnerUp, differences },
    runs,
    seed,
  };
}

/** The three criteria on which two structures differ most (weighted), with both scores and reasons. */
export function criterionDifferences(
  assessment: StructureAssessment,
  a: StructureId,
  b: StructureId,
): CloseCall["differences"] {
  const first = assessment.ranking.find((r) => r.structureId === a)!;
  const second = assessment.ranking.find((r) => r.structureId === b)!;
  return first.criteria
    .map((c) => {
      const other = second.criteria.find((o) => o.criterionId === c.criterionId)!;
      return {
        criterionId: c.criterionId,
        name: CRITERIA[c.criterionId].name,
        leader: c.score,
        runnerUp: other.score,
        leaderReason: c.reason,
        runnerUpReason: other.reason,
        gap: Math.abs(c.score - other.score) * c.weight,
      };
    })
    .sort((x, y) => y.gap - x.gap)
    .slice(0, 3)
    .map(({ gap: _gap, ...rest }) => rest);
}

/** "Shared VP of sales & marketing and Marketing reports to sales are too close to call." */
export function closeCallSentence(closeCall: CloseCall): string {
  if (!closeCall.isClose || !closeCall.runnerUp) return "";
  const [lead, band] = distinctPair(closeCall.lead, closeCall.band);
  return `“${STRUCTURES[closeCall.leader].name}” and “${STRUCTURES[closeCall.runnerUp].name}” are too close to call: the lead of ${lead} points is within the ${band}-point spread your input ranges give it.`;
}

/** Two decimals, or three when two would show the numbers as equal ("0.21 < 0.21"). */
export function distinctPair(a: number, b: number): [string, string] {
  const digits = a.toFixed(2) === b.toFixed(2) ? 3 : 2;
  return [a.toFixed(digits), b.toFixed(digits)];
}
