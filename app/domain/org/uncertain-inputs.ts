/**
 * The inputs a Monte Carlo run draws, and how: the founder's ranges from the company profile plus
 * RoleFit's own uncertain coefficients. The fan charts (montecarlo.ts) and each structure's chance
 * of coming out best (evaluate.ts) draw through this one function, so both read the same
 * uncertainty in the same order from a seeded stream.
 */

import { BENCHMARKS, channelCount, rangeOf, type CompanyProfile, type Range } from "./profile";
import type { Random } from "../psychometrics/prng";
import { sampleTriangular } from "./triangular";
import type { ScenarioNumbers } from "./workload";

/**
 * RoleFit's own hour coefficients are guesses too (confidence L), so by default every run also
 * scales selling effort by a draw from this range; pass { low: 1, mode: 1, high: 1 } to switch off.
 */
export const DEFAULT_EFFORT_UNCERTAINTY: Range = { low: 0.75, mode: 1, high: 1.35 };
/** The same for marketing upkeep hours (RoleFit assumption, L). */
export const DEFAULT_MARKETING_EFFORT_UNCERTAINTY: Range = { low: 0.75, mode: 1, high: 1.35 };
/**
 * Channels and collateral are counts the founder enters as one number, but what they will be over
 * the horizon is uncertain: each run scales them by a draw from this range (RoleFit assumption, L).
 */
export const COUNT_UNCERTAINTY: Range = { low: 0.7, mode: 1, high: 1.3 };

export interface UncertainInputs {
  growth: Range;
  dealSize: Range;
  cycle: Range;
  releases: Range;
  features: Range;
  online: Range;
  effort: Range;
  marketingEffort: Range;
  attainment: Range;
  failure: Range;
  counts: Range;
  channels: number;
  collateral: number;
}

export interface UncertaintyOptions {
  effortUncertainty?: Range;
  /**
   * Whether RoleFit's own coefficients (marketing effort, quota attainment, hire failure, channel
   * and collateral counts) vary between runs; default true. Off, only the founder's ranges vary.
   */
  modelUncertainty?: boolean;
}

export function uncertainInputs(profile: CompanyProfile, options: UncertaintyOptions = {}): UncertainInputs {
  const vary = options.modelUncertainty ?? true;
  const fixed = (r: Range): Range => (vary ? r : { low: r.mode, mode: r.mode, high: r.mode });
  return {
    growth: rangeOf(profile.arrGrowthPerYear),
    dealSize: rangeOf(profile.averageDealSize),
    cycle: rangeOf(profile.salesCycleDays),
    releases: rangeOf(profile.releasesPerQuarter),
    features: rangeOf(profile.featuresPerRelease),
    online: rangeOf(profile.selfServeBuyingShare),
    effort: options.effortUncertainty ?? DEFAULT_EFFORT_UNCERTAINTY,
    marketingEffort: fixed(DEFAULT_MARKETING_EFFORT_UNCERTAINTY),
    attainment: fixed(BENCHMARKS.quotaAttainment.value),
    failure: fixed(BENCHMARKS.salesHireFailureRate.value),
    counts: fixed(COUNT_UNCERTAINTY),
    channels: channelCount(profile),
    collateral: profile.collateralItems,
  };
}

const draw = (random: Random, r: Range) => sampleTriangular(random, r.low, r.mode, r.high);

/**
 * Writes one run's draw into `scenario` (reused across runs, so the inner loop allocates nothing).
 * Every input is drawn, even a fixed one, so a run's stream does not depend on which are ranges.
 */
export function drawInputsInto(random: Random, inputs: UncertainInputs, scenario: ScenarioNumbers): void {
  scenario.growthPerYear = draw(random, inputs.growth);
  scenario.dealSize = draw(random, inputs.dealSize);
  scenario.cycleDays = draw(random, inputs.cycle);
  scenario.releasesPerQuarter = draw(random, inputs.releases);
  scenario.featuresPerRelease = draw(random, inputs.features);
  scenario.selfServeShare = draw(random, inputs.online);
  scenario.effortMultiplier = draw(random, inputs.effort);
  scenario.marketingEffortMultiplier = draw(random, inputs.marketingEffort);
  scenario.attainment = draw(random, inputs.attainment);
  scenario.hireFailureRate = draw(random, inputs.failure);
  scenario.channels = inputs.channels * draw(random, inputs.counts);
  scenario.collateralItems = inputs.collateral * draw(random, inputs.counts);
}
