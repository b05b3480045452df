import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { PrintButton } from "~/components/assessment/print-button";
import { SubmitButton } from "~/components/forms";
import { roleAllows } from "~/domain/accounts/policy";
import { scenarioNameSchema } from "~/domain/org/schemas";
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
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "duplicate") {
    const id = await duplicateScenario(context.db, member.organizationId, scenario.id, member.user.id);
    return redirectWithFlash(context, `/org/scenarios/${id}`, { kind: "success", message: `Duplicated “${scenario.name}”. You are now editing the copy.` });
  }
  if (intent === "delete") {
    await deleteScenario(context.db, member.organizationId, scenario.id);
    return redirectWithFlash(context, "/org", { kind: "success", message: `Deleted “${scenario.name}”.` });
  }
  if (intent === "rename") {
    const parsed = scenarioNameSchema.safeParse({ name: formData.get("name") });
    if (!parsed.success) return data({ error: parsed.error.issues[0]!.message }, { status: 400 });
    await updateScenario(context.db, member.organizationId, scenario.id, { name: parsed.data.name });
    return redirectWithFlash(context, `/org/scenarios/${scenario.id}/manage`, { kind: "success", message: "Renamed." });
  }
  throw redirect(`/org/scenarios/${scenario.id}/manage`);
}

export default function Manage() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="grid max-w-3xl gap-6">
      {actionData?.error ? <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">{actionData.error}</p> : null}
      {d.canEdit ? (
        <Form method="post" className="card space-y-3">
          <h2>Rename</h2>
          <input type="hidden" name="intent" value="rename" />
          <label htmlFor="name" className="label">Scenario name</label>
          <input id="name" name="name" defaultValue={d.name} required maxLength={100} className="input" />
          <SubmitButton pendingText="Saving…">Rename</SubmitButton>
        </Form>
      ) : null}
      <section className="card space-y-3" aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <div className="flex flex-wrap gap-2">
          <Link to={`/org/scenarios/${d.id}/export`} reloadDocument className="btn-secondary">Scenario (JSON, re-importable)</Link>
          <Link to={`/org/scenarios/${d.id}/hiring-plan`} reloadDocument className="btn-secondary">Hiring plan (CSV)</Link>
          <PrintButton />
        </div>
        <p className="text-sm text-slate-600">Printing any tab gives a clean page without navigation.</p>
      </section>
      {d.canEdit ? (
        <Form method="post" className="card space-y-3">
          <h2>Duplicate or delete</h2>
          <p className="text-sm text-slate-700">Duplicate to try a variation and compare the two on the org designer page.</p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton name="intent" value="duplicate" className="btn-secondary" pendingText="Duplicating…">Duplicate</SubmitButton>
            <SubmitButton name="intent" value="delete" className="btn-danger" pendingText="Deleting…">Delete scenario</SubmitButton>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
