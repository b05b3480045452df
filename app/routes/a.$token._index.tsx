import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { ProgressBar } from "~/components/assessment/progress-bar";
import { QuestionForm } from "~/components/assessment/question-form";
import { SelfIdForm } from "~/components/assessment/self-id-form";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { LanguageSwitcher, useT } from "~/components/i18n";
import { attemptPageLocale, translator, type MessageKey } from "~/domain/i18n";
import { SubmitButton } from "~/components/forms";
import { attemptActionSchema } from "~/domain/assessment/schemas";
import { progressView, screenView } from "~/domain/assessment/screen-view";
import { findItem } from "~/domain/assessment/sequence";
import {
  findAttempt,
  finishAttempt,
  questionnairePage,
  recordSelfId,
  submitAnswer,
} from "~/server/attempts.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";
import { missingLink } from "~/server/deleted-links.server";
import { chosenLocale, pageI18n, requestLocale } from "~/server/locale.server";

export const headers = retryAfterHeaders;

export const handle = candidateHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "RoleFit" },
  { name: "robots", content: "noindex" },
];

// After any answer, even a refused one, show the true current question.
export const shouldRevalidate: ShouldRevalidateFunction = () => true;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const wantsChange = new URL(request.url).searchParams.get("change") === "1";
  const found = await questionnairePage(context.db, params.token, { changeLast: wantsChange });
  if (!found) {
    const locale = await requestLocale(request, context);
    throw await missingLink(context, params.token, translator(locale)("questionnaire.invalid"), locale);
  }
  const { attempt, access, step, answered, last } = found;
  const base = `/a/${params.token}`;
  const locale = attemptPageLocale(attempt, await chosenLocale(request, context));
  const page = { i18n: pageI18n(locale), title: translator(locale)("questionnaire.metaTitle"), base };
  if (attempt.status === "completed") {
    if (access.reportVisible) throw redirect(`${base}/report`);
    return { ...page, view: "complete" as const, organizationName: access.organizationName };
  }
  if (access.closedReason) return { ...page, view: "closed" as const };
  if (!attempt.selfIdStepDone || !step)
    return { ...page, view: "self-id" as const, organizationName: access.organizationName };

  const language = { locale, version: attempt.version };
  if (last) {
    const item = findItem(attempt.version, last.itemId)!;
    const screen = screenView({ item, salesFirst: true, number: answered }, last.raw, language);
    return {
      ...page,
      view: "question" as const,
      mode: "change" as const,
      screen,
      progress: progressView(step.progress),
      canChangePrevious: false,
    };
  }
  if (step.done) return { ...page, view: "finishing" as const };
  return {
    ...page,
    view: "question" as const,
    mode: "next" as const,
    screen: screenView(step.screen, null, language),
    progress: progressView(step.progress),
    canChangePrevious: answered > 0,
  };
}

/** A refusal in the attempt's language: the reason's message, else what the status says. */
async function refusalMessage(
  context: ActionFunctionArgs["context"],
  token: string,
  refusal: { status: number; reason?: MessageKey },
) {
  const attempt = await findAttempt(context.db, token);
  const t = translator(attempt?.locale ?? "en");
  if (refusal.reason) return t(refusal.reason);
  return t(refusal.status === 410 ? "questionnaire.closed" : "questionnaire.chooseAnswer");
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  // Validated on the server only: candidate pages ship no validation library to the browser.
  const submission = parseWithZod(await request.formData(), { schema: attemptActionSchema });
  if (submission.status !== "success") {
    const attempt = await findAttempt(context.db, token);
    const t = translator(attempt?.locale ?? "en");
    const message =
      submission.payload.intent === "self-id" || submission.payload.intent === "skip-self-id"
        ? t("questionnaire.chooseSelfId")
        : t("questionnaire.chooseAnswer");
    return data(submission.reply({ formErrors: [message] }), { status: 400 });
  }
  const value = submission.value;
  switch (value.intent) {
    case "self-id":
    case "skip-self-id": {
      const outcome = await recordSelfId(context.db, token, value.intent === "self-id" ? value : null);
      if (!outcome.ok) throw data({ message: outcome.message }, { status: outcome.status });
      return redirect(`/a/${token}`);
    }
    case "finish": {
      const outcome = await finishAttempt(context.db, token);
      if (!outcome.ok) throw data({ message: outcome.message }, { status: outcome.status });
      return redirect(`/a/${token}`);
    }
    case "answer": {
      await enforceRateLimit(context, "answer", 300, 60 * 1000);
      const result = await submitAnswer(context.db, token, value);
      if (!result.ok && result.status === 404) throw data({ message: result.message }, { status: 404 });
      if (!result.ok)
        return data(submission.reply({ formErrors: [await refusalMessage(context, token, result)] }), {
          status: result.status,
        });
      return redirect(`/a/${token}`);
    }
  }
}

export default function Questionnaire() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const error = actionData?.error?.[""]?.[0];
  const t = useT();
  const switcher = <LanguageSwitcher attemptToken={d.base.slice("/a/".length)} />;

  if (d.view === "self-id") {
    return (
      <CandidateShell>
        {switcher}
        <SelfIdForm forEmployer={d.organizationName} error={error} />
      </CandidateShell>
    );
  }
  if (d.view === "complete") {
    return (
      <CandidateShell>
        {switcher}
        <div className="card">
          <h1>{t("questionnaire.doneTitle")}</h1>
          <p className="mt-2 text-slate-700">
            {d.organizationName
              ? t("questionnaire.doneSent", { organization: d.organizationName })
              : t("questionnaire.doneSaved")}
          </p>
          <p className="mt-4 text-sm text-slate-700">
            {t.rich("questionnaire.doneRights", {
              download: (chunks) => (
                <Link key="download" to={`${d.base}/data`} reloadDocument>
                  {chunks}
                </Link>
              ),
              delete: (chunks) => (
                <Link key="delete" to={`${d.base}/delete`}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      </CandidateShell>
    );
  }
  if (d.view === "closed") {
    return (
      <CandidateShell>
        <div className="card">
          <h1>{t("questionnaire.closedTitle")}</h1>
          <p className="mt-2 text-slate-700">{t("questionnaire.closed")}</p>
        </div>
      </CandidateShell>
    );
  }
  if (d.view === "finishing") {
    return (
      <CandidateShell>
        <div className="card">
          <h1>{t("questionnaire.finishedTitle")}</h1>
          <Form method="post" className="mt-4">
            <SubmitButton name="intent" value="finish" pendingText={t("questionnaire.preparing")}>
              {t("questionnaire.seeResults")}
            </SubmitButton>
          </Form>
        </div>
      </CandidateShell>
    );
  }
  return (
    <CandidateShell>
      {switcher}
      <ProgressBar progress={d.progress} />
      {error ? (
        <p
          role="alert"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          {error}
        </p>
      ) : null}
      <div className="card">
        <QuestionForm
          screen={d.screen}
          mode={d.mode}
          canChangePrevious={d.canChangePrevious}
          changeHref={`${d.base}?change=1`}
          continueHref={d.base}
        />
      </div>
      <p className="mt-4 text-center text-sm text-slate-600">{t("questionnaire.saveNote")}</p>
    </CandidateShell>
  );
}
