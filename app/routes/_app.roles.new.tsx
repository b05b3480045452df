import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FieldErrors, FormErrors, SubmitButton, TextField } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { targetsFromJobAnalysis } from "~/domain/fit/job-analysis";
import { ROLE_TEMPLATES, templateById } from "~/domain/fit/templates";
import { roleFromJobAnalysisSchema, roleFromTemplateSchema } from "~/domain/hiring/schemas";
import { FOUR_PS, MARKETING_TASKS, SALES_TASKS } from "~/domain/instrument";
import { requireMember } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { createRole } from "~/server/roles.server";

export const meta: MetaFunction = () => [{ title: "New role — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireMember(request, context, "manager");
  return {
    templates: ROLE_TEMPLATES.map((t) => ({ id: t.id, name: t.name, summary: t.summary })),
    taskGroups: [
      { title: "Sales tasks", tasks: SALES_TASKS },
      { title: "Marketing tasks", tasks: MARKETING_TASKS },
      { title: "The Four P's", tasks: FOUR_PS },
    ],
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "manager");
  const formData = await request.formData();
  if (formData.get("intent") === "job-analysis") {
    const submission = parseWithZod(formData, { schema: roleFromJobAnalysisSchema });
    if (submission.status !== "success")
      return data({ form: "job-analysis" as const, result: submission.reply() }, { status: 400 });
    const ratings = submission.value.ratings as Record<string, number>;
    if (Object.values(ratings).every((r) => r === 0)) {
      return data(
        {
          form: "job-analysis" as const,
          result: submission.reply({
            formErrors: ["Rate at least one task above 0, so the role has something to aim for."],
          }),
        },
        { status: 400 },
      );
    }
    const roleId = await createRole(context.db, member.organizationId, {
      title: submission.value.title,
      templateId: null,
      source: "job-analysis",
      targets: targetsFromJobAnalysis(ratings),
      jobAnalysis: ratings,
      createdByUserId: member.user.id,
    });
    return redirectWithFlash(context, `/roles/${roleId}`, {
      kind: "success",
      message: `${submission.value.title} was created from your job analysis.`,
    });
  }
  const submission = parseWithZod(formData, { schema: roleFromTemplateSchema });
  if (submission.status !== "success")
    return data({ form: "template" as const, result: submission.reply() }, { status: 400 });
  const template = templateById(submission.value.templateId)!;
  const roleId = await createRole(context.db, member.organizationId, {
    title: submission.value.title,
    templateId: template.id,
    source: "template",
    targets: template.targets,
    createdByUserId: member.user.id,
  });
  return redirectWithFlash(context, `/roles/${roleId}`, {
    kind: "success",
    message: `${submission.value.title} was created from the ${template.name} template.`,
  });
}

export default function NewRole() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [templateForm, templateFields] = useForm({
    id: "from-template",
    lastResult: actionData?.form === "template" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: roleFromTemplateSchema }),
    shouldValidate: "onBlur",
    // Once an error shows, clear it while typing: clearing it on blur moved the button away from the click.
    shouldRevalidate: "onInput",
  });
  const [jaForm, jaFields] = useForm({
    id: "from-job-analysis",
    lastResult: actionData?.form === "job-analysis" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: roleFromJobAnalysisSchema }),
    shouldValidate: "onBlur",
    // Once an error shows, clear it while typing: clearing it on blur moved the button away from the click.
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <PageHeader
        title="New role"
        description="Start from a template, or describe the work and let RoleFit derive the target profile. You can fine-tune either afterwards."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Form
          method="post"
          {...getFormProps(templateForm)}
          className="card space-y-4"
          aria-labelledby="template-heading"
        >
          <h2 id="template-heading">From a template</h2>
          <FormErrors id={templateForm.errorId} errors={templateForm.errors} />
          <input type="hidden" name="intent" value="template" />
          <TextField
            meta={templateFields.title}
            label="Role title"
            help="As candidates will see it, e.g. “Enterprise Account Executive, DACH”."
          />
          <fieldset>
            <legend className="label">Template</legend>
            <div className="mt-2 max-h-96 space-y-2 overflow-y-auto pr-1">
              {d.templates.map((t, i) => (
                <label
                  key={t.id}
                  className="flex items-start gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="templateId"
                    value={t.id}
                    defaultChecked={i === 0}
                    className="mt-1 size-4"
                  />
                  <span>
                    <span className="font-medium">{t.name}</span>
                    <span className="block text-sm text-slate-600">{t.summary}</span>
                  </span>
                </label>
              ))}
            </div>
            <FieldErrors id={templateFields.templateId.errorId} errors={templateFields.templateId.errors} />
          </fieldset>
          <SubmitButton pendingText="Creating…">Create role</SubmitButton>
        </Form>

        <Form method="post" {...getFormProps(jaForm)} className="card space-y-4" aria-labelledby="ja-heading">
          <h2 id="ja-heading">From a job analysis</h2>
          <p className="text-sm text-slate-700">
            Rate how much the role does each task: 0 not at all, 1 a little, 2 some, 3 a lot, 4 it is the core
            of the job.
          </p>
          <FormErrors id={jaForm.errorId} errors={jaForm.errors} />
          <input type="hidden" name="intent" value="job-analysis" />
          <TextField meta={jaFields.title} label="Role title" />
          {d.taskGroups.map((g) => (
            <fieldset key={g.title}>
              <legend className="text-sm font-semibold text-slate-800">{g.title}</legend>
              <ul className="mt-2 space-y-2">
                {g.tasks.map((task) => (
                  <li key={task.id} className="flex items-center justify-between gap-3">
                    <label htmlFor={`rating-${task.id}`} className="text-sm text-slate-800">
                      {task.label}
                    </label>
                    <select
                      id={`rating-${task.id}`}
                      name={`ratings.${task.id}`}
                      defaultValue="0"
                      className="input w-20 py-1"
                    >
                      {[0, 1, 2, 3, 4].map((n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </select>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <SubmitButton pendingText="Creating…">Create role from job analysis</SubmitButton>
        </Form>
      </div>
    </>
  );
}
