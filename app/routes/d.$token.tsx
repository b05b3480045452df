import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { FormErrors, SubmitButton } from "~/components/forms";
import { DIAGNOSTIC_STATEMENTS } from "~/domain/org/diagnostic";
import { diagnosticResponseSchema } from "~/domain/org/schemas";
import { findOpenRound, recordDiagnosticResponse } from "~/server/diagnostics.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const handle = candidateHandle;
export const meta: MetaFunction = () => [
  { title: "How do sales and marketing work together? — RoleFit" },
  { name: "robots", content: "noindex" },
];

const SCALE = ["Strongly disagree", "Disagree", "Partly", "Agree", "Strongly agree"];

async function openRound(db: Parameters<typeof findOpenRound>[0], token: string | undefined) {
  const round = await findOpenRound(db, token);
  if (!round) throw data({ message: "This survey link is not valid." }, { status: 404 });
  if (round.closed_at)
    throw data(
      { message: `${round.organizationName} has closed this survey. Thank you for your interest.` },
      { status: 410 },
    );
  return round;
}
export async function loader({ params, context }: LoaderFunctionArgs) {
  const round = await openRound(context.db, params.token);
  return {
    organizationName: round.organizationName,
    title: round.title,
    statements: DIAGNOSTIC_STATEMENTS.map((s) => ({ id: s.id, text: s.text })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await enforceRateLimit(context, "diagnostic", 30, 60 * 60 * 1000);
  const round = await openRound(context.db, params.token);
  // Validated on the server only, like every page a respondent sees.
  const submission = parseWithZod(await request.formData(), { schema: diagnosticResponseSchema });
  if (submission.status !== "success") {
    return data(
      {
        done: false as const,
        reply: submission.reply({
          formErrors: ["Please choose your team and rate every statement from 1 to 5."],
        }),
      },
      { status: 400 },
    );
  }
  await recordDiagnosticResponse(context.db, round, submission.value.team, submission.value.ratings);
  return { done: true as const, reply: null };
}

export default function Diagnostic() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  if (a?.done) {
    return (
      <CandidateShell>
        <div className="card">
          <h1>Thank you</h1>
          <p className="mt-2 text-slate-700">
            Your answers were recorded anonymously. {d.organizationName} sees only team averages.
          </p>
        </div>
      </CandidateShell>
    );
  }
  return (
    <CandidateShell wide>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{d.organizationName}</p>
      <h1 className="mt-1 text-3xl">How do sales and marketing work together here?</h1>
      <p className="mt-3 text-slate-700">
        Twenty statements, about five minutes. Anonymous: only your team (sales or marketing) is recorded with
        your ratings.
      </p>
      <div className="mt-4 empty:hidden">
        <FormErrors errors={a?.reply?.error?.[""] ?? undefined} />
      </div>
      <Form method="post" className="mt-6 space-y-4">
        <fieldset className="card">
          <legend className="font-semibold">Which team do you work in?</legend>
          <div className="mt-2 flex gap-4">
            {(["sales", "marketing"] as const).map((t) => (
              <label key={t} className="flex items-center gap-2 capitalize">
                <input type="radio" name="team" value={t} required className="size-4" /> {t}
              </label>
            ))}
          </div>
        </fieldset>
        {d.statements.map((s, i) => (
          <fieldset key={s.id} className="card">
            <legend className="font-medium">
              {i + 1}. {s.text}
            </legend>
            <div className="mt-3 grid gap-2 sm:grid-cols-5">
              {SCALE.map((label, v) => (
                <label
                  key={label}
                  className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input type="radio" name={`r.${s.id}`} value={v + 1} required className="size-4" /> {label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <SubmitButton pendingText="Sending…">Send my answers</SubmitButton>
      </Form>
    </CandidateShell>
  );
}
