// The languages of the candidate flow. The workspace stays English; candidates read the
// questionnaire, their report and their emails in one of these. No zod here: the browser loads
// this module (the switcher), and candidate pages ship no validation library.

export const LOCALES = ["en", "es", "de", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language in its own words, as a switcher lists them. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  es: "Español",
  de: "Deutsch",
  fr: "Français",
};

/** The English name, for the (English) workspace. */
export const LOCALE_NAMES_IN_ENGLISH: Readonly<Record<Locale, string>> = {
  en: "English",
  es: "Spanish",
  de: "German",
  fr: "French",
};

/** Each language's name inside a sentence of that language ("Respondiste en español"). */
export const LANGUAGE_IN_ITSELF: Readonly<Record<Locale, string>> = {
  en: "English",
  es: "español",
  de: "Deutsch",
  fr: "français",
};

/** The BCP 47 tag Intl formats dates and numbers with (British English, as before there was a choice). */
export const INTL_TAG: Readonly<Record<Locale, string>> = { en: "en-GB", es: "es", de: "de", fr: "fr" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored value as a locale; anything unknown (or null) reads as English. */
export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * The best of our languages for an Accept-Language header ("de-CH,de;q=0.9,en;q=0.8"): the
 * highest-weighted tag whose language we have, English when none matches.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", weight, index };
    })
    .filter((entry) => Number.isFinite(entry.weight) && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) if (isLocale(entry.language)) return entry.language;
  return DEFAULT_LOCALE;
}

/** The language a candidate's emails are in: the attempt's once started, else the employer's, else English. */
export function candidateLocale(row: {
  attemptLocale?: string | null;
  invitationLocale: string | null;
  roleLocale: string | null;
}): Locale {
  return isLocale(row.attemptLocale)
    ? row.attemptLocale
    : (employerLocale(row.invitationLocale, row.roleLocale) ?? "en");
}

/**
 * The language of an attempt's own pages (questionnaire, report, deletion): an unfinished attempt's
 * is the attempt's, the one it is answered in (the switcher changes the attempt itself); a finished
 * attempt keeps the language it was answered in, and its pages follow the candidate's switcher.
 */
export function attemptPageLocale(
  attempt: { status: "in_progress" | "completed"; locale: Locale },
  chosen: Locale | null,
): Locale {
  return attempt.status === "completed" ? (chosen ?? attempt.locale) : attempt.locale;
}

/** The language an employer set: the invitation's own, else its role's, else none. */
export function employerLocale(invitationLocale: string | null, roleLocale: string | null): Locale | null {
  return isLocale(invitationLocale) ? invitationLocale : isLocale(roleLocale) ? roleLocale : null;
}
