import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { FieldErrors, SubmitButton } from "~/components/forms";
import { TraitOverview } from "~/components/assessment/trait-overview";
import { ConsentPoints } from "~/components/assessment/consent-points";
import { CONSENT_POINTS } from "~/domain/assessment/consent";
import { startSchema } from "~/domain/assessment/schemas";
import { currentInstrument, formDuration } from "~/domain/instrument";
import { startSelfAssessment } from "~/server/attempts.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const handle = candidateHandle;

export const meta: MetaFunction = () => [
  { title: "Free self-assessment: sales, marketing or both? — RoleFit" },
  {
    name: "description",
    content:
      "A 13-minute adaptive questionnaire on eleven sales and marketing traits, with an honest report. No account needed.",
  },
];

export function loader() {
  const version = currentInstrument();
  return {
    adaptiveMinutes: Math.round(formDuration(version.forms, "adaptive").typicalSeconds / 60),
    shortMinutes: Math.round(formDuration(version.forms, "short").typicalSeconds / 60),
    traits: version.traits.map((t) => ({ id: t.id, name: t.name, side: t.side, definition: t.definition })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceRateLimit(context, "start-assessment", 30, 60 * 60 * 1000);
  // Validated on the server only: candidate pages ship no validation library to the browser.
  const submission = parseWithZod(await request.formData(), { schema: startSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const token = await startSelfAssessment(context.db, submission.value.form);
  return redirect(`/a/${token}`);
}

export default function Assess() {
  const d = useLoaderData<typeof loader>();
  const consentErrors = useActionData<typeof action>()?.error?.consent ?? undefined;
  return (
    <CandidateShell>
      <h1 className="text-3xl">Sales, marketing, or both?</h1>
      <p className="mt-3 text-lg text-slate-700">
        A questionnaire of about {d.adaptiveMinutes} minutes that adapts to your answers. You get a private
        report on where you sit between sales and marketing, what you would likely enjoy, and how to grow. No
        account needed.
      </p>

      <section aria-labelledby="measured" className="card mt-8">
        <h2 id="measured">What it measures</h2>
        <TraitOverview traits={d.traits} />
      </section>

      <section aria-labelledby="data-use" className="card mt-6">
        <h2 id="data-use">How your answers are used</h2>
        <ConsentPoints points={CONSENT_POINTS} />
        <p className="mt-3 text-sm text-slate-700">
          There are no right or wrong answers and no time limit. Answer as you are at work today, not as you
          would like to be: the report is only useful if it is about you.
        </p>
      </section>

      <Form method="post" className="card mt-6 space-y-5">
        <fieldset>
          <legend className="label">Length</legend>
          <div className="mt-2 space-y-2">
            <label className="flex items-start gap-3 rounded-md border border-slate-300 p-3">
              <input type="radio" name="form" value="adaptive" defaultChecked className="mt-1 size-4" />
              <span>
                <span className="font-medium">Full, adaptive (about {d.adaptiveMinutes} minutes)</span>
                <span className="block text-sm text-slate-600">Recommended: the most precise picture.</span>
              </span>
            </label>
            <label className="flex items-start gap-3 rounded-md border border-slate-300 p-3">
              <input type="radio" name="form" value="short" className="mt-1 size-4" />
              <span>
                <span className="font-medium">Short (about {d.shortMinutes} minutes)</span>
                <span className="block text-sm text-slate-600">
                  Quicker, with wider uncertainty on every score.
                </span>
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
            <span>I have read how my answers are used and I want to start.</span>
          </label>
          <FieldErrors id="consent-error" errors={consentErrors} />
        </div>
        <SubmitButton pendingText="Starting…">Start the questionnaire</SubmitButton>
      </Form>
    </CandidateShell>
  );
}
