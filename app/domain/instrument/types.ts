// Shared shapes of the GTM Fit instrument. Pure data types: no behaviour lives here.

export type Side = "sales" | "marketing" | "bridge";

export const TRAIT_IDS = [
  "rejection-resilience",
  "closing-drive",
  "discovery",
  "persuasion",
  "pipeline-discipline",
  "creative-ideation",
  "market-research",
  "storytelling",
  "product-strategy",
  "demand-generation",
  "customer-feedback",
] as const;
export type TraitId = (typeof TRAIT_IDS)[number];

export const SALES_TRAITS: readonly TraitId[] = TRAIT_IDS.slice(0, 5);
export const MARKETING_TRAITS: readonly TraitId[] = TRAIT_IDS.slice(5, 10);

export type TaskGroup = "sales" | "marketing" | "four-ps";

/** One task from the sales list, the marketing list, or the Four P's. */
export interface Task {
  id: string;
  group: TaskGroup;
  label: string;
}

export interface Trait {
  id: TraitId;
  name: string;
  side: Side;
  definition: string;
  /** What a high score tends to look like at work. */
  high: string;
  /** What a low score tends to look like at work (never a judgement of worth). */
  low: string;
  /** Task ids (see tasks.ts) this trait supports. */
  tasks: readonly string[];
}

export type ItemFormat = "likert" | "forced-choice" | "situational" | "infrequency";

/** 5 categories, stored 0..4. Reverse-keyed items are recoded 4 − x before scoring. */
export const LIKERT_LABELS = [
  "Strongly disagree",
  "Disagree",
  "Neither agree nor disagree",
  "Agree",
  "Strongly agree",
] as const;

export interface LikertItem {
  id: string;
  trait: TraitId;
  format: "likert";
  reverse: boolean;
  text: string;
}

export interface ForcedChoiceOption {
  side: "sales" | "marketing";
  text: string;
  /** The trait the statement was written from (content balance; scoring uses the bipolar balance). */
  trait: TraitId;
  /**
   * Provisional expert rating of how much a sales hiring manager would want a candidate to pick this
   * statement, beyond its general appeal: 0 = no more than any pleasant statement, 1 = as much as a
   * typical statement of a sales trait (see forced-choice.ts). Pairs are balanced on it so that
   * answering "for a sales job" does not pull towards one side. Absent in versions built before the
   * ratings were written.
   */
  salesJobAppeal?: number;
}

/** A pair scored on the bipolar sales–marketing balance: choosing the sales statement = 1. */
export interface ForcedChoiceItem {
  id: string;
  trait: "balance";
  format: "forced-choice";
  reverse: false;
  /** The prompt shown above the two statements. */
  text: string;
  options: readonly [ForcedChoiceOption, ForcedChoiceOption];
}

export interface SituationalOption {
  id: string;
  text: string;
  /** Partial credit 0..3; the credit is the GRM category of the choice. */
  credit: 0 | 1 | 2 | 3;
}

export interface SituationalItem {
  id: string;
  trait: TraitId;
  format: "situational";
  reverse: false;
  /** The scenario followed by the question. */
  text: string;
  /** Task ids the scenario is built on. */
  tasks: readonly string[];
  options: readonly SituationalOption[];
}

/** A statement nearly everyone answers the same way; never scored on a trait. */
export interface InfrequencyItem {
  id: string;
  trait: "quality";
  format: "infrequency";
  reverse: boolean;
  text: string;
  /** The Likert categories (0..4) an attentive person is expected to give. */
  expected: readonly number[];
}

export type Item = LikertItem | ForcedChoiceItem | SituationalItem | InfrequencyItem;

/** Two near-synonymous Likert items of the same trait and key: answers should agree. */
export interface SynonymPair {
  id: string;
  items: readonly [string, string];
}

/** Samejima graded response model parameters on the keyed (reverse-recoded) categories. */
export interface GrmParams {
  model: "grm";
  a: number;
  b: readonly number[];
}

/** Two-parameter logistic on the bipolar balance; positive θ = sales-leaning. */
export interface TwoPlParams {
  model: "2pl";
  a: number;
  b: number;
}

export type ItemParams = GrmParams | TwoPlParams;

export interface Calibration {
  status: "provisional" | "calibrated";
  source: string;
  /** For calibrated versions: what data the parameters came from. */
  provenance?: CalibrationProvenance;
  /** Scored items that kept earlier parameters in a recalibration (too few answers, say). */
  notRecalibrated?: string[];
}

export interface CalibrationProvenance {
  /** The version whose stored answers were used. */
  baseVersion: string;
  respondents: number;
  method: string;
  /** ISO date of the calibration run, supplied by the caller (the domain never reads a clock). */
  date?: string;
  note?: string;
}
