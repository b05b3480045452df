// The whole item bank in one place, and the rules that turn a raw answer into the category the
// IRT model scores (reverse keying, situational credit, forced-choice side).
import { BRIDGE_ITEMS } from "./items-bridge";
import { FORCED_CHOICE_ITEMS } from "./forced-choice";
import { MARKETING_ITEMS } from "./items-marketing";
import { SALES_ITEMS } from "./items-sales";
import { INFREQUENCY_ITEMS, SYNONYM_PAIRS } from "./quality-items";
import { SITUATIONAL_ITEMS } from "./situational";
import type {
  ForcedChoiceItem,
  InfrequencyItem,
  Item,
  LikertItem,
  SituationalItem,
  SynonymPair,
} from "./types";

export const LIKERT_ITEMS: readonly LikertItem[] = [...SALES_ITEMS, ...MARKETING_ITEMS, ...BRIDGE_ITEMS];

export interface ItemBank {
  likert: readonly LikertItem[];
  forcedChoice: readonly ForcedChoiceItem[];
  situational: readonly SituationalItem[];
  infrequency: readonly InfrequencyItem[];
  synonymPairs: readonly SynonymPair[];
}

export const ITEM_BANK: ItemBank = {
  likert: LIKERT_ITEMS,
  forcedChoice: FORCED_CHOICE_ITEMS,
  situational: SITUATIONAL_ITEMS,
  infrequency: INFREQUENCY_ITEMS,
  synonymPairs: SYNONYM_PAIRS,
};

export function allItems(bank: ItemBank = ITEM_BANK): Item[] {
  return [...bank.likert, ...bank.forcedChoice, ...bank.situational, ...bank.infrequency];
}

/**
 * A raw answer as the questionnaire records it: a Likert category 0..4 (0 = strongly disagree),
 * a situational option id, or the side of the chosen forced-choice statement.
 */
export type RawAnswer = number | string;

/**
 * The category the IRT model scores, or null for items that are not trait-scored (infrequency).
 * Likert: reverse-keyed items are recoded 4 − x, so parameters always describe the keyed score.
 * Situational: the chosen option's credit. Forced choice: sales = 1, marketing = 0.
 * Throws on an answer the item cannot have (the caller validated the request; this is a bug guard).
 */
export function keyedCategory(item: Item, raw: RawAnswer): number | null {
  switch (item.format) {
    case "likert": {
      if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 0 || raw > 4) {
        throw new RangeError(`${item.id}: Likert answer must be 0..4`);
      }
      return item.reverse ? 4 - raw : raw;
    }
    case "situational": {
      const option = item.options.find((o) => o.id === raw);
      if (!option) throw new RangeError(`${item.id}: unknown option ${String(raw)}`);
      return option.credit;
    }
    case "forced-choice": {
      if (raw === "sales") return 1;
      if (raw === "marketing") return 0;
      throw new RangeError(`${item.id}: answer must be "sales" or "marketing"`);
    }
    case "infrequency":
      return null;
  }
}

/** True when an infrequency answer is one an attentive person would give. */
export function infrequencyAnswerExpected(item: InfrequencyItem, raw: number): boolean {
  return item.expected.includes(raw);
}
