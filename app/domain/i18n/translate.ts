// Formatting a message of the candidate flow in one language. Messages are ICU MessageFormat; each
// compiled message is kept, since the same few dozen are formatted on every page.
import { IntlMessageFormat } from "intl-messageformat";
import { INTL_TAG, type Locale } from "./locales";
import { EN_MESSAGES, type MessageKey, type Messages } from "./messages/en";

export type MessageValues = Record<string, string | number>;

/** What a candidate page passes to the browser for its words (root.tsx provides it to components). */
export interface PageI18n {
  locale: Locale;
  messages: Messages;
}

export interface Translator {
  locale: Locale;
  (key: MessageKey, values?: MessageValues): string;
  /** A message with tags (<strong>…</strong>): each tag's function wraps its words. */
  rich<T>(
    key: MessageKey,
    values: Record<string, string | number | ((chunks: Array<string | T>) => T)>,
  ): Array<string | T>;
}

const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: Locale, messages: Messages, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}\u0000${messages[key]}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(messages[key] ?? EN_MESSAGES[key], INTL_TAG[locale]);
    compiled.set(cacheKey, format);
  }
  return format;
}

/** A translator over one language's messages (the server passes them to the page with its data). */
export function translatorFor(locale: Locale, messages: Messages): Translator {
  const t = ((key: MessageKey, values?: MessageValues) =>
    String(compile(locale, messages, key).format(values))) as Translator;
  t.locale = locale;
  t.rich = <T>(key: MessageKey, values: Record<string, unknown>) => {
    const out = compile(locale, messages, key).format<T>(values as never);
    return (Array.isArray(out) ? out : [out]) as Array<string | T>;
  };
  return t;
}

/** A date as "6 December 2026" in the reader's language. */
export function formatDate(locale: Locale, date: string | Date): string {
  return new Date(date).toLocaleDateString(INTL_TAG[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

/** A θ-scale number with one decimal in the reader's language; a value that rounds to zero is 0.0, never −0.0. */
export function formatDecimal(locale: Locale, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return new Intl.NumberFormat(INTL_TAG[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rounded === 0 ? 0 : rounded);
}
