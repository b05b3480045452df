// Shapes shared by the fit module. θ is the trait scale of the instrument (N(0,1) in the
// calibration reference group); every estimate carries its standard error.
import type { TraitId } from "~/domain/instrument/types";

export interface TraitEstimate {
  theta: number;
  se: number;
}

/** A person's estimates on all eleven traits. */
export type Profile = Readonly<Record<TraitId, TraitEstimate>>;

/** What a role wants on one trait: the band [low, high] on θ and how much the trait counts. */
export interface TraitTarget {
  band: readonly [number, number];
  weight: number;
  /** Why this target, in a sentence (templates); or the demand that produced it (job analysis). */
  why?: string;
}

export type RoleTargets = Readonly<Record<TraitId, TraitTarget>>;

export interface RoleTemplate {
  id: string;
  name: string;
  /** The reasoning behind the template as a whole. */
  summary: string;
  targets: RoleTargets;
}
