// The two forms of the GTM Fit instrument and a pure description of each form's plan.
//
// "adaptive": every trait is measured by the adaptive Likert test (psychometrics/cat.ts), with a
//   fixed set of forced-choice pairs, scenarios and infrequency items interleaved at fixed points.
// "short": the same content types in a fixed order, for contexts that cannot run the adaptive test
//   (paper, a printed preview, a quick self-check). It is less precise and its reports say so.
//
// Timing assumptions (typical answer speeds for single-screen items; conservative for people who use
// assistive technology less so, which is why there is no hard time limit anywhere):
//   Likert statement 7 s, forced-choice pair 12 s, scenario 35 s, infrequency statement 6 s.
import type { TraitId } from "./types";
import { TRAIT_IDS } from "./types";

export const SECONDS_PER_ITEM = {
  likert: 7,
  "forced-choice": 12,
  situational: 35,
  infrequency: 6,
} as const;

export type FormId = "adaptive" | "short";

/** One screen of a fixed sequence. salesFirst says which forced-choice statement is shown on top. */
export interface PlannedScreen {
  itemId: string;
  format: "likert" | "forced-choice" | "situational" | "infrequency";
  salesFirst?: boolean;
}

export interface CatSettings {
  seTarget: number;
  minItemsPerTrait: number;
  maxItemsPerTrait: number;
  /**
   * The engine's overall cap (maxItems), counted over the adaptive bank: Likert items plus the
   * fixed scenarios, whose answers also inform their trait's θ̂.
   */
  maxItems: number;
  /** Randomesque exposure control: pick among this many most informative items. */
  topN: number;
  /**
   * Multidimensional engine only: the chance that a statement is available to an attempt at all,
   * which caps every statement's exposure at that share (absent: 1, every statement available).
   */
  eligibility?: number;
}

/**
 * Which adaptive engine runs the form. "per-trait": each trait's own EAP and its own stop
 * (psychometrics/cat.ts; versions built before 2026-12-06 have no `engine` and mean this).
 * "multidimensional": one joint posterior over all traits with the version's trait prior, Ds-optimal
 * selection, and a stop that waits only for the traits the attempt reports
 * (psychometrics/multidimensional-cat.ts).
 */
export type AdaptiveEngine = "per-trait" | "multidimensional";

export interface AdaptiveFormSpec {
  id: "adaptive";
  kind: "adaptive";
  label: string;
  engine?: AdaptiveEngine;
  /**
   * Adaptive Likert statements a reported trait typically takes (the median of the simulation in
   * tests/bench/adaptive-length.bench.ts); durations and the invitation email read it.
   */
  typicalLikertPerTrait?: number;
  traits: readonly TraitId[];
  cat: CatSettings;
  /** Forced-choice pairs, scenarios and infrequency items shown in this order... */
  fixed: readonly PlannedScreen[];
  /** ...one after every `insertEvery` adaptive screens; any left when the CAT stops follow at the end. */
  insertEvery: number;
  /** The hard cap on screens (adaptive + fixed). */
  maxScreens: number;
}

export interface FixedFormSpec {
  id: "short";
  kind: "fixed";
  label: string;
  screens: readonly PlannedScreen[];
  /** Synonym pairs whose two items are both on this form. */
  synonymPairs: readonly string[];
}

export interface Forms {
  adaptive: AdaptiveFormSpec;
  short: FixedFormSpec;
}

const fc = (itemId: string, salesFirst: boolean): PlannedScreen => ({
  itemId,
  format: "forced-choice",
  salesFirst,
});
const sj = (itemId: string): PlannedScreen => ({ itemId, format: "situational" });
const inf = (itemId: string): PlannedScreen => ({ itemId, format: "infrequency" });

// Extras of the multidimensional form (shorter, since every answer counts against the length the
// candidate sees): 6 pairs, three with the sales statement on top, whose statements cover all five
// sales and all five marketing traits, with balance points on both sides of the middle; one scenario per side (price objection, launch
// message); the three infrequency checks, spread out.
const MULTIDIMENSIONAL_FIXED: readonly PlannedScreen[] = [
  fc("fc-01", true),
  sj("sj-01"),
  fc("fc-04", false),
  inf("inf-01"),
  fc("fc-16", true),
  fc("fc-10", false),
  inf("inf-03"),
  sj("sj-04"),
  fc("fc-12", true),
  fc("fc-18", false),
  inf("inf-05"),
];

