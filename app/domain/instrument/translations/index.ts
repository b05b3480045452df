// The instrument in every language. A translation replaces words only: an item keeps its id, its
// parameters and its scoring in every language, so answers in any language score on one scale
// until calibration from data gives a language its own parameters (and `rolefit dif` with language
// as the grouping shows which statements work differently in a translation).
//
// Keys: a Likert, infrequency or scenario item's id for its text; "<pair id>.sales" and
// "<pair id>.marketing" for the two statements of a forced-choice pair; a scenario option's id.
import type { Locale } from "~/domain/i18n/locales";
import type { ItemBank } from "../bank";
import type { Item } from "../types";
import { DE_ITEM_TEXTS } from "./de";
import { ES_ITEM_TEXTS } from "./es";
import { FR_ITEM_TEXTS } from "./fr";
import type { ItemTexts } from "./types";

export type { ItemTexts } from "./types";

/** Every language but English (the items' own text), keyed by locale. */
export type ItemTranslations = Readonly<Partial<Record<Exclude<Locale, "en">, ItemTexts>>>;

export const ITEM_TRANSLATIONS: ItemTranslations = {
  es: ES_ITEM_TEXTS,
  de: DE_ITEM_TEXTS,
  fr: FR_ITEM_TEXTS,
};

/** Every text key of a bank with its English text, in bank order. */
export function itemTextKeys(
  bank: Pick<ItemBank, "likert" | "forcedChoice" | "situational" | "infrequency">,
) {
  const keys: Record<string, string> = {};
  for (const item of bank.likert) keys[item.id] = item.text;
  for (const item of bank.forcedChoice) for (const o of item.options) keys[`${item.id}.${o.side}`] = o.text;
  for (const item of bank.situational) {
    keys[item.id] = item.text;
    for (const o of item.options) keys[o.id] = o.text;
  }
  for (const item of bank.infrequency) keys[item.id] = item.text;
  return keys;
}

/**
 * The item as shown in a language: the same item with its words from `texts` (English when the
 * language, or a key, is missing: a version stored before translations existed shows English).
 */
export function localizeItem<T extends Item>(item: T, texts: ItemTexts | undefined): T {
  if (!texts) return item;
  const word = (key: string, english: string) => texts[key] ?? english;
  switch (item.format) {
    case "likert":
    case "infrequency":
      return { ...item, text: word(item.id, item.text) };
    case "forced-choice":
      return {
        ...item,
        options: item.options.map((o) => ({ ...o, text: word(`${item.id}.${o.side}`, o.text) })),
      };
    case "situational":
      return {
        ...item,
        text: word(item.id, item.text),
        options: item.options.map((o) => ({ ...o, text: word(o.id, o.text) })),
      };
  }
}
