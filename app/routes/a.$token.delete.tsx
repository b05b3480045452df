import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { LanguageSwitcher, useT } from "~/components/i18n";
import { attemptPageLocale, translator } from "~/domain/i18n";
import { SubmitButton } from "~/components/forms";
import { deleteAttemptData, findAttempt } from "~/server/attempts.server";
import { redirectWithFlash } from "~/server/flash.server";
import { candidateRefusal, chosenLocale, pageI18n, requestLocale } from "~/server/locale.server";

export const handle = candidateHandle;
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "RoleFit" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const attempt = await findAttempt(context.db, params.token);
  if (!attempt) {
    const locale = await requestLocale(request, context);
    throw candidateRefusal(locale, 404, translator(locale)("delete.invalid"));
  }
  const locale = attemptPageLocale(attempt, await chosenLocale(request, context));
  return {
    i18n: pageI18n(locale),
    title: translator(locale)("delete.metaTitle"),
    base: `/a/${params.token}`,
    invited: attempt.kind === "invited",
    answered: attempt.answers.length,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const attempt = await findAttempt(context.db, params.token);
  const locale = attempt
    ? attemptPageLocale(attempt, await chosenLocale(request, context))
    : await requestLocale(request, context);
  const t = translator(locale);
  if (!(await deleteAttemptData(context.db, params.token ?? "")))
    throw candidateRefusal(locale, 404, t("delete.invalid"));
  return redirectWithFlash(context, "/", { kind: "success", message: t("delete.done") });
}

export default function DeleteMyData() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <CandidateShell>
      <LanguageSwitcher attemptToken={d.base.slice("/a/".length)} />
      <div className="card">
        <h1>{t("delete.title")}</h1>
        <p className="mt-2 text-slate-700">
          {t(d.invited ? "delete.bodyInvited" : "delete.body", { answered: d.answered })}
        </p>
        <Form method="post" className="mt-6 flex flex-wrap gap-3">
          <SubmitButton className="btn-danger" pendingText={t("delete.pending")}>
            {t("delete.confirm")}
          </SubmitButton>
          <Link to={d.base} className="btn-secondary">
            {t("delete.keep")}
          </Link>
        </Form>
      </div>
    </CandidateShell>
  );
}
