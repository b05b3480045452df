import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PersonalReportView } from "~/components/assessment/personal-report-view";
import { PrintButton } from "~/components/assessment/print-button";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { LanguageSwitcher, useT } from "~/components/i18n";
import { attemptPageLocale, formatDate, LANGUAGE_IN_ITSELF, translator } from "~/domain/i18n";
import { personalReport } from "~/domain/assessment/report";
import { attemptAccess } from "~/server/attempt-access.server";
import { attemptScores, findAttempt } from "~/server/attempts.server";
import { missingLink } from "~/server/deleted-links.server";
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
    throw await missingLink(context, params.token, translator(locale)("report.invalid"), locale);
  }
  if (attempt.status !== "completed") throw redirect(`/a/${params.token}`);
  // The report reads in the language it was answered in unless the candidate switches.
  const locale = attemptPageLocale(attempt, await chosenLocale(request, context));
  const t = translator(locale);
  const access = await attemptAccess(context.db, attempt);
  if (!access.reportVisible) {
    throw candidateRefusal(
      locale,
      403,
      access.organizationName
        ? t("report.notShared", { organization: access.organizationName })
        : t("report.notSharedUnknown"),
      "error.receivedTitle",
    );
  }
  const scores = await attemptScores(context.db, attempt.id);
  if (!scores) throw candidateRefusal(locale, 404, t("report.notReady"), "error.receivedTitle");
  return {
    i18n: pageI18n(locale),
    title: t("report.metaTitle"),
    report: personalReport(scores, locale),
    // Said when the statements were read in a translation: they share the English parameters.
    languageNote:
      attempt.locale === "en"
        ? null
        : t("report.languageNote", { language: LANGUAGE_IN_ITSELF[attempt.locale] }),
    completed: attempt.completedAt ? formatDate(locale, attempt.completedAt) : "",
    versionId: attempt.version.id,
    form: attempt.form,
    base: `/a/${params.token}`,
    attemptId: attempt.id,
  };
}

export default function Report() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <CandidateShell wide>
      <LanguageSwitcher />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl">{t("report.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t("report.completed", { date: d.completed, form: d.form, version: d.versionId })}
          </p>
          {d.languageNote ? <p className="mt-1 text-sm text-slate-600">{d.languageNote}</p> : null}
        </div>
        <div className="no-print flex gap-2">
          <PrintButton />
        </div>
      </div>
      <PersonalReportView report={d.report} planeId={d.attemptId} />
      <section className="card no-print mt-6" aria-labelledby="data-heading">
        <h2 id="data-heading">{t("report.dataTitle")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("report.dataPrivate")}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link to={`${d.base}/data`} reloadDocument className="btn-secondary">
            {t("report.download")}
          </Link>
          <Link to={`${d.base}/delete`} className="btn-danger">
            {t("report.delete")}
          </Link>
        </div>
      </section>
    </CandidateShell>
  );
}
