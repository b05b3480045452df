// Shapes shared by the fit module. θ is the trait scale of the instrument (N(0,1) in the
// calibration reference group); every estimate carries its standard error.
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";

export interface TraitEstimate {
  theta: number;
  se: number;
}

/** A person's estimates on all eleven traits. */
export type Profile = Readonly<Record<TraitId, TraitEstimate>>;

/**
 * How much a role needs a trait. Core needs are what the job is; useful needs add to it; a trait
 * the role does not require never moves fit and is never called a strength or a gap.
 */
export type Need = "core" | "useful" | "not-required";

/** A ceiling: above `max` the trait hurts this job, for the stated, sourced reason. */
export interface Ceiling {
  max: number;
  reason: string;
}

/** What a role needs of a trait it requires: at least `min` on θ, and how much it counts. */
export interface RequiredTarget {
  need: "core" | "useful";
  /** The threshold: the role needs the true θ at or above it. */
  min: number;
  /** How much the trait counts among the role's needs (> 0). */
  weight: number;
  /** Only where too much of the trait hurts the job, with the reason. */
  ceiling?: Ceiling;
  /** Why this target, in a sentence (templates); or the demand that produced it (job analysis). */
  why?: string;
}

/** A trait the role does not require: no threshold, weight 0. */
export interface NotRequiredTarget {
  need: "not-required";
  weight: 0;
  why?: string;
}

export type TraitTarget = RequiredTarget | NotRequiredTarget;

export type RoleTargets = Readonly<Record<TraitId, TraitTarget>>;

export interface RoleTemplate {
  id: string;
  name: string;
  /** The reasoning behind the template as a whole. */
  summary: string;
  targets: RoleTargets;
}

export function isRequired(target: TraitTarget): target is RequiredTarget {
  return target.need !== "not-required";
}

/**
 * The traits a role's fit reads, in the instrument's order: what an invited attempt must measure
 * (the adaptive test stops once these are precise; the others are only estimated along the way).
 */
export function requiredTraits(targets: RoleTargets): TraitId[] {
  return TRAIT_IDS.filter((trait) => isRequired(targets[trait]));
}
