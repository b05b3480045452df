import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FieldErrors, FormErrors, SubmitButton } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { roleAllows } from "~/domain/accounts/policy";
import { DECISIONS } from "~/domain/hiring/candidate-status";
import {
  STATUS_EMAIL_KIND_LABELS,
  STATUS_EMAIL_PLACEHOLDERS,
  statusEmail,
  statusEmailTemplateSchema,
} from "~/domain/hiring/status-email";
import { actorOf } from "~/server/audit-log.server";
import { requireMember } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { currentLogoId } from "~/server/organization-settings.server";
import {
  findStatusEmailTemplates,
  resetStatusEmailTemplate,
  saveStatusEmailTemplate,
} from "~/server/status-emails.server";

export const meta: MetaFunction = () => [{ title: "Candidate emails — RoleFit" }];

/** Sample values for the preview: the organization's own name, an invented candidate and role. */
const SAMPLE = { candidate_name: "Alex Morgan", role_title: "Account Executive" };

// Managers send these emails, so they may read them; owners word them (like every other setting).
export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context, "manager");
  const [templates, logoId] = await Promise.all([
    findStatusEmailTemplates(context.db, member.organizationId),
    currentLogoId(context.db, member.organizationId),
  ]);
  return {
    templates,
    logo: logoId ? `/logos/${logoId}` : null,
    organizationName: member.organizationName,
    canEdit: roleAllows(member.role, "owner"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  // Anyone who may read the texts may preview an edit; saving and resetting are the owners'.
  const member = await requireMember(request, context, "manager");
  const submission = parseWithZod(await request.formData(), { schema: statusEmailTemplateSchema });
  if (submission.payload.intent !== "preview" && !roleAllows(member.role, "owner"))
    throw data({ message: "Only owners can change the candidate emails." }, { status: 403 });
  if (submission.status !== "success") {
    const kind = submission.payload.kind;
    return data(
      { kind: typeof kind === "string" ? kind : null, reply: submission.reply(), preview: null },
      { status: 400 },
    );
  }
  const v = submission.value;
  const label = STATUS_EMAIL_KIND_LABELS[v.kind];
  if (v.intent === "reset") {
    await resetStatusEmailTemplate(context.db, member.organizationId, v.kind, actorOf(member));
    return redirectWithFlash(context, "/settings/email-templates", {
      kind: "success",
      message: `The ${label} email is back to the default text.`,
    });
  }
  if (v.intent === "save") {
    await saveStatusEmailTemplate(
      context.db,
      member.organizationId,
      v.kind,
      { subject: v.subject, body: v.body },
      actorOf(member),
    );
    return redirectWithFlash(context, "/settings/email-templates", {
      kind: "success",
      message: `The ${label} email is saved.`,
    });
  }
  const preview = statusEmail({
    template: { subject: v.subject, body: v.body },
    values: { ...SAMPLE, organization_name: member.organizationName },
    logoUrl: null,
    replyTo: null,
  });
  return {
    kind: v.kind,
    reply: submission.reply(),
    preview: { subject: preview.subject, text: preview.text },
  };
}

export default function EmailTemplates() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const placeholders = STATUS_EMAIL_PLACEHOLDERS.map((p) => `{${p}}`).join(", ");
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Candidate emails"
        description="What candidates are told when you advance, hold or reject them and tick “Email the candidates”. Until you reword a kind, each candidate gets its default in the language they answered in (English, Spanish, German or French); your own wording goes to every candidate as you wrote it."
        actions={
          <Link to="/settings/organization" className="btn-secondary">
            Organization settings
          </Link>
        }
      />
      <p className="mb-6 text-sm text-slate-700">
        Placeholders: {placeholders}. Each email shows {d.logo ? "your logo" : "your organization's name"} at
        the top{d.logo ? "" : " (add a logo in organization settings)"}; replies go to your candidate contact
        when it is an email address, else to the person who decided.
      </p>
      <div className="space-y-6">
        {DECISIONS.map((kind) => {
          const t = d.templates[kind];
          const mine = result && result.kind === kind ? result : null;
          const errors = (mine?.reply.error ?? {}) as Record<string, string[] | undefined>;
          const submitted = mine?.reply.initialValue as Record<string, unknown> | undefined;
          const value = (name: "subject" | "body") =>
            typeof submitted?.[name] === "string" ? (submitted[name] as string) : t[name];
          const id = (name: string) => `${kind}-${name}`;
          return (
            <section key={kind} className="card" aria-labelledby={id("heading")}>
              <h2 id={id("heading")}>
                {STATUS_EMAIL_KIND_LABELS[kind]}{" "}
                <span className="text-sm font-normal text-slate-600">
                  {t.custom ? "(your wording)" : "(default wording)"}
                </span>
              </h2>
              <Form method="post" className="mt-4 space-y-4">
                <input type="hidden" name="kind" value={kind} />
                <FormErrors errors={errors[""]} />
                <div>
                  <label htmlFor={id("subject")} className="label">
                    Subject
                  </label>
                  <input
                    id={id("subject")}
                    name="subject"
                    // Remounted when the saved text changes (saved or reset), kept while previewing.
                    key={`${t.subject}`}
                    defaultValue={value("subject")}
                    readOnly={!d.canEdit}
                    className="input"
                    aria-invalid={errors.subject ? true : undefined}
                    aria-describedby={errors.subject ? id("subject-error") : undefined}
                  />
                  <FieldErrors id={id("subject-error")} errors={errors.subject} />
                </div>
                <div>
                  <label htmlFor={id("body")} className="label">
                    Text
                  </label>
                  <textarea
                    id={id("body")}
                    name="body"
                    key={`${t.body}`}
                    defaultValue={value("body")}
                    readOnly={!d.canEdit}
                    rows={12}
                    className="input font-mono text-sm"
                    aria-invalid={errors.body ? true : undefined}
                    aria-describedby={errors.body ? id("body-error") : undefined}
                  />
                  <FieldErrors id={id("body-error")} errors={errors.body} />
                </div>
                <div className="flex flex-wrap gap-2">
                  {d.canEdit ? (
                    <SubmitButton name="intent" value="save" pendingText="Saving…">
                      Save {STATUS_EMAIL_KIND_LABELS[kind]} email
                    </SubmitButton>
                  ) : null}
                  <SubmitButton
                    name="intent"
                    value="preview"
                    className="btn-secondary"
                    pendingText="Loading…"
                  >
                    Preview
                  </SubmitButton>
                  {d.canEdit && t.custom ? (
                    <SubmitButton
                      name="intent"
                      value="reset"
                      className="btn-secondary"
                      pendingText="Resetting…"
                    >
                      Reset to default
                    </SubmitButton>
                  ) : null}
                </div>
              </Form>
              {mine?.preview ? (
                <figure
                  className="mt-4 rounded-md border border-slate-200 p-4"
                  aria-labelledby={id("preview")}
                >
                  <figcaption id={id("preview")} className="text-xs uppercase tracking-wide text-slate-600">
                    Preview for {SAMPLE.candidate_name}, {SAMPLE.role_title} (not saved)
                  </figcaption>
                  <div className="mt-3">
                    {d.logo ? (
                      <img src={d.logo} alt={d.organizationName} className="max-h-12 max-w-48" />
                    ) : (
                      <strong>{d.organizationName}</strong>
                    )}
                  </div>
                  <p className="mt-3 font-semibold">{mine.preview.subject}</p>
                  <p className="mt-2 whitespace-pre-wrap text-sm text-slate-800">{mine.preview.text}</p>
                </figure>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
