// Adapts an instrument version to the shapes of the psychometrics engine (psychometrics/cat.ts and
// psychometrics/forced-choice.ts). The instrument owns the content; the engine owns the maths.
import type { BankItem, CatOptions } from "~/domain/psychometrics/cat";
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
