import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { FieldErrors, FormErrors, SubmitButton } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { logoTypeOf, logoUploadSchema } from "~/domain/accounts/logo";
import { organizationSettingsSchema } from "~/domain/accounts/schemas";
import { actorOf } from "~/server/audit-log.server";
import { requireMember } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import {
  currentLogoId,
  findOrganizationSettings,
  removeOrganizationLogo,
  saveOrganizationLogo,
  updateOrganizationSettings,
} from "~/server/organization-settings.server";

export const meta: MetaFunction = () => [{ title: "Organization settings — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const [settings, logoId] = await Promise.all([
    findOrganizationSettings(context.db, member.organizationId),
    currentLogoId(context.db, member.organizationId),
  ]);
  return { settings, logo: logoId ? `/logos/${logoId}` : null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const formData = await request.formData();
  if (formData.get("intent") === "logo") {
    const upload = parseWithZod(formData, { schema: logoUploadSchema });
    if (upload.status !== "success") return data({ logoError: replyFirst(upload.reply()) }, { status: 400 });
    const bytes = new Uint8Array(await upload.value.logo.arrayBuffer());
    // By the file's first bytes: its name and the type the browser sent are the uploader's to choose.
    const contentType = logoTypeOf(bytes);
    if (!contentType) return data({ logoError: "That file is not a PNG or JPEG image." }, { status: 400 });
    await saveOrganizationLogo(context.db, member.organizationId, { bytes, contentType }, actorOf(member));
    return redirectWithFlash(context, "/settings/organization", { kind: "success", message: "Logo saved." });
  }
  if (formData.get("intent") === "remove-logo") {
    await removeOrganizationLogo(context.db, member.organizationId, actorOf(member));
    return redirectWithFlash(context, "/settings/organization", {
      kind: "success",
      message: "Logo removed.",
    });
  }
  const submission = parseWithZod(formData, { schema: organizationSettingsSchema });
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

function replyFirst(reply: { error?: Record<string, string[] | null> | null }): string {
  return (
    Object.values(reply.error ?? {})
      .flat()
      .find(Boolean) ?? "Choose a PNG or JPEG file."
  );
}

export default function OrganizationSettings() {
  const { settings, logo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const logoError = actionData && "logoError" in actionData ? actionData.logoError : null;
  const lastResult = actionData && !("logoError" in actionData) ? actionData : undefined;
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
            <Link to="/settings/email-templates" className="btn-secondary">
              Candidate emails
            </Link>
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
      <section className="card mt-6" aria-labelledby="logo-heading">
        <h2 id="logo-heading">Logo</h2>
        <p className="help">
          Shown at the top of the status emails candidates get when you advance, hold or reject them. PNG or
          JPEG, at most 200 KB; anyone with its address can see it, like any image in an email.
        </p>
        {logo ? (
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <img src={logo} alt={`Current logo of ${settings.name}`} className="max-h-12 max-w-48" />
            <Form method="post">
              <input type="hidden" name="intent" value="remove-logo" />
              <SubmitButton className="btn-secondary" pendingText="Removing…">
                Remove logo
              </SubmitButton>
            </Form>
          </div>
        ) : null}
        <Form method="post" encType="multipart/form-data" className="mt-4 space-y-3">
          <input type="hidden" name="intent" value="logo" />
          <div>
            <label htmlFor="logo" className="label">
              {logo ? "Replace the logo" : "Upload a logo"}
            </label>
            <input
              id="logo"
              name="logo"
              type="file"
              accept="image/png,image/jpeg"
              required
              className="block text-sm"
              aria-invalid={logoError ? true : undefined}
              aria-describedby={logoError ? "logo-error" : undefined}
            />
            <FieldErrors id="logo-error" errors={logoError ? [logoError] : undefined} />
          </div>
          <SubmitButton className="btn-secondary" pendingText="Uploading…">
            Save logo
          </SubmitButton>
        </Form>
      </section>
    </div>
  );
}
