import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { ValidationStudyView } from "~/components/validation/validation-study-view";
import { roleAllows } from "~/domain/accounts/policy";
import { STANDARD_MEASURES, type ImportRowProblem } from "~/domain/validation/outcomes";
import { validationStudy } from "~/domain/validation/study";
import { actorOf, auditedRead, isNewPageView } from "~/server/audit-log.server";
import { requireRole } from "~/server/hiring-guards.server";
import { importOutcomes, roleStudyCandidates } from "~/server/outcomes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Validation study: ${data?.role.title ?? "role"} — RoleFit` },
];

const MAX_UPLOAD_BYTES = 1024 * 1024;

/** Outcome reliabilities from the query string (?rel.quota-pct=0.8); anything outside (0, 1] is ignored. */
function reliabilitiesFrom(params: URLSearchParams): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of params) {
    if (!key.startsWith("rel.")) continue;
    const r = Number(value);
    if (value.trim() !== "" && Number.isFinite(r) && r > 0 && r <= 1) out[key.slice(4)] = r;
  }
  return out;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId, "viewer");
  const reliabilities = reliabilitiesFrom(new URL(request.url).searchParams);
  const event = isNewPageView(request)
    ? ({ action: "validation.view", subjectType: "role", subjectId: role.id } as const)
    : () => null;
  const candidates = await auditedRead(context.db, member.organizationId, actorOf(member), event, (trx) =>
    roleStudyCandidates(trx, member.organizationId, role.id, role.targets),
  );
  const study = validationStudy(candidates, reliabilities);
  return { role: { id: role.id, title: role.title }, study, canRecord: roleAllows(member.role, "manager") };
}

type ImportResult = {
  imported?: { candidates: number; values: number };
  problems: ImportRowProblem[];
  error?: string;
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId, "manager");
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_UPLOAD_BYTES * 1.2) {
    return data<ImportResult>(
      { problems: [], error: "That upload is larger than 1 MB. Split it into parts." },
      { status: 413 },
    );
  }
  const formData = await request.formData();
  const file = formData.get("file");
  let text = typeof formData.get("csv") === "string" ? String(formData.get("csv")) : "";
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES)
      return data<ImportResult>(
        { problems: [], error: "That file is larger than 1 MB. Split it into parts." },
        { status: 413 },
      );
    text = await file.text();
  }
  if (!text.trim())
    return data<ImportResult>({ problems: [], error: "Paste the CSV or choose a file." }, { status: 400 });
  const result = await importOutcomes(context.db, member.organizationId, role.id, text, actorOf(member));
  return data<ImportResult>(
    { imported: { candidates: result.candidates, values: result.values }, problems: result.problems },
    { status: result.candidates > 0 ? 200 : 400 },
  );
}

export default function RoleValidation() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <PageHeader
        title={`Validation study: ${d.role.title}`}
        description="Do the scores go with how the people you hired actually did? Your own data, with its uncertainty."
        actions={
          <Link to={`/roles/${d.role.id}`} className="btn-secondary">
            All candidates
          </Link>
        }
      />
      <ValidationStudyView study={d.study} roleTitle={d.role.title} />
      {d.study.outcomes.length ? (
        <Form method="get" className="card mt-6 text-sm" aria-labelledby="reliability-heading">
          <h2 id="reliability-heading">Outcome reliability (optional)</h2>
          <p className="mt-1 text-slate-700">
            If you know how consistent an outcome is (for ratings, the agreement between two raters of the
            same person), enter it to correct for measurement error in the outcome. Leave empty when you do
            not know.
          </p>
          <div className="mt-3 flex flex-wrap items-end gap-3">
            {d.study.outcomes.map((o) => (
              <div key={o.measure}>
                <label htmlFor={`rel-${o.measure}`} className="label">
                  {o.label}
                </label>
                <input
                  id={`rel-${o.measure}`}
                  name={`rel.${o.measure}`}
                  type="number"
                  min="0.05"
                  max="1"
                  step="0.01"
                  defaultValue={o.reliability ?? ""}
                  className="input py-1.5"
                />
              </div>
            ))}
            <button type="submit" className="btn-secondary">
              Apply
            </button>
          </div>
        </Form>
      ) : null}
      {d.canRecord ? (
        <section className="card mt-6" aria-labelledby="import-heading">
          <h2 id="import-heading">Import outcomes from a CSV</h2>
          <p className="mt-1 text-sm text-slate-700">
            One row per hired candidate, named by the <code>email</code> they were invited with. Columns:{" "}
            {STANDARD_MEASURES.map((m) => (
              <span key={m.key}>
                <code>{m.column}</code> ({m.label.toLowerCase()}),{" "}
              </span>
            ))}
            and any other column as a custom numeric outcome of that name. Empty cells record nothing; a value
            you import replaces the one recorded before.
          </p>
          {result?.error ? (
            <p
              role="alert"
              className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
            >
              {result.error}
            </p>
          ) : null}
          {result?.imported ? (
            <p role="status" className="mt-3 text-sm">
              Imported {result.imported.values} outcome {result.imported.values === 1 ? "value" : "values"}{" "}
              for {result.imported.candidates} {result.imported.candidates === 1 ? "candidate" : "candidates"}
              .
            </p>
          ) : null}
          {result?.problems.length ? (
            <div role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
              <p className="font-medium">
                {result.problems.length} {result.problems.length === 1 ? "row was" : "rows were"} not
                imported:
              </p>
              <ul className="mt-1 list-disc pl-5">
                {result.problems.map((p, i) => (
                  <li key={i}>
                    {p.row === 0 ? "Header" : `Row ${p.row}`}: {p.problem}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Form method="post" encType="multipart/form-data" className="mt-4 space-y-3">
            <div>
              <label htmlFor="csv" className="label">
                Paste CSV
              </label>
              <textarea
                id="csv"
                name="csv"
                rows={5}
                className="input font-mono text-xs"
                placeholder={"email,rating_6m,quota_pct\nann@example.com,4,112"}
              />
            </div>
            <div>
              <label htmlFor="file" className="label">
                …or choose a file
              </label>
              <input id="file" name="file" type="file" accept=".csv,text/csv" className="block text-sm" />
            </div>
            <SubmitButton pendingText="Importing…">Import outcomes</SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
