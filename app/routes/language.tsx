import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { languageChoiceSchema } from "~/domain/i18n/schemas";
import { setAttemptLocale } from "~/server/attempts.server";
import { languageCookie } from "~/server/locale.server";

// The language switcher's target (app/components/i18n.tsx): remembers the choice in a cookie,
// makes it the language of an unfinished attempt, and goes back to the page it came from.
export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: languageChoiceSchema });
  if (submission.status !== "success")
    throw data({ message: "Choose one of the languages offered." }, { status: 400 });
  const { locale, returnTo, attempt } = submission.value;
  if (attempt) await setAttemptLocale(context.db, attempt, locale);
  return redirect(returnTo, { headers: { "Set-Cookie": await languageCookie(context, locale) } });
}
