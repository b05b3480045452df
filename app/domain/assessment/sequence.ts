// Which screen comes next in an attempt. Everything is derived from the stored answers and the
// attempt's seed, so an attempt resumes exactly (on another device, after a crash). The step the
// last answer write chose is also stored with the attempt (stored-step.ts), but only as a cache
// stamped with the state it follows: it cannot drift out of step with the answers.
import {
  catBank,
  catOptions,
  jointBank,
  keyedCategory,
  multidimensionalOptions,
  TRAIT_IDS,
  nextFixedScreen,
  SECONDS_PER_ITEM,
  versionItems,
  type FormId,
  type InstrumentVersion,
  type Item,
  type PlannedScreen,
  type TraitId,
} from "~/domain/instrument";
import { nextItem, nextMultidimensionalItem, type BankItem } from "~/domain/psychometrics";
import type { GivenAnswer } from "./answers";

export interface Screen {
  item: Item;
  /** For forced-choice pairs: show the sales statement first? (fixed per pair, balanced across pairs) */
  salesFirst: boolean;
  /** 1-based number of this screen in the attempt. */
  number: number;
}

export interface Progress {
  answered: number;
  /** Best estimate of the total number of screens, answered ones included. */
  expectedTotal: number;
  /** 0..1 */
  fraction: number;
  /** Estimated seconds to finish at typical answer speeds. */
  secondsLeft: number;
}

export type NextStep =
  { done: false; screen: Screen; progress: Progress } | { done: true; progress: Progress };

/** Likert items the adaptive test typically needs per trait (from the instrument's simulation). */
const TYPICAL_LIKERT_PER_TRAIT = 6.5;

const banks = new WeakMap<
  InstrumentVersion,
  { bank: BankItem[]; joint: BankItem[]; items: Map<string, Item> }
>();

/**
 * The adaptive banks (per-trait and joint) and an id → item index, built once per version (the
 * engines cache by item object).
 */
export function versionIndex(version: InstrumentVersion) {
  let entry = banks.get(version);
  if (!entry) {
    entry = {
      bank: catBank(version),
      joint: jointBank(version),
      items: new Map(versionItems(version).map((i) => [i.id, i])),
    };
    banks.set(version, entry);
  }
  return entry;
}

/** Whether the version's adaptive form runs the multidimensional engine. */
export function isMultidimensional(version: InstrumentVersion): boolean {
  return version.forms.adaptive.engine === "multidimensional" && version.traitPrior !== undefined;
}

export function findItem(version: InstrumentVersion, itemId: string): Item | undefined {
  return versionIndex(version).items.get(itemId);
}

/**
 * What decides an attempt's sequence besides its answers. `reported` is what the attempt reports (a
 * role's required traits; null or absent for all of them): the multidimensional engine stops once
 * those are measured, the per-trait engine and the short form ignore it. A stored attempt
 * (attempts.server.ts) is one, so callers pass it whole and cannot forget a part.
 */
export interface AttemptPlan {
  version: InstrumentVersion;
  form: FormId;
  seed: number;
  reported?: readonly TraitId[] | null;
}

/** The next screen of an attempt with these answers. */
export function nextStep(plan: AttemptPlan, answers: readonly GivenAnswer[]): NextStep {
  if (plan.form === "short") return nextShortStep(plan.version, answers);
  return nextAdaptiveStep(plan.version, answers, plan.seed, plan.reported ?? TRAIT_IDS);
}

/**
 * The progress an attempt shows: never less than it has shown before (`shown`, stored with the
 * attempt), since the estimate of what is left can grow when an answer surprises the adaptive test.
 */
export function withProgressShown(step: NextStep, shown: number): NextStep {
  if (!(shown > step.progress.fraction)) return step;
  return { ...step, progress: { ...step.progress, fraction: Math.min(1, shown) } };
}

function screenFor(version: InstrumentVersion, planned: PlannedScreen, number: number): Screen {
  const item = findItem(version, planned.itemId);
  if (!item) throw new Error(`form refers to unknown item ${planned.itemId}`);
  return { item, salesFirst: planned.salesFirst ?? true, number };
}

function progressOf(answered: number, remainingSeconds: number, remainingScreens: number): Progress {
  const expectedTotal = answered + remainingScreens;
  return {
    answered,
    expectedTotal,
    fraction: expectedTotal === 0 ? 1 : answered / expectedTotal,
    secondsLeft: Math.round(remainingSeconds),
  };
}

