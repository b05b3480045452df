import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { LanguageSwitcher, useT } from "~/components/i18n";
import { FieldErrors, SubmitButton } from "~/components/forms";
import { TraitOverview } from "~/components/assessment/trait-overview";
import { ConsentPoints } from "~/components/assessment/consent-points";
import { SELF_CONSENT_KEYS } from "~/domain/assessment/consent";
import { traitsInLanguage, translator } from "~/domain/i18n";
import { startSchema } from "~/domain/assessment/schemas";
import { currentInstrument, formDuration } from "~/domain/instrument";
import { startSelfAssessment } from "~/server/attempts.server";
import { pageI18n, requestLocale } from "~/server/locale.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const handle = candidateHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.meta.title ?? "RoleFit" },
  { name: "description", content: data?.meta.description ?? "" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const version = currentInstrument();
  const locale = await requestLocale(request, context);
  const t = translator(locale);
  return {
    i18n: pageI18n(locale),
    meta: { title: t("assess.metaTitle"), description: t("assess.metaDescription") },
    adaptiveMinutes: Math.round(formDuration(version.forms, "adaptive").typicalSeconds / 60),
    shortMinutes: Math.round(formDuration(version.forms, "short").typicalSeconds / 60),
    traits: traitsInLanguage(locale),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceRateLimit(context, "start-assessment", 30, 60 * 60 * 1000);
  // Validated on the server only: candidate pages ship no validation library to the browser.
  const submission = parseWithZod(await request.formData(), { schema: startSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const token = await startSelfAssessment(
    context.db,
    submission.value.form,
    await requestLocale(request, context),
  );
  return redirect(`/a/${token}`);
}

export default function Assess() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const consentErrors = useActionData<typeof action>()?.error?.consent
    ? [t("start.consentMissing")]
    : undefined;
  return (
    <CandidateShell>
      <LanguageSwitcher />
      <h1 className="text-3xl">{t("assess.title")}</h1>
      <p className="mt-3 text-lg text-slate-700">{t("assess.lead", { minutes: d.adaptiveMinutes })}</p>

      <section aria-labelledby="measured" className="card mt-8">
        <h2 id="measured">{t("assess.measured")}</h2>
        <TraitOverview traits={d.traits} />
      </section>

      <section aria-labelledby="data-use" className="card mt-6">
        <h2 id="data-use">{t("assess.dataUse")}</h2>
        <ConsentPoints points={SELF_CONSENT_KEYS} />
        <p className="mt-3 text-sm text-slate-700">{t("assess.honesty")}</p>
      </section>

      <Form method="post" className="card mt-6 space-y-5">
        <fieldset>
          <legend className="label">{t("assess.length")}</legend>
          <div className="mt-2 space-y-2">
            <label className="flex items-start gap-3 rounded-md border border-slate-300 p-3">
              <input type="radio" name="form" value="adaptive" defaultChecked className="mt-1 size-4" />
              <span>
                <span className="font-medium">{t("assess.adaptive", { minutes: d.adaptiveMinutes })}</span>
                <span className="block text-sm text-slate-600">{t("assess.adaptiveHint")}</span>
              </span>
            </label>
            <label className="flex items-start gap-3 rounded-md border border-slate-300 p-3">
              <input type="radio" name="form" value="short" className="mt-1 size-4" />
              <span>
                <span className="font-medium">{t("assess.short", { minutes: d.shortMinutes })}</span>
                <span className="block text-sm text-slate-600">{t("assess.shortHint")}</span>
              </span>
            </label>
          </div>
        </fieldset>
        <div>
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              name="consent"
              value="yes"
              className="mt-1 size-4"
              aria-invalid={consentErrors ? true : undefined}
              aria-describedby={consentErrors ? "consent-error" : undefined}
            />
            <span>{t("start.consent")}</span>
          </label>
          <FieldErrors id="consent-error" errors={consentErrors} />
        </div>
        <SubmitButton pendingText={t("start.pending")}>{t("start.submit")}</SubmitButton>
      </Form>
    </CandidateShell>
  );
}
