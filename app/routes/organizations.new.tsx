import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { FormErrors, SubmitButton, TextField } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { organizationNameSchema } from "~/domain/accounts/schemas";
import { requireUser } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { createOrganization } from "~/server/organizations.server";
import { setSessionOrganization } from "~/server/sessions.server";

export const meta: MetaFunction = () => [{ title: "New organization — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), { schema: organizationNameSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const organizationId = await createOrganization(context.db, session.user.id, submission.value.name);
  await setSessionOrganization(context.db, session.id, organizationId);
  return redirectWithFlash(context, "/dashboard", {
    kind: "success",
    message: `${submission.value.name} is ready. You are its owner.`,
  });
}

export default function NewOrganization() {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: organizationNameSchema }),
  });
  return (
    <AuthCard title="Create an organization">
      <p className="mb-4 text-slate-700">
        An organization holds roles, candidates and org plans. You can belong to several and switch between
        them.
      </p>
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField meta={fields.name} label="Organization name" autoComplete="organization" />
        <SubmitButton pendingText="Creating…">Create organization</SubmitButton>
      </Form>
    </AuthCard>
  );
}
