// Formatting a message of the candidate flow in one language. Messages are ICU MessageFormat; each
// compiled message is kept, since the same few dozen are formatted on every page.
import { IntlMessageFormat } from "intl-messageformat";
import { INTL_TAG, type Locale } from "./locales";
import type { MessageKey, Messages } from "./messages/en";

export type MessageValues = Record<string, string | number>;

/**
 * What a candidate page's data says about its words: only the language (root.tsx provides it to
 * components, which take the words from app/components/message-catalog.ts).
 */
export interface PageI18n {
  locale: Locale;
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

/**
 * Compiled messages per catalogue (each language's is one object for the life of the process),
 * and texts already formatted: a message without values, or with numbers only (the progress bar's
 * percent and minutes on every question), gives the same text every time. Texts with other values
 * (names, roles) are not kept, so no candidate's details linger here.
 */
const compiled = new WeakMap<
  Messages,
  { formats: Map<MessageKey, IntlMessageFormat>; texts: Map<string, string> }
>();

/** Enough for every value-less message and the progress bar's combinations in every language. */
const MAX_KEPT_TEXTS = 4000;

function cacheOf(messages: Messages) {
  let cache = compiled.get(messages);
  if (!cache) compiled.set(messages, (cache = { formats: new Map(), texts: new Map() }));
  return cache;
}

/** The key a formatted text is kept under, or null when its values are not all numbers. */
function textKey(key: MessageKey, values: MessageValues | undefined): string | null {
  if (!values) return key;
  let textKey: string = key;
  for (const name in values) {
    const value = values[name];
    if (typeof value !== "number") return null;
    textKey += `\u0000${name}=${value}`;
  }
  return textKey;
}

function compile(locale: Locale, messages: Messages, key: MessageKey): IntlMessageFormat {
  const { formats } = cacheOf(messages);
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(messages[key], INTL_TAG[locale]);
    formats.set(key, format);
  }
  return format;
}

function formatted(locale: Locale, messages: Messages, key: MessageKey, values?: MessageValues): string {
  const kept = textKey(key, values);
  if (kept === null) return String(compile(locale, messages, key).format(values));
  const { texts } = cacheOf(messages);
  let text = texts.get(kept);
  if (text === undefined) {
    text = String(compile(locale, messages, key).format(values));
    if (texts.size >= MAX_KEPT_TEXTS) texts.delete(texts.keys().next().value!);
    texts.set(kept, text);
  }
  return text;
}

/** A translator over one language's messages. */
export function translatorFor(locale: Locale, messages: Messages): Translator {
  const t = ((key: MessageKey, values?: MessageValues) =>
    formatted(locale, messages, key, values)) as Translator;
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
