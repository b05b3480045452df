import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
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
  const parsed = organizationSettingsSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return data({ errors }, { status: 400 });
  }
  await updateOrganizationSettings(context.db, member.organizationId, {
    name: parsed.data.name,
    candidateContact: parsed.data.candidateContact,
    showReportsToCandidates: parsed.data.showReportsToCandidates === "yes",
    retentionDays: parsed.data.retentionDays,
  });
  return redirectWithFlash(context, "/settings/organization", { kind: "success", message: "Settings saved." });
}

export default function OrganizationSettings() {
  const { settings } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? {};
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Organization settings"
        actions={
          <>
            <Link to="/settings/api-keys" className="btn-secondary">
              API keys
            </Link>
            <Link to="/settings/audit" className="btn-secondary">
              Audit log
            </Link>
          </>
        }
      />
      <Form method="post" className="card space-y-5">
        <div>
          <label htmlFor="name" className="label">Organization name</label>
          <input id="name" name="name" defaultValue={settings.name} className="input" aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "name-error" : undefined} />
          {errors.name ? <p id="name-error" className="field-error">{errors.name}</p> : null}
        </div>
        <div>
          <label htmlFor="candidateContact" className="label">Contact for accommodations and alternative processes</label>
          <input id="candidateContact" name="candidateContact" defaultValue={settings.candidateContact ?? ""} className="input" aria-describedby="contact-help" />
          <p id="contact-help" className="help">An email address or a short instruction. Every invitation shows it, and replies to invitation emails go to it when it is an address. Left empty, candidates are pointed to the person who sent their invitation, and replies go to them.</p>
          {errors.candidateContact ? <p className="field-error">{errors.candidateContact}</p> : null}
        </div>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="showReportsToCandidates" value="yes" defaultChecked={settings.showReportsToCandidates} className="mt-1 size-4" />
          <span>
            Show invited candidates their own report when they finish
            <span className="block text-sm text-slate-600">Recommended: people trust a process more when they see what it found.</span>
          </span>
        </label>
        <div>
          <label htmlFor="retentionDays" className="label">Keep candidate data for (days after the last activity)</label>
          <input
            id="retentionDays"
            name="retentionDays"
            inputMode="numeric"
            defaultValue={settings.retentionDays ?? ""}
            className="input w-40"
            aria-invalid={errors.retentionDays ? true : undefined}
            aria-describedby={errors.retentionDays ? "retention-help retention-error" : "retention-help"}
          />
          <p id="retention-help" className="help">
            A candidate is erased from every table once this many days have passed since anything last happened to them: the
            invitation or a new link, opening it, an answer, a decision or a note. That includes candidates who never finished and
            candidates nobody decided on. A candidate whose link still works is kept. Checked at start-up and daily. Empty keeps
            data until you erase it.
          </p>
          {errors.retentionDays ? <p id="retention-error" className="field-error">{errors.retentionDays}</p> : null}
        </div>
        <SubmitButton pendingText="Saving…">Save settings</SubmitButton>
      </Form>
    </div>
  );
}
