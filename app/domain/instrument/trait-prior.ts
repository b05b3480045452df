// The prior over the traits that the multidimensional adaptive test and its scoring use: zero means,
// unit variances and the correlations below. PROVISIONAL until stored answers estimate them
// (recalibration.ts replaces the trait block with the disattenuated correlations of the data).
//
// How the provisional correlations were set: a two-factor structure, written down rather than
// guessed cell by cell so that the matrix is positive-definite by construction.
// - A sales factor S and a marketing factor M, correlated φ = 0.15 (people who describe themselves
//   favourably do so on both sides a little).
// - Each sales trait loads 0.65 on S and each marketing trait 0.65 on M, so two traits of one side
//   correlate 0.65² ≈ 0.42, about what facets of one broad personality domain show, and a sales
//   trait correlates 0.65²·0.15 ≈ 0.06 with a marketing trait.
// - Customer feedback sits between the sides and loads 0.45 on both (r ≈ 0.29 with a trait of
//   either side).
// - r(i, j) = λ_i Φ λ_jᵀ off the diagonal, 1 on it.
// The forced-choice balance is a dimension of the same prior but uncorrelated with every trait, on
// purpose: its pairs are there because a candidate cannot move them by rating everything high, and a
// correlation with the Likert traits would let exactly those ratings move it.
import type { TraitPrior } from "~/domain/psychometrics/multidimensional";
import { MARKETING_TRAITS, SALES_TRAITS, TRAIT_IDS, type TraitId } from "./types";

/** The dimension of the forced-choice pairs in the joint model. */
export const BALANCE_DIMENSION = "balance";

const FACTOR_CORRELATION = 0.15;
const SIDE_LOADING = 0.65;
const BRIDGE_LOADING = 0.45;

function loadings(trait: TraitId): readonly [number, number] {
  if (SALES_TRAITS.includes(trait)) return [SIDE_LOADING, 0];
  if (MARKETING_TRAITS.includes(trait)) return [0, SIDE_LOADING];
  return [BRIDGE_LOADING, BRIDGE_LOADING];
}

function twoFactorCorrelation(a: TraitId, b: TraitId): number {
  if (a === b) return 1;
  const [s1, m1] = loadings(a);
  const [s2, m2] = loadings(b);
  const value = s1 * s2 + m1 * m2 + FACTOR_CORRELATION * (s1 * m2 + m1 * s2);
  return Math.round(value * 1000) / 1000;
}

/** The provisional prior: the eleven traits by the two-factor structure, then the balance. */
export function provisionalTraitPrior(): TraitPrior {
  const traits = [...TRAIT_IDS, BALANCE_DIMENSION];
  const correlation = traits.map((a) =>
    traits.map((b) => {
      if (a === b) return 1;
      if (a === BALANCE_DIMENSION || b === BALANCE_DIMENSION) return 0;
      return twoFactorCorrelation(a as TraitId, b as TraitId);
    }),
  );
  return { traits, correlation };
}
