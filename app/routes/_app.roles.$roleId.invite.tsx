import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { FieldErrors, FormErrors, SubmitButton } from "~/components/forms";
import { CopyLinks } from "~/components/hiring/copy-links";
import { CandidateLanguageSelect } from "~/components/hiring/candidate-language-select";
import { LOCALE_NAMES_IN_ENGLISH, type Locale } from "~/domain/i18n/locales";
import { PageHeader } from "~/components/page";
import { CandidateListTooLong, parseCandidateList, type RowProblem } from "~/domain/hiring/candidate-list";
import { invitationLinksCsv } from "~/domain/hiring/csv-export";
import { inviteActionSchema } from "~/domain/hiring/schemas";
import { requireRole } from "~/server/hiring-guards.server";
import { createCandidateInvitations, invitationEmailFor } from "~/server/candidate-invitations.server";
import { openInvitationEmails } from "~/server/candidates.server";
import { publicOrigin } from "~/server/context.server";
import { enforceLimit, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Invite candidates — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { role } = await requireRole(request, context, params.roleId, "manager");
  return {
    role: { id: role.id, title: role.title, status: role.status },
    ttlDays: role.deadlineDays,
    roleLocale: role.candidateLocale,
    emailConfigured: context.mailer.kind === "smtp",
  };
}

type InviteResult = {
  created: Array<{ name: string; email: string; link: string }>;
  problems: RowProblem[];
  /** Problem rows past the listed ones, counted only. */
  moreProblems?: number;
  emailed: boolean;
  /** The new links as a CSV for download (written on the server). */
  linksCsv?: string;
  /** Which form was sent, so its fields show their errors and it empties after success. */
  intent: "invite-one" | "invite-list" | null;
  /** Field and form errors, as every form in the app reports them. */
  reply?: SubmissionResult<string[]>;
};

/** A pasted list can be 200,000 characters: never echo it back in the answer. */
const LONG_FIELDS = ["list", "file"];

const refused = (intent: InviteResult["intent"], reply: SubmissionResult<string[]>, status: number) =>
  data<InviteResult>({ created: [], problems: [], emailed: false, intent, reply }, { status });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId, "manager");
  const submission = parseWithZod(await request.formData(), { schema: inviteActionSchema });
  const intent = submission.status === "success" ? submission.value.intent : null;
  if (role.status === "archived")
    return refused(
      intent,
      submission.reply({
        formErrors: ["This role is archived; restore it to invite candidates."],
        hideFields: LONG_FIELDS,
      }),
      409,
    );
  if (submission.status !== "success")
    return refused(intent, submission.reply({ hideFields: LONG_FIELDS }), 400);
  await enforceLimit(context.limiter, `invite-candidates:org:${member.organizationId}`, 60, 60 * 60 * 1000);
  const already = await openInvitationEmails(context.db, member.organizationId, role.id);

  let candidates: Array<{ name: string; email: string }>;
  let problems: RowProblem[] = [];
  let moreProblems = 0;
  const value = submission.value;
  switch (value.intent) {
    case "invite-one": {
      if (already.has(value.email)) {
        return refused(
          value.intent,
          submission.reply({
            fieldErrors: { email: [`${value.email} already has an open invitation for this role.`] },
          }),
          400,
        );
      }
      candidates = [{ name: value.name, email: value.email }];
      break;
    }
    case "invite-list": {
      // The whole request, file included, is at most 1 MB (the server's body limit).
      const text = value.file && value.file.size > 0 ? await value.file.text() : (value.list ?? "");
      if (!text.trim())
        return refused(
          value.intent,
          submission.reply({
            formErrors: ["Paste at least one email address or choose a CSV file."],
            hideFields: LONG_FIELDS,
          }),
          400,
        );
      try {
        ({ candidates, problems, moreProblems } = parseCandidateList(text, already));
      } catch (error) {
        if (!(error instanceof CandidateListTooLong)) throw error;
        return refused(
          value.intent,
          submission.reply({ formErrors: [error.message], hideFields: LONG_FIELDS }),
          413,
        );
      }
      break;
    }
  }
  const send = value.send;

  const origin = publicOrigin(context);
  const organization = { id: member.organizationId, name: member.organizationName };
  const email =
    send === "email"
      ? await invitationEmailFor(context.db, organization, role.title, origin, member.user.email)
      : undefined;
  const created = candidates.length
    ? await createCandidateInvitations(context.db, member.organizationId, role.id, candidates, {
        createdByUserId: member.user.id,
        email,
        locale: value.locale,
      })
    : [];
  const links = created.map((c) => ({ ...c, link: `${origin}/i/${c.token}` }));
  const shown = links.map(({ name, email, link }) => ({ name, email, link }));
  return data<InviteResult>(
    {
      created: shown,
      linksCsv: invitationLinksCsv(shown),
      problems,
      moreProblems,
      emailed: send === "email",
      intent: value.intent,
    },
    { status: links.length === 0 && problems.length > 0 ? 400 : 200 },
  );
}

