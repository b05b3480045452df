// Instrument versions. A version is an immutable bundle of everything that decides a score: traits,
// tasks, items, item parameters, forms and the calibration status. Its id is derived from a SHA-256
// of the canonical JSON of that content, so changing any word, parameter or form order gives a new
// id, and two servers that build the same content agree on the id without coordinating. Every
// stored score names the version id it was computed with. There is no createdAt in the content on
// purpose: the same content built on another day must be the same version.
import { ITEM_BANK } from "./bank";
import { FORMS, PER_TRAIT_ADAPTIVE_FORM, type Forms } from "./forms";
import { priorProblems, type TraitPrior } from "~/domain/psychometrics/multidimensional";
import { BALANCE_DIMENSION, provisionalTraitPrior } from "./trait-prior";
import { canonicalJson, sha256Hex } from "./hash";
import { provisionalParams } from "./params";
import { ALL_TASKS } from "./tasks";
import { ITEM_TRANSLATIONS, type ItemTranslations } from "./translations";
import { TRAITS } from "./traits";
import type {
  Calibration,
  CalibrationProvenance,
  ForcedChoiceItem,
  InfrequencyItem,
  Item,
  ItemParams,
  LikertItem,
  SituationalItem,
  SynonymPair,
  Task,
  Trait,
} from "./types";

export const INSTRUMENT_KEY = "gtm-fit";

export interface InstrumentContent {
  instrument: typeof INSTRUMENT_KEY;
  label: string;
  calibration: Calibration;
  traits: readonly Trait[];
  tasks: readonly Task[];
  items: {
    likert: readonly LikertItem[];
    forcedChoice: readonly ForcedChoiceItem[];
    situational: readonly SituationalItem[];
    infrequency: readonly InfrequencyItem[];
  };
  synonymPairs: readonly SynonymPair[];
  params: Readonly<Record<string, ItemParams>>;
  forms: Forms;
  /**
   * The prior over the traits and the forced-choice balance that the multidimensional engine scores
   * with (trait-prior.ts). Absent in versions built for the per-trait engine.
   */
  traitPrior?: TraitPrior;
  /**
   * The items' words in each other language (translations/index.ts), stored with the version so an
   * attempt shows the wording it started with. Absent in versions built before translations.
   */
  translations?: ItemTranslations;
}

export interface InstrumentVersion extends InstrumentContent {
  /** "gtm-fit-" + the first 16 hex digits of SHA-256(canonical JSON of the content). */
  id: string;
}

export function versionId(content: InstrumentContent): string {
  return `${INSTRUMENT_KEY}-${sha256Hex(canonicalJson(content)).slice(0, 16)}`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Every item of a version in one list (Likert, pairs, scenarios, infrequency). */
export function versionItems(version: InstrumentContent): Item[] {
  const { likert, forcedChoice, situational, infrequency } = version.items;
  return [...likert, ...forcedChoice, ...situational, ...infrequency];
}

/** Problems that would make a version unusable; empty when it is consistent. */
export function validateContent(content: InstrumentContent): string[] {
  const problems: string[] = [];
  const items = versionItems(content);
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) problems.push(`duplicate item id ${item.id}`);
    ids.add(item.id);
  }
  const traitIds = new Set(content.traits.map((t) => t.id));
  for (const item of items) {
    if (item.format === "likert" || item.format === "situational") {
      if (!traitIds.has(item.trait)) problems.push(`${item.id}: unknown trait ${item.trait}`);
    }
    if (item.format === "infrequency") continue;
    const p = content.params[item.id];
    if (!p) {
      problems.push(`${item.id}: no parameters`);
      continue;
    }
    if (!(p.a > 0 && Number.isFinite(p.a))) problems.push(`${item.id}: a must be positive`);
    if (item.format === "forced-choice") {
      if (p.model !== "2pl") problems.push(`${item.id}: forced-choice pairs need 2PL parameters`);
      continue;
    }
    if (p.model !== "grm") {
      problems.push(`${item.id}: needs GRM parameters`);
      continue;
    }
    const expected = item.format === "likert" ? 4 : 3;
    if (p.b.length !== expected) problems.push(`${item.id}: needs ${expected} thresholds, has ${p.b.length}`);
    for (let k = 1; k < p.b.length; k++)
      if (!(p.b[k]! > p.b[k - 1]!)) problems.push(`${item.id}: thresholds not increasing`);
  }
  for (const pair of content.synonymPairs) {
    for (const id of pair.items) if (!ids.has(id)) problems.push(`${pair.id}: unknown item ${id}`);
  }
  const checkScreen = (id: string, where: string) => {
    if (!ids.has(id)) problems.push(`${where}: unknown item ${id}`);
  };
  if (content.traitPrior) {
    for (const problem of priorProblems(content.traitPrior)) problems.push(`trait prior: ${problem}`);
    const dimensions = new Set(content.traitPrior.traits);
    for (const trait of [...traitIds, BALANCE_DIMENSION])
      if (!dimensions.has(trait)) problems.push(`trait prior: no dimension ${trait}`);
  }
  if (content.forms.adaptive.engine === "multidimensional" && !content.traitPrior)
    problems.push("the multidimensional engine needs a trait prior");
  const eligibility = content.forms.adaptive.cat.eligibility;
  if (eligibility !== undefined && !(eligibility > 0 && eligibility <= 1))
    problems.push("adaptive form: eligibility must be above 0 and at most 1");
  content.forms.short.screens.forEach((s) => checkScreen(s.itemId, "short form"));
  content.forms.adaptive.fixed.forEach((s) => checkScreen(s.itemId, "adaptive form"));
  return problems;
}