// Adaptive extras of the per-trait form: 12 pairs covering every sales and marketing trait at least twice and balance
// points across the range; the four scenarios named in the measurement brief (price objection,
// researched buyer, rewritten deck, launch message); three infrequency checks spread out.
const ADAPTIVE_FIXED: readonly PlannedScreen[] = [
  fc("fc-01", true),
  fc("fc-02", false),
  sj("sj-01"),
  fc("fc-03", true),
  fc("fc-04", false),
  inf("inf-01"),
  fc("fc-05", false),
  sj("sj-02"),
  fc("fc-06", true),
  fc("fc-07", false),
  sj("sj-03"),
  fc("fc-09", true),
  inf("inf-03"),
  fc("fc-10", false),
  fc("fc-12", true),
  sj("sj-04"),
  fc("fc-18", false),
  inf("inf-05"),
  fc("fc-20", true),
];

// Short form Likert items: per trait the two positively and two reverse-keyed items with the most
// expected information under N(0, 1), except where a synonym pair was placed on purpose
// (cd-06/cd-07, dc-01/dc-11, dg-10/dg-11) so the short form can check consistency.
const SHORT_LIKERT: Readonly<Record<TraitId, readonly string[]>> = {
  "rejection-resilience": ["rr-04", "rr-10", "rr-14", "rr-07"],
  "closing-drive": ["cd-01", "cd-06", "cd-04", "cd-07"],
  discovery: ["dc-01", "dc-12", "dc-09", "dc-11"],
  persuasion: ["pe-09", "pe-06", "pe-05", "pe-12"],
  "pipeline-discipline": ["pl-06", "pl-12", "pl-02", "pl-14"],
  "creative-ideation": ["ci-03", "ci-09", "ci-06", "ci-14"],
  "market-research": ["mr-03", "mr-11", "mr-06", "mr-14"],
  storytelling: ["st-11", "st-14", "st-03", "st-07"],
  "product-strategy": ["ps-05", "ps-08", "ps-02", "ps-14"],
  "demand-generation": ["dg-02", "dg-11", "dg-05", "dg-10"],
  "customer-feedback": ["cf-02", "cf-12", "cf-13", "cf-08"],
};

const SHORT_EXTRAS: readonly PlannedScreen[] = [
  fc("fc-04", true),
  fc("fc-10", false),
  sj("sj-01"),
  inf("inf-01"),
  fc("fc-14", false),
  fc("fc-21", true),
  sj("sj-03"),
  fc("fc-23", true),
  inf("inf-05"),
  fc("fc-18", false),
];

/**
 * Short-form order: Likert items round-robin over the traits (4 rounds of 11), so neighbouring
 * statements never share a trait, with one extra screen after every 4 Likert screens.
 */
function shortScreens(): PlannedScreen[] {
  const likert: PlannedScreen[] = [];
  for (let round = 0; round < 4; round++) {
    for (const trait of TRAIT_IDS) likert.push({ itemId: SHORT_LIKERT[trait][round]!, format: "likert" });
  }
  const screens: PlannedScreen[] = [];
  let extra = 0;
  likert.forEach((screen, i) => {
    screens.push(screen);
    if ((i + 1) % 4 === 0 && extra < SHORT_EXTRAS.length) screens.push(SHORT_EXTRAS[extra++]!);
  });
  while (extra < SHORT_EXTRAS.length) screens.push(SHORT_EXTRAS[extra++]!);
  return screens;
}

/**
 * The adaptive form of versions built before the multidimensional engine, kept exactly as it was:
 * attempts stored under those versions keep their own copy, and the bench compares the engines.
 */
export const PER_TRAIT_ADAPTIVE_FORM: AdaptiveFormSpec = {
  id: "adaptive",
  kind: "adaptive",
  label: "Adaptive (about 13 minutes)",
  traits: TRAIT_IDS,
  cat: { seTarget: 0.32, minItemsPerTrait: 4, maxItemsPerTrait: 10, maxItems: 80, topN: 3 },
  fixed: ADAPTIVE_FIXED,
  insertEvery: 3,
  maxScreens: 95,
};

