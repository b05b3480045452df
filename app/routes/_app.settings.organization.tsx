import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { FieldErrors, FormErrors, SubmitButton } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { organizationSettingsSchema } from "~/domain/accounts/schemas";
import { requireMember } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { findOrganizationSettings, updateOrganizationSettings } from "~/server/organization-settings.server";

export const meta: MetaFunction = () => [{ title: "Organization settings — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  return { settings: await findOrganizationSettings(context.db, member.organizationId) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const submission = parseWithZod(await request.formData(), { schema: organizationSettingsSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await updateOrganizationSettings(context.db, member.organizationId, {
    name: submission.value.name,
    candidateContact: submission.value.candidateContact,
    showReportsToCandidates: submission.value.showReportsToCandidates === "yes",
    retentionDays: submission.value.retentionDays,
  });
  return redirectWithFlash(context, "/settings/organization", {
    kind: "success",
    message: "Settings saved.",
  });
}

export default function OrganizationSettings() {
  const { settings } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: organizationSettingsSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Organization settings"
        actions={
          <>
            <Link to="/settings/api-keys" className="btn-secondary">
              API keys
            </Link>
            <Link to="/settings/webhooks" className="btn-secondary">
              Webhooks
            </Link>
            <Link to="/settings/audit" className="btn-secondary">
              Audit log
            </Link>
          </>
        }
      />
      <Form method="post" {...getFormProps(form)} className="card space-y-5">
        <FormErrors id={form.errorId} errors={form.errors} />
        <div>
          <label htmlFor={fields.name.id} className="label">
            Organization name
          </label>
          <input
            {...getInputProps(fields.name, { type: "text" })}
            key={fields.name.key}
            defaultValue={settings.name}
            className="input"
          />
          <FieldErrors id={fields.name.errorId} errors={fields.name.errors} />
        </div>
        <div>
          <label htmlFor={fields.candidateContact.id} className="label">
            Contact for accommodations and alternative processes
          </label>
          <input
            {...getInputProps(fields.candidateContact, { type: "text" })}
            key={fields.candidateContact.key}
            defaultValue={settings.candidateContact ?? ""}
            className="input"
            aria-describedby={[
              fields.candidateContact.errors ? fields.candidateContact.errorId : null,
              "contact-help",
            ]
              .filter(Boolean)
              .join(" ")}
          />
          <p id="contact-help" className="help">
            An email address or a short instruction. Every invitation shows it, and replies to invitation
            emails go to it when it is an address. Left empty, candidates are pointed to the person who sent
            their invitation, and replies go to them.
          </p>
          <FieldErrors id={fields.candidateContact.errorId} errors={fields.candidateContact.errors} />
        </div>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="showReportsToCandidates"
            value="yes"
            defaultChecked={settings.showReportsToCandidates}
            className="mt-1 size-4"
          />
          <span>
            Show invited candidates their own report when they finish
            <span className="block text-sm text-slate-600">
              Recommended: people trust a process more when they see what it found.
            </span>
          </span>
        </label>
        <div>
          <label htmlFor={fields.retentionDays.id} className="label">
            Keep candidate data for (days after the last activity)
          </label>
          <input
            {...getInputProps(fields.retentionDays, { type: "text" })}
            key={fields.retentionDays.key}
            inputMode="numeric"
            defaultValue={settings.retentionDays ?? ""}
            className="input w-40"
            aria-describedby={[
              fields.retentionDays.errors ? fields.retentionDays.errorId : null,
              "retention-help",
            ]
              .filter(Boolean)
              .join(" ")}
          />
          <p id="retention-help" className="help">
            A candidate is erased from every table once this many days have passed since anything last
            happened to them: the invitation or a new link, opening it, an answer, a decision or a note. That
            includes candidates who never finished and candidates nobody decided on. A candidate whose link
            still works is kept. Checked at start-up and daily. Empty keeps data until you erase it.
          </p>
          <FieldErrors id={fields.retentionDays.errorId} errors={fields.retentionDays.errors} />
        </div>
        <SubmitButton pendingText="Saving…">Save settings</SubmitButton>
      </Form>
    </div>
  );
}
