import { Form, useLocation, useMatches } from "@remix-run/react";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { LOCALE_NAMES, LOCALES } from "~/domain/i18n/locales";
import { translatorFor, type PageI18n, type Translator } from "~/domain/i18n/translate";
import { loadedMessages, loadMessages } from "./message-catalog";

const ENGLISH: PageI18n = { locale: "en" };
const I18nContext = createContext<PageI18n>(ENGLISH);

/**
 * The page's language: the deepest route whose data carries `i18n` (candidate pages, from
 * app/server/locale.server.ts) decides; every other page is English.
 */
export function usePageI18n(): PageI18n {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const data = matches[i]!.data as { i18n?: PageI18n } | undefined;
    if (data && typeof data === "object" && data.i18n) return data.i18n;
  }
  return ENGLISH;
}

export function I18nProvider({ value, children }: { value: PageI18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator for the page's language. */
export function useT(): Translator {
  const { locale } = useContext(I18nContext);
  const messages = loadedMessages(locale);
  // Not loaded yet (a navigation reached a page in another language): suspend until they are, so
  // the page never shows in a language it is not in. React keeps the previous page meanwhile.
  if (!messages) throw loadMessages(locale);
  return useMemo(() => translatorFor(locale, messages), [locale, messages]);
}

/**
 * The language switcher on every candidate page: a plain form post, so it works without
 * JavaScript. `attemptToken` makes the choice the attempt's language as well.
 */
export function LanguageSwitcher({ attemptToken }: { attemptToken?: string }) {
  const t = useT();
  const { locale } = useContext(I18nContext);
  const location = useLocation();
  return (
    <Form
      method="post"
      action="/language"
      className="no-print mb-4 flex items-center justify-end gap-2 text-sm"
    >
      <input type="hidden" name="returnTo" value={`${location.pathname}${location.search}`} />
      {attemptToken ? <input type="hidden" name="attempt" value={attemptToken} /> : null}
      <label htmlFor="language-select" className="text-slate-700">
        {t("language.label")}
      </label>
      <select id="language-select" name="locale" defaultValue={locale} className="input w-auto py-1">
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <button type="submit" className="btn-secondary py-1">
        {t("language.submit")}
      </button>
    </Form>
  );
}