export const FORMS: Forms = {
  adaptive: {
    id: "adaptive",
    kind: "adaptive",
    label: "Adaptive",
    engine: "multidimensional",
    typicalLikertPerTrait: 5.9,
    traits: TRAIT_IDS,
    cat: { seTarget: 0.32, minItemsPerTrait: 2, maxItemsPerTrait: 10, maxItems: 82, topN: 3 },
    fixed: MULTIDIMENSIONAL_FIXED,
    insertEvery: 5,
    maxScreens: 90,
  },
  short: {
    id: "short",
    kind: "fixed",
    label: "Short fixed form (about 8 minutes)",
    screens: shortScreens(),
    synonymPairs: ["syn-02", "syn-03", "syn-08"],
  },
};

export interface FormDuration {
  /** Typical length in seconds at the assumed speeds. */
  typicalSeconds: number;
  /** Longest possible length in seconds (the adaptive form at its caps). */
  maxSeconds: number;
  typicalScreens: number;
  maxScreens: number;
}

/**
 * Estimated duration. For the adaptive form the typical case assumes the form's
 * `typicalLikertPerTrait` adaptive items per reported trait (6.5 for the per-trait engine, from the
 * simulation in adaptive.test.ts); the maximum assumes the engine's overall cap is reached.
 * `reportedTraits` is how many traits the attempt waits for (all of them unless a role says fewer;
 * the per-trait engine always measures all).
 */
export function formDuration(
  forms: Forms,
  formId: FormId,
  options: { reportedTraits?: number } = {},
): FormDuration {
  if (formId === "short") {
    const seconds = forms.short.screens.reduce((s, screen) => s + SECONDS_PER_ITEM[screen.format], 0);
    return {
      typicalSeconds: seconds,
      maxSeconds: seconds,
      typicalScreens: forms.short.screens.length,
      maxScreens: forms.short.screens.length,
    };
  }
  const spec = forms.adaptive;
  const fixedSeconds = spec.fixed.reduce((s, screen) => s + SECONDS_PER_ITEM[screen.format], 0);
  const scenarios = spec.fixed.filter((s) => s.format === "situational").length;
  const maxLikert = Math.min(
    spec.cat.maxItems - scenarios,
    spec.cat.maxItemsPerTrait * spec.traits.length,
    spec.maxScreens - spec.fixed.length,
  );
  const perTrait = spec.typicalLikertPerTrait ?? 6.5;
  const reported =
    spec.engine === "multidimensional" ? (options.reportedTraits ?? spec.traits.length) : spec.traits.length;
  const typicalLikert = Math.min(maxLikert, Math.round(perTrait * reported));
  return {
    typicalSeconds: fixedSeconds + typicalLikert * SECONDS_PER_ITEM.likert,
    maxSeconds: fixedSeconds + maxLikert * SECONDS_PER_ITEM.likert,
    typicalScreens: spec.fixed.length + typicalLikert,
    maxScreens: spec.fixed.length + maxLikert,
  };
}

/**
 * Where the fixed screens go in an adaptive attempt: given how many adaptive screens have been
 * answered and how many fixed screens have been shown, is the next screen a fixed one, and which?
 * Pure, so a resumed attempt gets the same sequence. `catDone` means the CAT has stopped; the
 * remaining fixed screens then follow one after another.
 */
export function nextFixedScreen(
  spec: AdaptiveFormSpec,
  adaptiveAnswered: number,
  fixedShown: number,
  catDone: boolean,
): PlannedScreen | null {
  if (fixedShown >= spec.fixed.length) return null;
  const due = catDone || adaptiveAnswered >= (fixedShown + 1) * spec.insertEvery;
  return due ? spec.fixed[fixedShown]! : null;
}

export type FormPlan =
  | { form: "short"; kind: "fixed"; screens: readonly PlannedScreen[]; duration: FormDuration }
  | {
      form: "adaptive";
      kind: "adaptive";
      traits: readonly TraitId[];
      cat: CatSettings;
      fixed: readonly PlannedScreen[];
      insertEvery: number;
      maxScreens: number;
      duration: FormDuration;
    };

/** The plan of a form: the item order of the fixed form, or the CAT settings and inserts. */
export function formPlan(forms: Forms, formId: FormId): FormPlan {
  if (formId === "short")
    return {
      form: "short",
      kind: "fixed",
      screens: forms.short.screens,
      duration: formDuration(forms, "short"),
    };
  const a = forms.adaptive;
  return {
    form: "adaptive",
    kind: "adaptive",
    traits: a.traits,
    cat: a.cat,
    fixed: a.fixed,
    insertEvery: a.insertEvery,
    maxScreens: a.maxScreens,
    duration: formDuration(forms, "adaptive"),
  };
}