export default function Invite() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // After invitations are created, the form that sent them starts empty again (a new key remounts
  // it), so a second click cannot post the same people twice. Without JavaScript the response page
  // is rendered fresh and empty anyway.
  const [generation, setGeneration] = useState({ "invite-one": 0, "invite-list": 0 });
  const [seen, setSeen] = useState(result);
  if (result !== seen) {
    // A new answer from the server: adjust during render (React's pattern for state derived from
    // the previous render) rather than in an effect, which would render twice.
    setSeen(result);
    const sent = result?.intent;
    if (sent && result.created.length > 0) setGeneration((g) => ({ ...g, [sent]: g[sent] + 1 }));
  }
  const errors = result?.reply?.error ?? {};
  const errorsOf = (intent: InviteResult["intent"], field: string) =>
    result?.intent === intent ? errors[field] : undefined;
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
      <div className="mb-6 empty:hidden">
        <FormErrors errors={errors[""] ?? undefined} />
      </div>
      {result && (result.created.length > 0 || result.problems.length > 0) ? (
        <section className="card mb-6" aria-labelledby="result-heading">
          <h2 id="result-heading" role="status">
            {result.created.length} {result.created.length === 1 ? "invitation" : "invitations"} created
            {result.emailed && result.created.length
              ? "; their emails are on their way (see each candidate's email status)"
              : ""}
            {result.problems.length ? `, ${skippedRows(result)} skipped` : ""}
          </h2>
          {result.created.length ? <CopyLinks links={result.created} csv={result.linksCsv ?? ""} /> : null}
          {result.problems.length ? (
            <table className="mt-4 w-full text-sm">
              <caption className="mb-2 text-left font-medium">Rows that were not invited</caption>
              <thead>
                <tr className="text-left text-xs uppercase text-slate-600">
                  <th scope="col" className="py-1 pr-3">
                    Row
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Text
                  </th>
                  <th scope="col" className="py-1">
                    Problem
                  </th>
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
              …and {result.moreProblems} more {result.moreProblems === 1 ? "row" : "rows"} with problems. Fix
              the rows above and upload the list again to see the rest.
            </p>
          ) : null}
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Form
          key={`one-${generation["invite-one"]}`}
          method="post"
          className="card space-y-4"
          aria-labelledby="one-heading"
        >
          <h2 id="one-heading">One candidate</h2>
          <input type="hidden" name="intent" value="invite-one" />
          <div>
            <label htmlFor="name" className="label">
              Name
            </label>
            <input
              id="name"
              name="name"
              className="input"
              autoComplete="off"
              aria-invalid={errorsOf("invite-one", "name") ? true : undefined}
              aria-describedby={errorsOf("invite-one", "name") ? "name-error" : undefined}
            />
            <FieldErrors id="name-error" errors={errorsOf("invite-one", "name") ?? undefined} />
          </div>
          <div>
            <label htmlFor="email" className="label">
              Email
            </label>
            <input
              id="email"
              name="email"
              type="email"
              className="input"
              autoComplete="off"
              aria-invalid={errorsOf("invite-one", "email") ? true : undefined}
              aria-describedby={errorsOf("invite-one", "email") ? "email-error" : undefined}
            />
            <FieldErrors id="email-error" errors={errorsOf("invite-one", "email") ?? undefined} />
          </div>
          <SendChoice emailConfigured={d.emailConfigured} />
          <InviteLanguage roleLocale={d.roleLocale} idSuffix="one" />
          <SubmitButton pendingText="Inviting…">Invite</SubmitButton>
        </Form>
        <Form
          key={`many-${generation["invite-list"]}`}
          method="post"
          encType="multipart/form-data"
          className="card space-y-4"
          aria-labelledby="many-heading"
        >
          <h2 id="many-heading">Several candidates</h2>
          <input type="hidden" name="intent" value="invite-list" />
          <div>
            <label htmlFor="list" className="label">
              Paste addresses
            </label>
            <textarea
              id="list"
              name="list"
              rows={6}
              className="input font-mono text-sm"
              placeholder={"Jane Doe <jane@example.com>\nbob@example.com"}
              aria-describedby="list-help"
            />
            <FieldErrors errors={errorsOf("invite-list", "list") ?? undefined} />
            <p id="list-help" className="help">
              One per line: “Name &lt;email&gt;”, “Name, email” or just the email.
            </p>
          </div>
          <div>
            <label htmlFor="file" className="label">
              …or upload a CSV
            </label>
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              className="block text-sm"
              aria-describedby="file-help"
            />
            <p id="file-help" className="help">
              Columns name and email, with a header row; up to 500 rows, 1 MB.
            </p>
          </div>
          <SendChoice emailConfigured={d.emailConfigured} />
          <InviteLanguage roleLocale={d.roleLocale} idSuffix="list" />
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

function InviteLanguage({ roleLocale, idSuffix }: { roleLocale: Locale | null; idSuffix: string }) {
  return (
    <CandidateLanguageSelect
      id={`invite-locale-${idSuffix}`}
      defaultValue={null}
      emptyLabel={
        roleLocale
          ? `The role's language (${LOCALE_NAMES_IN_ENGLISH[roleLocale]})`
          : "Their browser's language"
      }
      help="The email, questionnaire and report are in this language; candidates can switch on any page."
    />
  );
}

function SendChoice({ emailConfigured }: { emailConfigured: boolean }) {
  return (
    <fieldset>
      <legend className="label">How to reach them</legend>
      <div className="mt-1 flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name="send" value="email" defaultChecked className="size-4" /> Send the
          invitation by email
          {emailConfigured ? null : (
            <span className="text-slate-600">(to the dev outbox: SMTP is not set up)</span>
          )}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="send" value="link" className="size-4" /> Just create links; I'll send them
        </label>
      </div>
    </fieldset>
  );
}