/** Builds a frozen version from content (copied first, so later edits to the input cannot leak in). */
export function createVersion(content: InstrumentContent): InstrumentVersion {
  const problems = validateContent(content);
  if (problems.length > 0) throw new Error(`invalid instrument content: ${problems.join("; ")}`);
  const copy = JSON.parse(JSON.stringify(content)) as InstrumentContent;
  return deepFreeze({ id: versionId(copy), ...copy });
}

export const PROVISIONAL_CALIBRATION: Calibration = {
  status: "provisional",
  source: "expert judgement, not yet calibrated on real responses",
};

/** The content of the built-in version, as a fresh mutable object (tests edit copies of it). */
export function builtInContent(): InstrumentContent {
  return JSON.parse(
    JSON.stringify({
      instrument: INSTRUMENT_KEY,
      label: "GTM Fit 1.1 (provisional parameters)",
      calibration: PROVISIONAL_CALIBRATION,
      traits: TRAITS,
      tasks: ALL_TASKS,
      items: {
        likert: ITEM_BANK.likert,
        forcedChoice: ITEM_BANK.forcedChoice,
        situational: ITEM_BANK.situational,
        infrequency: ITEM_BANK.infrequency,
      },
      synonymPairs: ITEM_BANK.synonymPairs,
      params: provisionalParams(),
      forms: FORMS,
      traitPrior: provisionalTraitPrior(),
      translations: ITEM_TRANSLATIONS,
    }),
  ) as InstrumentContent;
}

/**
 * The content of the version built before the multidimensional engine (GTM Fit 1.0): the same
 * items and parameters with the per-trait adaptive form and no trait prior. It builds the very
 * version id that attempts stored then name; tests and the bench use it to run the old engine.
 */
export function perTraitContent(): InstrumentContent {
  const { traitPrior: _prior, translations: _translations, ...content } = builtInContent();
  return {
    ...content,
    label: "GTM Fit 1.0 (provisional parameters)",
    forms: { ...content.forms, adaptive: JSON.parse(JSON.stringify(PER_TRAIT_ADAPTIVE_FORM)) },
  };
}

let current: InstrumentVersion | null = null;

/** The built-in version (built once per process; frozen). */
export function currentInstrument(): InstrumentVersion {
  current ??= createVersion(builtInContent());
  return current;
}

/**
 * A new version with parameters estimated from stored answers (psychometrics/calibration.ts).
 * `newParams` may cover only some items (an item with too few answers keeps its old parameters);
 * those items are listed in the calibration record so reports can say so. Items, wording and
 * forms are unchanged; only params, calibration and label differ, and so does the id.
 */
export function recalibratedVersion(
  base: InstrumentVersion,
  newParams: Readonly<Record<string, ItemParams>>,
  provenance: Omit<CalibrationProvenance, "baseVersion">,
  /** New trait correlations for a version with a trait prior (the base's are kept when absent). */
  traitPrior?: TraitPrior,
): InstrumentVersion {
  const { id: _baseId, ...content } = base;
  const unknown = Object.keys(newParams).filter((id) => !(id in base.params));
  if (unknown.length > 0) throw new Error(`parameters for unknown items: ${unknown.join(", ")}`);
  const params = { ...base.params, ...newParams };
  const notRecalibrated = Object.keys(base.params)
    .filter((id) => !(id in newParams))
    .sort();
  const calibration: Calibration = {
    status: "calibrated",
    source: "marginal maximum likelihood (Bock–Aitkin EM) on stored answers",
    provenance: { ...provenance, baseVersion: base.id },
    ...(notRecalibrated.length > 0 ? { notRecalibrated } : {}),
  };
  const date = provenance.date ? ` ${provenance.date}` : "";
  const label = `${base.label.replace(/ \((provisional parameters|recalibrated[^)]*)\)$/, "")} (recalibrated${date}, n=${provenance.respondents})`;
  return createVersion({
    ...content,
    label,
    params,
    calibration,
    ...(traitPrior ? { traitPrior } : {}),
  });
}
