// "$candidateId_" keeps this page out of the candidate page's layout (that page has no <Outlet />).
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { roleAllows } from "~/domain/accounts/policy";
import {
  isCustomMeasure,
  measureLabel,
  outcomeFormSchema,
  STANDARD_MEASURES,
} from "~/domain/validation/outcomes";
import { actorOf } from "~/server/audit-log.server";
import { redirectWithFlash } from "~/server/flash.server";
import { requireCandidate } from "~/server/hiring-guards.server";
import { listOutcomes, saveOutcomes } from "~/server/outcomes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Job outcomes of ${data?.candidate.name ?? "a candidate"} — RoleFit` },
];

// Job outcomes of one hired candidate, for the role's validation study. Viewers read; owners and
// managers record. Recording an outcome is what counts the candidate as hired in the study.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role, candidate } = await requireCandidate(request, context, params, "viewer");
  return {
    role: { id: role.id, title: role.title },
    candidate: {
      id: candidate.id,
      name: candidate.name,
      completed: candidate.attempt?.status === "completed",
    },
    outcomes: await listOutcomes(context.db, member.organizationId, candidate.id),
    canRecord: roleAllows(member.role, "manager"),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, role, candidate } = await requireCandidate(request, context, params, "manager");
  const submission = parseWithZod(await request.formData(), { schema: outcomeFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (
    !(await saveOutcomes(context.db, member.organizationId, candidate.id, submission.value, actorOf(member)))
  ) {
    const message = "Outcomes can be recorded only for candidates who completed the assessment.";
    return data(submission.reply({ formErrors: [message] }), { status: 409 });
  }
  return redirectWithFlash(context, `/roles/${role.id}/candidates/${candidate.id}/outcomes`, {
    kind: "success",
    message: "Outcomes saved.",
  });
}

export default function CandidateOutcomes() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // One message per field, as the form shows them; the form-level ones under "form".
  const errors: Record<string, string> = Object.fromEntries(
    Object.entries(actionData?.error ?? {})
      .filter(([, messages]) => (messages as string[] | null)?.length)
      .map(([field, messages]) => [field === "" ? "form" : field, (messages as string[])[0]!]),
  );
  const current = new Map(d.outcomes.map((o) => [o.measure, o]));
  const customs = d.outcomes.filter((o) => isCustomMeasure(o.measure));
  // Custom outcome names may hold spaces, which an HTML id cannot: ids are by position instead.
  const idOf = (key: string) =>
    isCustomMeasure(key) ? `custom-${customs.findIndex((o) => o.measure === key)}` : key;
  const field = (key: string, label: string, input: JSX.Element) => (
    <div key={key}>
      <label htmlFor={idOf(key)} className="label">
        {label}
      </label>
      {input}
      {errors[key] ? (
        <p id={`${idOf(key)}-error`} className="field-error">
          {errors[key]}
        </p>
      ) : null}
    </div>
  );
  const numberInput = (key: string, props: { min?: number; max?: number; step?: string }) => (
    <input
      id={idOf(key)}
      name={key}
      type="number"
      inputMode="decimal"
      {...props}
      defaultValue={current.get(key)?.value ?? ""}
      aria-invalid={errors[key] ? true : undefined}
      aria-describedby={errors[key] ? `${idOf(key)}-error` : undefined}
      className="input"
      disabled={!d.canRecord}
    />
  );
  return (
    <>
      <PageHeader
        title={`Job outcomes: ${d.candidate.name}`}
        description={<>{d.role.title} · used only in this role's validation study</>}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link to={`/roles/${d.role.id}/candidates/${d.candidate.id}`} className="btn-secondary">
              Candidate
            </Link>
            <Link to={`/roles/${d.role.id}/validation`} className="btn-secondary">
              Validation study
            </Link>
          </div>
        }
      />
      {errors.form ? (
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {errors.form}
        </p>
      ) : null}
      {!d.candidate.completed ? (
        <p className="card text-sm">
          This candidate has not completed the assessment, so there is no score to compare outcomes with.
        </p>
      ) : (
        <section className="card" aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">Outcomes after hiring</h2>
          <p className="mt-1 text-sm text-slate-600">
            Record what happened once this person was hired. Leave a field empty if you do not know yet;
            emptying a field removes what was recorded.{" "}
            {d.canRecord ? null : "You can read these as a viewer; owners and managers record them."}
          </p>
          <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-2">
            {field(
              "rating-6m",
              STANDARD_MEASURES[0]!.label,
              numberInput("rating-6m", { min: 1, max: 5, step: "1" }),
            )}
            {field(
              "rating-12m",
              STANDARD_MEASURES[1]!.label,
              numberInput("rating-12m", { min: 1, max: 5, step: "1" }),
            )}
            {field(
              "quota-pct",
              STANDARD_MEASURES[2]!.label,
              numberInput("quota-pct", { min: 0, max: 1000, step: "any" }),
            )}
            {field(
              "retained-12m",
              "Still employed at 12 months",
              <select
                id="retained-12m"
                name="retained-12m"
                defaultValue={
                  current.has("retained-12m") ? (current.get("retained-12m")!.value === 1 ? "yes" : "no") : ""
                }
                className="input"
                disabled={!d.canRecord}
              >
                <option value="">Not known yet</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </select>,
            )}
            {customs.map((o) =>
              field(o.measure, measureLabel(o.measure), numberInput(o.measure, { step: "any" })),
            )}
            {d.canRecord ? (
              <fieldset className="sm:col-span-2 grid gap-4 sm:grid-cols-2">
                <legend className="label">Another outcome (optional), e.g. deals won or revenue</legend>
                {field(
                  "customName",
                  "Outcome name",
                  <input
                    id="customName"
                    name="customName"
                    maxLength={60}
                    className="input"
                    aria-invalid={errors.customName ? true : undefined}
                    aria-describedby={errors.customName ? "customName-error" : undefined}
                  />,
                )}
                {field(
                  "customValue",
                  "Value (a number)",
                  <input
                    id="customValue"
                    name="customValue"
                    inputMode="decimal"
                    className="input"
                    aria-invalid={errors.customValue ? true : undefined}
                    aria-describedby={errors.customValue ? "customValue-error" : undefined}
                  />,
                )}
              </fieldset>
            ) : null}
            {d.canRecord ? (
              <div className="sm:col-span-2">
                <SubmitButton pendingText="Saving…">Save outcomes</SubmitButton>
              </div>
            ) : null}
          </Form>
          {d.outcomes.length ? (
            <p className="mt-4 text-xs text-slate-600">
              Last recorded by{" "}
              {d.outcomes
                .map((o) => o.recordedBy)
                .filter((v, i, a) => a.indexOf(v) === i)
                .join(", ")}
              .
            </p>
          ) : null}
        </section>
      )}
    </>
  );
}
