import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { ProgressBar } from "~/components/assessment/progress-bar";
import { QuestionForm } from "~/components/assessment/question-form";
import { SelfIdForm } from "~/components/assessment/self-id-form";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { SubmitButton } from "~/components/forms";
import { attemptActionSchema } from "~/domain/assessment/schemas";
import { progressView, screenView } from "~/domain/assessment/screen-view";
import { findItem } from "~/domain/assessment/sequence";
import {
  attemptNextStep,
  findAttempt,
  finishAttempt,
  recordSelfId,
  submitAnswer,
} from "~/server/attempts.server";
import { attemptAccess } from "~/server/attempt-access.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";
import { missingLink } from "~/server/deleted-links.server";

export const headers = retryAfterHeaders;

export const handle = candidateHandle;

export const meta: MetaFunction = () => [
  { title: "Questionnaire — RoleFit" },
  { name: "robots", content: "noindex" },
];

// After any answer, even a refused one, show the true current question.
export const shouldRevalidate: ShouldRevalidateFunction = () => true;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const attempt = await findAttempt(context.db, params.token);
  if (!attempt)
    throw await missingLink(
      context,
      params.token,
      "This assessment link is not valid. Check that you copied the whole link.",
    );
  const access = await attemptAccess(context.db, attempt);
  const base = `/a/${params.token}`;
  if (attempt.status === "completed") {
    if (access.reportVisible) throw redirect(`${base}/report`);
    return { view: "complete" as const, organizationName: access.organizationName, base };
  }
  if (access.closedReason) return { view: "closed" as const, message: access.closedReason, base };
  if (!attempt.selfIdStepDone)
    return { view: "self-id" as const, organizationName: access.organizationName, base };

  const step = attemptNextStep(attempt);
  const wantsChange = new URL(request.url).searchParams.get("change") === "1";
  const last = attempt.answers.at(-1);
  if (wantsChange && last) {
    const item = findItem(attempt.version, last.itemId)!;
    const screen = screenView({ item, salesFirst: true, number: attempt.answers.length }, last.raw);
    return {
      view: "question" as const,
      mode: "change" as const,
      screen,
      progress: progressView(step.progress),
      canChangePrevious: false,
      base,
    };
  }
  if (step.done) return { view: "finishing" as const, base };
  return {
    view: "question" as const,
    mode: "next" as const,
    screen: screenView(step.screen),
    progress: progressView(step.progress),
    canChangePrevious: attempt.answers.length > 0,
    base,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  // Validated on the server only: candidate pages ship no validation library to the browser.
  const submission = parseWithZod(await request.formData(), { schema: attemptActionSchema });
  if (submission.status !== "success") {
    const message =
      submission.payload.intent === "self-id" || submission.payload.intent === "skip-self-id"
        ? "Please choose from the options shown, or skip these questions."
        : "Please choose one of the answers, then press Next.";
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
        return data(submission.reply({ formErrors: [result.message] }), { status: result.status });
      return redirect(`/a/${token}`);
    }
  }
}

export default function Questionnaire() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const error = actionData?.error?.[""]?.[0];

  if (d.view === "self-id") {
    return (
      <CandidateShell>
        <SelfIdForm forEmployer={d.organizationName} error={error} />
      </CandidateShell>
    );
  }
  if (d.view === "complete") {
    return (
      <CandidateShell>
        <div className="card">
          <h1>Thank you — you're done</h1>
          <p className="mt-2 text-slate-700">
            Your answers were saved{d.organizationName ? ` and sent to ${d.organizationName}` : ""}. A person
            there will look at them as one part of their decision. You can close this page.
          </p>
          <p className="mt-4 text-sm text-slate-700">
            You can still{" "}
            <Link to={`${d.base}/data`} reloadDocument>
              download your data
            </Link>{" "}
            or <Link to={`${d.base}/delete`}>delete it</Link>.
          </p>
        </div>
      </CandidateShell>
    );
  }
  if (d.view === "closed") {
    return (
      <CandidateShell>
        <div className="card">
          <h1>This assessment is closed</h1>
          <p className="mt-2 text-slate-700">{d.message}</p>
        </div>
      </CandidateShell>
    );
  }
  if (d.view === "finishing") {
    return (
      <CandidateShell>
        <div className="card">
          <h1>All questions answered</h1>
          <Form method="post" className="mt-4">
            <SubmitButton name="intent" value="finish" pendingText="Preparing your results…">
              See my results
            </SubmitButton>
          </Form>
        </div>
      </CandidateShell>
    );
  }
  return (
    <CandidateShell>
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
      <p className="mt-4 text-center text-sm text-slate-600">
        Every answer is saved as you go. To finish later, keep this page's address: it brings you back here on
        any device.
      </p>
    </CandidateShell>
  );
}
