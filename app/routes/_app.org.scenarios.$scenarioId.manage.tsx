import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { PrintButton } from "~/components/assessment/print-button";
import { SubmissionErrors, SubmitButton } from "~/components/forms";
import { roleAllows } from "~/domain/accounts/policy";
import { manageScenarioActionSchema } from "~/domain/org/schemas";
import { redirectWithFlash } from "~/server/flash.server";
import { requireScenario } from "~/server/org-designer.server";
import { deleteScenario, duplicateScenario, updateScenario } from "~/server/org-scenarios.server";

export const meta: MetaFunction = () => [{ title: "Save & export — Org designer — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, scenario } = await requireScenario(request, context, params.scenarioId);
  return { id: scenario.id, name: scenario.name, canEdit: roleAllows(member.role, "manager") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, scenario } = await requireScenario(request, context, params.scenarioId, "manager");
  const submission = parseWithZod(await request.formData(), { schema: manageScenarioActionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  switch (submission.value.intent) {
    case "duplicate": {
      const id = await duplicateScenario(context.db, member.organizationId, scenario.id, member.user.id);
      return redirectWithFlash(context, `/org/scenarios/${id}`, {
        kind: "success",
        message: `Duplicated “${scenario.name}”. You are now editing the copy.`,
      });
    }
    case "delete":
      await deleteScenario(context.db, member.organizationId, scenario.id);
      return redirectWithFlash(context, "/org", { kind: "success", message: `Deleted “${scenario.name}”.` });
    case "rename":
      await updateScenario(context.db, member.organizationId, scenario.id, { name: submission.value.name });
      return redirectWithFlash(context, `/org/scenarios/${scenario.id}/manage`, {
        kind: "success",
        message: "Renamed.",
      });
  }
}

export default function Manage() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="grid max-w-3xl gap-6">
      <SubmissionErrors result={actionData} />
      {d.canEdit ? (
        <Form method="post" className="card space-y-3">
          <h2>Rename</h2>
          <input type="hidden" name="intent" value="rename" />
          <label htmlFor="name" className="label">
            Scenario name
          </label>
          <input id="name" name="name" defaultValue={d.name} required maxLength={100} className="input" />
          <SubmitButton pendingText="Saving…">Rename</SubmitButton>
        </Form>
      ) : null}
      <section className="card space-y-3" aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <div className="flex flex-wrap gap-2">
          <Link to={`/org/scenarios/${d.id}/export`} reloadDocument className="btn-secondary">
            Scenario (JSON, re-importable)
          </Link>
          <Link to={`/org/scenarios/${d.id}/hiring-plan`} reloadDocument className="btn-secondary">
            Hiring plan (CSV)
          </Link>
          <PrintButton />
        </div>
        <p className="text-sm text-slate-600">Printing any tab gives a clean page without navigation.</p>
      </section>
      {d.canEdit ? (
        <Form method="post" className="card space-y-3">
          <h2>Duplicate or delete</h2>
          <p className="text-sm text-slate-700">
            Duplicate to try a variation and compare the two on the org designer page.
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton
              name="intent"
              value="duplicate"
              className="btn-secondary"
              pendingText="Duplicating…"
            >
              Duplicate
            </SubmitButton>
            <SubmitButton name="intent" value="delete" className="btn-danger" pendingText="Deleting…">
              Delete scenario
            </SubmitButton>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
