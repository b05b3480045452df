import { ITEM_TRANSLATIONS } from "~/domain/instrument/translations";
import { LOCALE_NAMES_IN_ENGLISH, LOCALES } from "~/domain/i18n/locales";
// Question fairness: differential item functioning (DIF) of every Likert statement between groups
// of candidates who self-identified, at the same level of the statement's trait.
//
// Matching under adaptive testing: not everyone sees every statement, so the total score of a
// fixed set of items does not exist. Each statement is analysed on the people who answered it,
// matched on their EAP θ for the statement's trait (which already uses all their answers on that
// trait), grouped into strata 0.5 wide (θ < −3 and θ ≥ 3 join the end strata). An answer counts as
// 1 when its keyed category is "agree" or above (3 or 4 after reverse keying), the same cut the
// CLI uses by default for five-point items. Mantel–Haenszel gives the ETS class; for flagged
// statements the ordinal logistic regression on θ is reported as a second opinion.
import { PREFER_NOT, RACE_ETHNICITY_OPTIONS, SEX_OPTIONS } from "~/domain/assessment/self-id";
import { keyedCategory, LIKERT_ITEMS, TRAITS, type LikertItem, type TraitId } from "~/domain/instrument";
import { mantelHaenszel, ordinalLogisticDif, type EtsClass } from "~/domain/psychometrics/dif";

/**
 * People per group who answered a statement before it is analysed. In the planted-DIF simulation
 * of question-fairness.test.ts (a threshold shift of 0.75 for one group, half the statements
 * answered), about 120 answers per group found the planted statement in 28 of 30 runs and flagged
 * 3.3% of clean ones; about 50 per group found it in only 19 of 30, so a clean result at that
 * size would reassure no one.
 */
export const DIF_MIN_PER_GROUP = 100;
export const THETA_STRATUM_WIDTH = 0.5;
/** Keyed category at or above which an answer counts as 1 ("agree" or "strongly agree"). */
export const DIF_CUT = 3;

export interface DifPerson {
  sex: string | null;
  raceEthnicity: string | null;
  /** The language the statements were read in (a Locale); absent counts as English. */
  language?: string | null;
  theta: Partial<Record<TraitId, number>>;
  /** Raw Likert answers 0..4 by item id. */
  answers: Record<string, number>;
}

interface Comparison {
  key: string;
  dimension: "sex" | "raceEthnicity" | "language";
  reference: string;
  focal: string;
  referenceLabel: string;
  focalLabel: string;
}

export interface ComparisonSummary extends Omit<Comparison, "dimension"> {
  referenceCount: number;
  focalCount: number;
  /** Statements with enough answers in both groups. */
  analysed: number;
  /** True when some statements were analysed; false means the groups are too small for now. */
  shown: boolean;
}

export interface FlaggedStatement {
  comparisonKey: string;
  itemId: string;
  trait: TraitId;
  traitName: string;
  text: string;
  /** For a language comparison: the statement as the focal language's candidates read it. */
  translatedText?: string;
  reverse: boolean;
  class: Exclude<EtsClass, "A">;
  delta: number;
  favours: "reference" | "focal";
  referenceCount: number;
  focalCount: number;
  /** p of the ordinal logistic regression's 2-df test on θ (uniform and non-uniform together). */
  ordinalP: number;
}

export interface QuestionFairness {
  minimumPerGroup: number;
  comparisons: ComparisonSummary[];
  flagged: FlaggedStatement[];
}

const SEX_REFERENCE = "male";
const RACE_REFERENCE = "white";
const sexLabel = (v: string) => SEX_OPTIONS.find((o) => o.value === v)?.label ?? v;
const raceLabel = (v: string) => RACE_ETHNICITY_OPTIONS.find((o) => o.value === v)?.label ?? v;

/**
 * Reference groups are the ones audits conventionally compare against: men, and White candidates;
 * for languages, English, the language the statements were written and first scored in. A
 * statement flagged between English and a translation works differently in that translation.
 */
