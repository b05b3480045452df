// Adapts an instrument version to the shapes of the psychometrics engine (psychometrics/cat.ts and
// psychometrics/forced-choice.ts). The instrument owns the content; the engine owns the maths.
import type { BankItem, CatOptions } from "~/domain/psychometrics/cat";
import type { MultidimensionalCatOptions } from "~/domain/psychometrics/multidimensional-cat";
import { BALANCE_DIMENSION } from "./trait-prior";
import type { TraitId } from "./types";
import type { ForcedChoicePair } from "~/domain/psychometrics/forced-choice";
import type { InstrumentContent } from "./version";

/**
 * The adaptive bank: every Likert item plus the scenarios, as GRM items tagged with their trait.
 * Scenarios are in the bank so that their answers inform their trait's θ̂ and SE, but the adaptive
 * form shows them at fixed points, so `catOptions` excludes them from selection.
 */
export function catBank(version: InstrumentContent): BankItem[] {
  const out: BankItem[] = [];
  for (const item of [...version.items.likert, ...version.items.situational]) {
    const p = version.params[item.id];
    if (!p || p.model !== "grm") throw new Error(`${item.id}: missing GRM parameters`);
    out.push({ id: item.id, trait: item.trait, a: p.a, b: p.b });
  }
  return out;
}

/** The engine options of the adaptive form (add the attempt's seed). */
export function catOptions(version: InstrumentContent, seed: number): CatOptions {
  const { seTarget, minItemsPerTrait, maxItemsPerTrait, maxItems, topN } = version.forms.adaptive.cat;
  return {
    seed,
    seTarget,
    minItemsPerTrait,
    maxItemsPerTrait,
    maxItems,
    topN,
    excludeItems: version.items.situational.map((s) => s.id),
  };
}

/** The forced-choice pairs as 2PL items on the balance, with their ids, in bank order. */
export function balancePairs(version: InstrumentContent): Array<ForcedChoicePair & { id: string }> {
  return version.items.forcedChoice.map((item) => {
    const p = version.params[item.id];
    if (!p || p.model !== "2pl") throw new Error(`${item.id}: missing 2PL parameters`);
    return { id: item.id, a: p.a, b: p.b };
  });
}

/**
 * The bank of the multidimensional engine: the adaptive bank plus the forced-choice pairs as 2PL
 * items on the balance dimension, so that one posterior scores every answer. Only Likert items are
 * chosen adaptively (`multidimensionalOptions` excludes the rest, which the form shows at fixed points).
 */
export function jointBank(version: InstrumentContent): BankItem[] {
  return [
    ...catBank(version),
    ...balancePairs(version).map((pair) => ({
      id: pair.id,
      trait: BALANCE_DIMENSION,
      a: pair.a,
      b: [pair.b],
    })),
  ];
}

/** The multidimensional engine's options for an attempt that reports `reported` (add nothing else). */
export function multidimensionalOptions(
  version: InstrumentContent,
  seed: number,
  reported: readonly TraitId[],
): MultidimensionalCatOptions {
  const { seTarget, minItemsPerTrait, maxItemsPerTrait, maxItems, topN, eligibility } =
    version.forms.adaptive.cat;
  return {
    seed,
    reported,
    ...(eligibility !== undefined ? { eligibility } : {}),
    seTarget,
    minItemsPerTrait,
    maxItemsPerTrait,
    maxItems,
    topN,
    excludeItems: [...version.items.situational, ...version.items.forcedChoice].map((i) => i.id),
  };
}
