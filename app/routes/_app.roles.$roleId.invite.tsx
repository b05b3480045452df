import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { SubmitButton } from "~/components/forms";
import { CopyLinks } from "~/components/hiring/copy-links";
import { PageHeader } from "~/components/page";
import { CandidateListTooLong, parseCandidateList, type RowProblem } from "~/domain/hiring/candidate-list";
import { inviteListSchema, inviteOneSchema } from "~/domain/hiring/schemas";
import { requireRole } from "~/server/hiring-guards.server";
import { createCandidateInvitations, invitationEmailFor } from "~/server/candidate-invitations.server";
import { openInvitationEmails } from "~/server/candidates.server";
import { publicOrigin } from "~/server/context.server";
import { enforceLimit, retryAfterHeaders } from "~/server/rate-limit.server";


export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Invite candidates — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { role } = await requireRole(request, context, params.roleId, "manager");
  return { role: { id: role.id, title: role.title, status: role.status }, ttlDays: role.deadlineDays, emailConfigured: context.mailer.kind === "smtp" };
}

type InviteResult = {
  created: Array<{ name: string; email: string; link: string }>;
  problems: RowProblem[];
  /** Problem rows past the listed ones, counted only. */
  moreProblems?: number;
  emailed: boolean;
  error?: string;
  fieldErrors?: Record<string, string[]>;
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId, "manager");
  if (role.status === "archived") return data<InviteResult>({ created: [], problems: [], emailed: false, error: "This role is archived; restore it to invite candidates." }, { status: 409 });
  await enforceLimit(context.limiter, `invite-candidates:org:${member.organizationId}`, 60, 60 * 60 * 1000);

  const formData = await request.formData();
  const already = await openInvitationEmails(context.db, member.organizationId, role.id);

  let candidates: Array<{ name: string; email: string }>;
  let problems: RowProblem[] = [];
  let moreProblems = 0;
  let send: "email" | "link";
  if (formData.get("intent") === "invite-one") {
    const parsed = inviteOneSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
      return data<InviteResult>({ created: [], problems: [], emailed: false, fieldErrors }, { status: 400 });
    }
    if (already.has(parsed.data.email)) {
      return data<InviteResult>({ created: [], problems: [], emailed: false, fieldErrors: { email: [`${parsed.data.email} already has an open invitation for this role.`] } }, { status: 400 });
    }
    candidates = [{ name: parsed.data.name, email: parsed.data.email }];
    send = parsed.data.send;
  } else {
    const parsed = inviteListSchema.safeParse({ intent: formData.get("intent"), list: formData.get("list") ?? undefined, send: formData.get("send") ?? undefined });
    if (!parsed.success) return data<InviteResult>({ created: [], problems: [], emailed: false, error: parsed.error.issues[0]!.message }, { status: 400 });
    const file = formData.get("file");
    let text = parsed.data.list ?? "";
    // The whole request, file included, is at most 1 MB (the server's body limit).
    if (file instanceof File && file.size > 0) text = await file.text();
    if (!text.trim()) return data<InviteResult>({ created: [], problems: [], emailed: false, error: "Paste at least one email address or choose a CSV file." }, { status: 400 });
    try {
      ({ candidates, problems, moreProblems } = parseCandidateList(text, already));
    } catch (error) {
      if (!(error instanceof CandidateListTooLong)) throw error;
      return data<InviteResult>({ created: [], problems: [], emailed: false, error: error.message }, { status: 413 });
    }
    send = parsed.data.send;
  }

  const origin = publicOrigin(context);
  const organization = { id: member.organizationId, name: member.organizationName };
  const email = send === "email" ? await invitationEmailFor(context.db, organization, role.title, origin, member.user.email) : undefined;
  const created = candidates.length
    ? await createCandidateInvitations(context.db, member.organizationId, role.id, candidates, { createdByUserId: member.user.id, email })
    : [];
  const links = created.map((c) => ({ ...c, link: `${origin}/i/${c.token}` }));
  return data<InviteResult>(
    { created: links.map(({ name, email, link }) => ({ name, email, link })), problems, moreProblems, emailed: send === "email" },
    { status: links.length === 0 && problems.length > 0 ? 400 : 200 },
  );
}