function comparisons(): Comparison[] {
  return [
    ...LOCALES.filter((l) => l !== "en").map((l) => ({
      key: `language:${l}`,
      dimension: "language" as const,
      reference: "en",
      focal: l,
      referenceLabel: "English",
      focalLabel: LOCALE_NAMES_IN_ENGLISH[l],
    })),
    ...SEX_OPTIONS.filter((o) => o.value !== SEX_REFERENCE && o.value !== PREFER_NOT).map((o) => ({
      key: `sex:${o.value}`,
      dimension: "sex" as const,
      reference: SEX_REFERENCE,
      focal: o.value,
      referenceLabel: sexLabel(SEX_REFERENCE),
      focalLabel: o.label,
    })),
    ...RACE_ETHNICITY_OPTIONS.filter((o) => o.value !== RACE_REFERENCE && o.value !== PREFER_NOT).map(
      (o) => ({
        key: `race:${o.value}`,
        dimension: "raceEthnicity" as const,
        reference: RACE_REFERENCE,
        focal: o.value,
        referenceLabel: raceLabel(RACE_REFERENCE),
        focalLabel: o.label,
      }),
    ),
  ];
}

/** A person's group on a dimension; a person with no recorded language read English. */
const groupOf = (p: DifPerson, dimension: Comparison["dimension"]) =>
  dimension === "language" ? (p.language ?? "en") : p[dimension];

const stratum = (theta: number) => Math.max(-6, Math.min(5, Math.floor(theta / THETA_STRATUM_WIDTH)));

export function questionFairness(
  people: readonly DifPerson[],
  items: readonly LikertItem[] = LIKERT_ITEMS,
  minimumPerGroup = DIF_MIN_PER_GROUP,
): QuestionFairness {
  const summaries: ComparisonSummary[] = [];
  const flagged: FlaggedStatement[] = [];
  for (const comparison of comparisons()) {
    const inGroup = people.filter(
      (p) =>
        groupOf(p, comparison.dimension) === comparison.reference ||
        groupOf(p, comparison.dimension) === comparison.focal,
    );
    const referenceCount = inGroup.filter(
      (p) => groupOf(p, comparison.dimension) === comparison.reference,
    ).length;
    const focalCount = inGroup.length - referenceCount;
    let analysed = 0;
    if (referenceCount >= minimumPerGroup && focalCount >= minimumPerGroup) {
      for (const item of items) {
        const answered = inGroup.filter(
          (p) => p.answers[item.id] !== undefined && p.theta[item.trait] !== undefined,
        );
        const focal = answered.map((p) => groupOf(p, comparison.dimension) === comparison.focal);
        const nFocal = focal.filter(Boolean).length;
        const nReference = answered.length - nFocal;
        if (nFocal < minimumPerGroup || nReference < minimumPerGroup) continue;
        analysed++;
        const keyed = answered.map((p) => keyedCategory(item, p.answers[item.id]!)!);
        const theta = answered.map((p) => p.theta[item.trait]!);
        const mh = mantelHaenszel(
          keyed.map((k) => k >= DIF_CUT),
          focal,
          theta.map(stratum),
        );
        if (mh.class === "A") continue;
        flagged.push({
          comparisonKey: comparison.key,
          itemId: item.id,
          trait: item.trait,
          traitName: TRAITS.find((t) => t.id === item.trait)!.name,
          text: item.text,
          ...(comparison.dimension === "language"
            ? {
                translatedText:
                  ITEM_TRANSLATIONS[comparison.focal as keyof typeof ITEM_TRANSLATIONS]?.[item.id],
              }
            : {}),
          reverse: item.reverse,
          class: mh.class,
          delta: mh.delta,
          favours: mh.delta < 0 ? "reference" : "focal",
          referenceCount: nReference,
          focalCount: nFocal,
          ordinalP: ordinalLogisticDif(keyed, theta, focal).pTotal,
        });
      }
    }
    const { dimension: _dimension, ...rest } = comparison;
    summaries.push({ ...rest, referenceCount, focalCount, analysed, shown: analysed > 0 });
  }
  flagged.sort((a, b) =>
    a.class === b.class ? Math.abs(b.delta) - Math.abs(a.delta) : a.class === "C" ? -1 : 1,
  );
  return { minimumPerGroup, comparisons: summaries, flagged };
}
