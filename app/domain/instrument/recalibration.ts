// Recalibration: new item parameters estimated from stored answers with the engine's marginal
// maximum-likelihood EM, one calibration per trait (statements and scenarios) and one for the
// forced-choice pairs on the sales–marketing balance. Adaptive data calibrates too: items a person
// was not shown are missing, not wrong. An item keeps its previous parameters when too few people
// answered it or when some of its answer categories were never used (its thresholds would not be
// identified); the new version lists those items, so reports can say what was recalibrated.
// A version with a trait prior (the multidimensional engine's) also gets the traits' correlations
// estimated from the same people, scored per trait with the new parameters (trait-correlations.ts).
import {
  calibrateGrm,
  createEapScorer,
  estimateTraitCorrelations,
  type TraitScoreSample,
} from "~/domain/psychometrics";
import { BALANCE_DIMENSION } from "./trait-prior";
import { keyedCategory, type RawAnswer } from "./bank";
import { TRAIT_IDS, type Item, type ItemParams } from "./types";
import { recalibratedVersion, versionItems, type InstrumentVersion } from "./version";

export interface RecalibrationOptions {
  /** Fewest answers an item needs to get new parameters. */
  minAnswersPerItem?: number;
  /** ISO date of the run (the domain never reads a clock). */
  date?: string;
}

export interface RecalibrationReport {
  respondents: number;
  recalibrated: number;
  kept: number;
  scales: Array<{
    scale: string;
    items: number;
    recalibrated: number;
    respondents: number;
    converged: boolean;
    iterations: number;
  }>;
  /** The trait prior's correlations, for a version that has one. */
  traitPrior?: { estimatedPairs: number; keptPairs: number; shrinkage: number };
}

export const DEFAULT_MIN_ANSWERS_PER_ITEM = 200;

export function recalibrate(
  base: InstrumentVersion,
  attempts: ReadonlyArray<ReadonlyArray<{ itemId: string; raw: RawAnswer }>>,
  options: RecalibrationOptions = {},
): { version: InstrumentVersion; report: RecalibrationReport } {
  const minAnswers = options.minAnswersPerItem ?? DEFAULT_MIN_ANSWERS_PER_ITEM;
  const items = new Map(versionItems(base).map((i) => [i.id, i]));
  const keyed = attempts.map((answers) => {
    const byItem = new Map<string, number>();
    for (const a of answers) {
      const item = items.get(a.itemId);
      const category = item ? keyedCategory(item, a.raw) : null;
      if (category !== null) byItem.set(a.itemId, category);
    }
    return byItem;
  });

  const scales: Array<{ name: string; items: Item[]; categories: number[] }> = [
    ...TRAIT_IDS.map((trait) => {
      const scaleItems = [...base.items.likert, ...base.items.situational].filter((i) => i.trait === trait);
      return {
        name: trait,
        items: scaleItems,
        categories: scaleItems.map((i) => (i.format === "situational" ? i.options.length : 5)),
      };
    }),
    {
      name: "sales-marketing balance",
      items: [...base.items.forcedChoice],
      categories: base.items.forcedChoice.map(() => 2),
    },
  ];

  const newParams: Record<string, ItemParams> = {};
  const report: RecalibrationReport["scales"] = [];
  for (const full of scales) {
    // Only items answered in at least two categories can enter the model (items the adaptive
    // form never showed, or that everyone answered alike, keep their parameters).
    const usable = full.items.map(
      (item) => new Set(keyed.map((k) => k.get(item.id)).filter((c) => c !== undefined)).size >= 2,
    );
    const scale = {
      ...full,
      items: full.items.filter((_, j) => usable[j]),
      categories: full.categories.filter((_, j) => usable[j]),
    };
    const rows = keyed
      .filter((k) => scale.items.some((i) => k.has(i.id)))
      .map((k) => scale.items.map((i) => k.get(i.id) ?? null));
    if (rows.length === 0 || scale.items.length === 0) {
      report.push({
        scale: full.name,
        items: full.items.length,
        recalibrated: 0,
        respondents: 0,
        converged: false,
        iterations: 0,
      });
      continue;
    }
    const result = calibrateGrm(rows, { categories: scale.categories });
    let updated = 0;
    result.items.forEach((estimate, j) => {
      const item = scale.items[j]!;
      if (estimate.n < minAnswers || estimate.usedCategories.length !== scale.categories[j]) return;
      newParams[item.id] =
        item.format === "forced-choice"
          ? { model: "2pl", a: estimate.a, b: estimate.b[0]! }
          : { model: "grm", a: estimate.a, b: [...estimate.b] };
      updated++;
    });
    report.push({
      scale: full.name,
      items: full.items.length,
      recalibrated: updated,
      respondents: result.nPersons,
      converged: result.converged,
      iterations: result.iterations,
    });
  }

  const recalibratedCount = Object.keys(newParams).length;
  if (recalibratedCount === 0)
    throw new RangeError(
      `no item has ${minAnswers} answers with every answer category used yet; collect more completed assessments first`,
    );
  const correlations = base.traitPrior
    ? estimateTraitCorrelations(base.traitPrior, traitScores(base, newParams, keyed), {
        minPeople: minAnswers,
        // The balance stays uncorrelated with the traits by design (trait-prior.ts).
        fixed: [BALANCE_DIMENSION],
      })
    : null;
  const version = recalibratedVersion(
    base,
    newParams,
    {
      respondents: attempts.length,
      method: correlations
        ? "marginal maximum likelihood, Bock–Aitkin EM, per trait and for the forced-choice balance; trait correlations corrected for attenuation"
        : "marginal maximum likelihood, Bock–Aitkin EM, per trait and for the forced-choice balance",
      ...(options.date ? { date: options.date } : {}),
    },
    correlations?.prior,
  );
  return {
    version,
    report: {
      respondents: attempts.length,
      recalibrated: recalibratedCount,
      kept: Object.keys(base.params).length - recalibratedCount,
      scales: report,
      ...(correlations
        ? {
            traitPrior: {
              estimatedPairs: correlations.estimatedPairs,
              keptPairs: correlations.keptPairs,
              shrinkage: correlations.shrinkage,
            },
          }
        : {}),
    },
  };
}

/**
 * Each person's per-trait EAP score under the new parameters, in the order of the prior's
 * dimensions (null where they answered nothing of a dimension). The balance is left out: its
 * correlations stay fixed.
 */
function traitScores(
  base: InstrumentVersion,
  newParams: Readonly<Record<string, ItemParams>>,
  keyed: ReadonlyArray<ReadonlyMap<string, number>>,
): Array<Array<TraitScoreSample | null>> {
  const dimensions = base.traitPrior!.traits;
  const scales = dimensions.map((dimension) => {
    const items = [...base.items.likert, ...base.items.situational].filter((i) => i.trait === dimension);
    const params = items.map((i) => {
      const p = newParams[i.id] ?? base.params[i.id];
      if (!p || p.model !== "grm") throw new Error(`${i.id}: missing GRM parameters`);
      return { a: p.a, b: p.b };
    });
    return items.length > 0 ? { ids: items.map((i) => i.id), scorer: createEapScorer(params) } : null;
  });
  return keyed.map((answers) =>
    scales.map((scale) => {
      if (!scale) return null;
      const estimate = scale.scorer.score(scale.ids.map((id) => answers.get(id) ?? null));
      return estimate.answered > 0 ? { theta: estimate.theta, se: estimate.se } : null;
    }),
  );
}