export default function Invite() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // After invitations are created, the form that sent them starts empty again (a new key remounts
  // it), so a second click cannot post the same people twice. Without JavaScript the response page
  // is rendered fresh and empty anyway.
  const sentBy = useRef<"one" | "many" | null>(null);
  const [generation, setGeneration] = useState({ one: 0, many: 0 });
  useEffect(() => {
    const form = sentBy.current;
    if (form && result && result.created.length > 0) setGeneration((g) => ({ ...g, [form]: g[form] + 1 }));
  }, [result]);
  return (
    <>
      <PageHeader
        title={`Invite candidates to ${d.role.title}`}
        description={`Each candidate gets a private link that works for ${d.ttlDays} days. Links are shown once here; you can issue a new one from the candidate's page.`}
        actions={
          <Link to={`/roles/${d.role.id}`} className="btn-secondary">
            Back to the role
          </Link>
        }
      />
      {result?.error ? (
        <p role="alert" className="mb-6 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {result.error}
        </p>
      ) : null}
      {result && (result.created.length > 0 || result.problems.length > 0) ? (
        <section className="card mb-6" aria-labelledby="result-heading">
          <h2 id="result-heading" role="status">
            {result.created.length} {result.created.length === 1 ? "invitation" : "invitations"} created
            {result.emailed && result.created.length ? " and emailed" : ""}
            {result.problems.length ? `, ${skippedRows(result)} skipped` : ""}
          </h2>
          {result.created.length ? <CopyLinks links={result.created} /> : null}
          {result.problems.length ? (
            <table className="mt-4 w-full text-sm">
              <caption className="mb-2 text-left font-medium">Rows that were not invited</caption>
              <thead>
                <tr className="text-left text-xs uppercase text-slate-600">
                  <th scope="col" className="py-1 pr-3">Row</th>
                  <th scope="col" className="py-1 pr-3">Text</th>
                  <th scope="col" className="py-1">Problem</th>
                </tr>
              </thead>
              <tbody>
                {result.problems.map((p) => (
                  <tr key={`${p.row}-${p.problem}`} className="border-t border-slate-100">
                    <td className="py-1 pr-3 tabular-nums">{p.row}</td>
                    <td className="py-1 pr-3 font-mono text-xs">{p.text}</td>
                    <td className="py-1 text-red-800">{p.problem}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {result.moreProblems ? (
            <p className="mt-2 text-sm text-slate-700">
              …and {result.moreProblems} more {result.moreProblems === 1 ? "row" : "rows"} with problems. Fix the rows above and upload the list again to see
              the rest.
            </p>
          ) : null}
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Form key={`one-${generation.one}`} method="post" className="card space-y-4" aria-labelledby="one-heading" onSubmit={() => (sentBy.current = "one")}>
          <h2 id="one-heading">One candidate</h2>
          <input type="hidden" name="intent" value="invite-one" />
          <div>
            <label htmlFor="name" className="label">Name</label>
            <input id="name" name="name" className="input" autoComplete="off" aria-invalid={result?.fieldErrors?.name ? true : undefined} aria-describedby={result?.fieldErrors?.name ? "name-error" : undefined} />
            {result?.fieldErrors?.name ? <p id="name-error" className="field-error">{result.fieldErrors.name[0]}</p> : null}
          </div>
          <div>
            <label htmlFor="email" className="label">Email</label>
            <input id="email" name="email" type="email" className="input" autoComplete="off" aria-invalid={result?.fieldErrors?.email ? true : undefined} aria-describedby={result?.fieldErrors?.email ? "email-error" : undefined} />
            {result?.fieldErrors?.email ? <p id="email-error" className="field-error">{result.fieldErrors.email[0]}</p> : null}
          </div>
          <SendChoice emailConfigured={d.emailConfigured} />
          <SubmitButton pendingText="Inviting…">Invite</SubmitButton>
        </Form>
        <Form
          key={`many-${generation.many}`}
          method="post"
          encType="multipart/form-data"
          className="card space-y-4"
          aria-labelledby="many-heading"
          onSubmit={() => (sentBy.current = "many")}
        >
          <h2 id="many-heading">Several candidates</h2>
          <input type="hidden" name="intent" value="invite-list" />
          <div>
            <label htmlFor="list" className="label">Paste addresses</label>
            <textarea id="list" name="list" rows={6} className="input font-mono text-sm" placeholder={"Jane Doe <jane@example.com>\nbob@example.com"} aria-describedby="list-help" />
            <p id="list-help" className="help">One per line: “Name &lt;email&gt;”, “Name, email” or just the email.</p>
          </div>
          <div>
            <label htmlFor="file" className="label">…or upload a CSV</label>
            <input id="file" name="file" type="file" accept=".csv,text/csv" className="block text-sm" aria-describedby="file-help" />
            <p id="file-help" className="help">Columns name and email, with a header row; up to 500 rows, 1 MB.</p>
          </div>
          <SendChoice emailConfigured={d.emailConfigured} />
          <SubmitButton pendingText="Inviting…">Invite all</SubmitButton>
        </Form>
      </div>
    </>
  );
}

function skippedRows(result: { problems: RowProblem[]; moreProblems?: number }): string {
  const n = result.problems.length + (result.moreProblems ?? 0);
  return `${n} ${n === 1 ? "row" : "rows"}`;
}

function SendChoice({ emailConfigured }: { emailConfigured: boolean }) {
  return (
    <fieldset>
      <legend className="label">How to reach them</legend>
      <div className="mt-1 flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name="send" value="email" defaultChecked className="size-4" /> Send the invitation by email
          {emailConfigured ? null : <span className="text-slate-600">(to the dev outbox: SMTP is not set up)</span>}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="send" value="link" className="size-4" /> Just create links; I'll send them
        </label>
      </div>
    </fieldset>
  );
}