function nextShortStep(version: InstrumentVersion, answers: readonly GivenAnswer[]): NextStep {
  const answered = new Set(answers.map((a) => a.itemId));
  const screens = version.forms.short.screens;
  const remaining = screens.filter((s) => !answered.has(s.itemId));
  const seconds = remaining.reduce((sum, s) => sum + SECONDS_PER_ITEM[s.format], 0);
  const progress = progressOf(answers.length, seconds, remaining.length);
  const next = remaining[0];
  return next
    ? { done: false, screen: screenFor(version, next, answers.length + 1), progress }
    : { done: true, progress };
}

/** The adaptive engine's verdict in the shape the sequence needs, whichever engine runs. */
interface EngineStep {
  done: boolean;
  itemId?: string;
  /** Adaptive Likert screens still expected. */
  likertLeft: number;
}

function perTraitEngineStep(
  version: InstrumentVersion,
  catAnswers: ReadonlyMap<string, number>,
  seed: number,
): EngineStep {
  const step = nextItem(versionIndex(version).bank, catAnswers, catOptions(version, seed));
  if (step.done) return { done: true, likertLeft: 0 };
  const likertLeft = step.traits
    .filter((t) => t.stopped === null)
    .reduce((sum, t) => sum + Math.max(1, Math.ceil(TYPICAL_LIKERT_PER_TRAIT - t.itemsAnswered)), 0);
  return { done: false, itemId: step.itemId, likertLeft };
}

function multidimensionalEngineStep(
  version: InstrumentVersion,
  catAnswers: ReadonlyMap<string, number>,
  seed: number,
  reported: readonly TraitId[],
): EngineStep {
  const step = nextMultidimensionalItem(
    versionIndex(version).joint,
    version.traitPrior!,
    catAnswers,
    multidimensionalOptions(version, seed, reported),
  );
  if (step.done) return { done: true, likertLeft: 0 };
  return { done: false, itemId: step.itemId, likertLeft: Math.max(1, step.expectedRemaining) };
}

function nextAdaptiveStep(
  version: InstrumentVersion,
  answers: readonly GivenAnswer[],
  seed: number,
  reported: readonly TraitId[],
): NextStep {
  const spec = version.forms.adaptive;
  const multidimensional = isMultidimensional(version);
  const fixedIds = new Set(spec.fixed.map((s) => s.itemId));
  const catAnswers = new Map<string, number>();
  let adaptiveAnswered = 0;
  let fixedShown = 0;
  for (const answer of answers) {
    const item = findItem(version, answer.itemId);
    if (!item) continue;
    if (fixedIds.has(item.id)) fixedShown++;
    else if (item.format === "likert") adaptiveAnswered++;
    // The per-trait engine scores the pairs apart (scoring.ts); the joint one takes them in.
    if (
      item.format === "likert" ||
      item.format === "situational" ||
      (multidimensional && item.format === "forced-choice")
    ) {
      const category = keyedCategory(item, answer.raw);
      if (category !== null) catAnswers.set(item.id, category);
    }
  }

  const remainingFixed = spec.fixed.slice(fixedShown);
  // The screen cap: once the answers plus the fixed screens still owed reach it, the CAT stops.
  const capReached = answers.length + remainingFixed.length >= spec.maxScreens;
  const step = multidimensional
    ? multidimensionalEngineStep(version, catAnswers, seed, reported)
    : perTraitEngineStep(version, catAnswers, seed);
  const catDone = step.done || capReached;

  const fixedSeconds = remainingFixed.reduce((sum, s) => sum + SECONDS_PER_ITEM[s.format], 0);
  const likertLeft = catDone
    ? 0
    : Math.min(spec.maxScreens - answers.length - remainingFixed.length, step.likertLeft);
  const progress = progressOf(
    answers.length,
    fixedSeconds + likertLeft * SECONDS_PER_ITEM.likert,
    remainingFixed.length + likertLeft,
  );

  const fixed = nextFixedScreen(spec, adaptiveAnswered, fixedShown, catDone);
  if (fixed) return { done: false, screen: screenFor(version, fixed, answers.length + 1), progress };
  if (!catDone) {
    return {
      done: false,
      screen: screenFor(version, { itemId: step.itemId!, format: "likert" }, answers.length + 1),
      progress,
    };
  }
  return { done: true, progress };
}
