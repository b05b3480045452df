// Which language a candidate page is in. An attempt's pages use the attempt's language (the one the
// questionnaire is answered in; the switcher changes it). Before there is an attempt: the language
// the candidate chose with the switcher, else the employer's choice for the invitation or its role,
// else the browser's Accept-Language, else English. The candidate's own choice outranks the
// employer's so that a candidate can always read the page: the employer's is the default.
import { data, type AppLoadContext } from "@remix-run/node";
import { translator } from "~/domain/i18n";
import { isLocale, negotiateLocale, type Locale } from "~/domain/i18n/locales";
import type { PageI18n } from "~/domain/i18n/translate";

export function pageI18n(locale: Locale): PageI18n {
  return { locale };
}

/** The language the candidate chose with the switcher, if any. */
export async function chosenLocale(request: Request, context: Pick<AppLoadContext, "cookies">) {
  const value: unknown = await context.cookies.language.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : null;
}

/** The language of a page before an attempt exists: chosen, else the employer's, else the browser's. */
export async function requestLocale(
  request: Request,
  context: Pick<AppLoadContext, "cookies">,
  employerLocale: Locale | null = null,
): Promise<Locale> {
  return (
    (await chosenLocale(request, context)) ??
    employerLocale ??
    negotiateLocale(request.headers.get("Accept-Language"))
  );
}

/** The words of a candidate's error page, in their language (root.tsx's ErrorPage shows them). */
export interface CandidateErrorPage {
  locale: Locale;
  label: string;
  title: string;
  home: string;
}

/**
 * A refusal on a candidate page, to throw: the message and the error page's own words in the
 * candidate's language (the error page has no route data to take its language from).
 */
export function candidateRefusal(
  locale: Locale,
  status: number,
  message: string,
  title: "error.linkTitle" | "error.receivedTitle" = "error.linkTitle",
) {
  const t = translator(locale);
  const page: CandidateErrorPage = {
    locale,
    label: t("error.label", { status }),
    title: t(title),
    home: t("error.home"),
  };
  return data({ message, page }, { status });
}

export function languageCookie(context: Pick<AppLoadContext, "cookies">, locale: Locale): Promise<string> {
  return context.cookies.language.serialize(locale);
}
