// Languages of the candidate flow: which there are, their messages, their prose, and formatting.
import type { Locale } from "./locales";
import { MESSAGES } from "./messages";
import { translatorFor, type Translator } from "./translate";

export * from "./locales";
export { candidateContent, traitsInLanguage, type CandidateContent } from "./content";
export { MESSAGES, type MessageKey, type Messages } from "./messages";
export { formatDate, formatDecimal, translatorFor, type Translator, type MessageValues } from "./translate";

/** A translator for a language on the server (pages take the same messages from app/components/message-catalog.ts). */
export function translator(locale: Locale): Translator {
  return translatorFor(locale, MESSAGES[locale]);
}

/**
 * A trait name inside a sentence: lower-cased in English, Spanish and French ("your strongest
 * areas are discovery and…"), kept as written in German, where nouns keep their capital.
 */
export function lowerInSentence(name: string, locale: Locale): string {
  return locale === "de" ? name : name.toLowerCase();
}
