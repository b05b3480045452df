import { LOCALE_NAMES_IN_ENGLISH } from "~/domain/i18n/locales";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { PrintButton } from "~/components/assessment/print-button";
import { SubmitButton } from "~/components/forms";
import { CopyLinks } from "~/components/hiring/copy-links";
import { invitationLinksCsv } from "~/domain/hiring/csv-export";
import { EmailDelivery } from "~/components/hiring/email-delivery";
import { FitRange } from "~/components/hiring/fit-range";
import { RoleProfile } from "~/components/hiring/role-profile";
import { PageHeader } from "~/components/page";
import { roleAllows } from "~/domain/accounts/policy";
import { scoringNotice } from "~/domain/fit/report-text";
import { candidateReport } from "~/domain/hiring/candidate-report";
import {
  acceptsDecision,
  candidateStatus,
  CANDIDATE_STATUS_LABELS,
  DECISION_LABELS,
} from "~/domain/hiring/candidate-status";
import { decisionSchema, noteSchema } from "~/domain/hiring/schemas";
import { requireCandidate } from "~/server/hiring-guards.server";
import { teamGainsFor } from "~/server/team-gap.server";
import { profileOf } from "~/domain/assessment/scoring";
import { TeamGainCard } from "~/components/hiring/team-gain-card";
import { invitationEmailDeliveries, invitationEmailFor } from "~/server/candidate-invitations.server";
import { actorOf, isNewPageView, recordAuditEvent } from "~/server/audit-log.server";
import { addNote, recordDecision, renewInvitationLink, withdrawInvitation } from "~/server/candidates.server";
import { publicOrigin } from "~/server/context.server";
import { redirectWithFlash } from "~/server/flash.server";
import { statusEmailFor } from "~/server/status-emails.server";
import { enforceLimit, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.candidate.name ?? "Candidate"} — RoleFit` },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role, candidate } = await requireCandidate(request, context, params, "viewer");
  // Once per page view: not again when the page reloads its data after one of its own actions.
  if (isNewPageView(request)) {
    await recordAuditEvent(context.db, member.organizationId, actorOf(member), {
      action: "candidate.view",
      subjectType: "candidate",
      subjectId: candidate.id,
    });
  }
  const status = candidateStatus(candidate, candidate.attempt?.status ?? null);
  const delivery =
    (await invitationEmailDeliveries(context.db, member.organizationId, [candidate.id])).get(candidate.id) ??
    null;
  const forTeam = candidate.scores
    ? await teamGainsFor(context.db, member.organizationId, role, [profileOf(candidate.scores)])
    : null;
  return {
    role: { id: role.id, title: role.title },
    forTeam: forTeam
      ? {
          team: forTeam.team,
          gain: forTeam.gains[0]!,
          composites: {
            sales: candidate.scores!.composites.sales,
            marketing: candidate.scores!.composites.marketing,
          },
        }
      : null,
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      status: CANDIDATE_STATUS_LABELS[status],
      canDecide: acceptsDecision(candidate.attempt?.status ?? null),
      canRenew: status !== "completed",
      canWithdraw: status !== "completed" && status !== "revoked",
      // A withdrawn invitation is not emailed again; "Issue a new link" reopens it on purpose.
      canResend: status !== "completed" && status !== "revoked",
      delivery,
      answered: candidate.attempt?.answered ?? 0,
      completedAt: candidate.attempt?.completedAt ?? null,
      // The workspace is English; the candidate may answer in another language.
      language: candidate.attempt ? LOCALE_NAMES_IN_ENGLISH[candidate.attempt.locale] : null,
    },
    report: candidate.scores ? candidateReport(role.targets, candidate.scores) : null,
    notice: candidate.scores ? scoringNotice(candidate.scores) : null,
    decisions: candidate.decisions.map((d) => ({ ...d, label: DECISION_LABELS[d.decision] })),
    notes: candidate.notes,
    canManage: roleAllows(member.role, "manager"),
    canErase: roleAllows(member.role, "owner"),
  };
}

const NOT_FINISHED_YET =
  "Decisions are recorded once the candidate has finished the questionnaire. Until then you can send them a new link or withdraw the invitation.";

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, role, candidate } = await requireCandidate(request, context, params, "manager");
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = `/roles/${role.id}/candidates/${candidate.id}`;
  const by = actorOf(member);

  if (intent === "decide") {
    if (candidate.attempt?.status !== "completed") return data({ error: NOT_FINISHED_YET }, { status: 409 });
    const submission = parseWithZod(formData, { schema: decisionSchema });
    if (submission.status !== "success")
      return data({ error: "Choose advance, hold or reject." }, { status: 400 });
    const email =
      submission.value.email === "yes"
        ? await statusEmailFor(context.db, member, role.title, publicOrigin(context))
        : undefined;
    await recordDecision(context.db, member.organizationId, candidate.id, submission.value.decision, by, {
      email,
    });
    return redirectWithFlash(context, here, {
      kind: "success",
      message: `Decision recorded: ${DECISION_LABELS[submission.value.decision]}${email ? `; ${candidate.email} will get the status email` : ""}.`,
    });
  }
  if (intent === "note") {
    const submission = parseWithZod(formData, { schema: noteSchema });
    if (submission.status !== "success")
      return data({ error: submission.error?.body?.[0] ?? "Write a note first." }, { status: 400 });
    await addNote(context.db, member.organizationId, candidate.id, submission.value.body, by);
    return redirectWithFlash(context, here, { kind: "success", message: "Note added." });
  }
  if (intent === "withdraw") {
    if (!(await withdrawInvitation(context.db, member.organizationId, candidate.id)))
      return data({ error: "This invitation is already withdrawn." }, { status: 409 });
    return redirectWithFlash(context, here, {
      kind: "success",
      message: "The invitation was withdrawn; its link no longer works.",
    });
  }
  if (intent === "resend") {
    // The old link was shown once and is stored only as a hash: resending issues a new link.
    await enforceLimit(context.limiter, `invite-candidates:org:${member.organizationId}`, 60, 60 * 60 * 1000);
    const organization = { id: member.organizationId, name: member.organizationName };
    const email = await invitationEmailFor(
      context.db,
      organization,
      role.title,
      publicOrigin(context),
      member.user.email,
    );
    const token = await renewInvitationLink(
      context.db,
      member.organizationId,
      candidate.id,
      role.deadlineDays,
      { email },
    );
    if (!token) return data({ error: "A completed assessment cannot get a new link." }, { status: 409 });
    const message = `A new link is on its way to ${candidate.email}; the old link no longer works.`;
    return redirectWithFlash(context, here, { kind: "success", message });
  }
  if (intent === "renew") {
    const organization = { id: member.organizationId, name: member.organizationName };
    const email = await invitationEmailFor(
      context.db,
      organization,
      role.title,
      publicOrigin(context),
      member.user.email,
    );
    const token = await renewInvitationLink(
      context.db,
      member.organizationId,
      candidate.id,
      role.deadlineDays,
      { email },
    );
    if (!token) return data({ error: "A completed assessment cannot get a new link." }, { status: 409 });
    const renewed = {
      name: candidate.name,
      email: candidate.email,
      link: `${publicOrigin(context)}/i/${token}`,
    };
    return { renewed, renewedCsv: invitationLinksCsv([renewed]) };
  }
  return data({ error: "Unknown action." }, { status: 400 });
}

export default function CandidatePage() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = d.report;
  return (
    <>
      <PageHeader
        title={d.candidate.name}
        description={
          <>
            {d.candidate.email} · {d.role.title} · {d.candidate.status}
            {d.candidate.language ? ` · answers in ${d.candidate.language}` : null}
            {d.candidate.delivery ? <EmailDelivery delivery={d.candidate.delivery} /> : null}
          </>
        }
        actions={
          <div className="no-print flex flex-wrap gap-2">
            <Link to={`/roles/${d.role.id}`} className="btn-secondary">
              All candidates
            </Link>
            {d.canManage ? (
              <Link
                to={`/roles/${d.role.id}/candidates/${d.candidate.id}/export`}
                reloadDocument
                className="btn-secondary"
              >
                Export JSON
              </Link>
            ) : null}
            <Link to={`/roles/${d.role.id}/candidates/${d.candidate.id}/outcomes`} className="btn-secondary">
              Job outcomes
            </Link>
            <PrintButton />
          </div>
        }
      />
      {actionData && "error" in actionData ? (
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {actionData.error}
        </p>
      ) : null}
      {actionData && "renewed" in actionData ? (
        <section className="card mb-6" aria-labelledby="renewed-heading">
          <h2 id="renewed-heading" role="status">
            New link issued and emailed to {actionData.renewed.email}; the old one no longer works
          </h2>
          <CopyLinks links={[actionData.renewed]} csv={actionData.renewedCsv} />
        </section>
      ) : null}

      {r ? (
        <div className="space-y-6">
          <p
            role="note"
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          >
            {d.notice} Fit is a range: treat candidates whose ranges overlap as equal, and use the interview
            to decide.
          </p>
          <section className="card" aria-labelledby="fit-heading">
            <div className="flex flex-wrap items-center justify-between gap-4">
              <h2 id="fit-heading">Fit to {d.role.title}</h2>
              <FitRange {...r.fit} />
            </div>
            <p className="mt-1 text-xs text-slate-600">
              Fit is the expected share of the role's needs the candidate meets, core needs first; more of a
              needed trait never lowers it, and traits the role does not need never count. Fit model{" "}
              {r.fit.model}.
            </p>
            <div className="mt-4">
              <RoleProfile rows={r.rows} caption={`${d.candidate.name} against the target profile`} />
            </div>
          </section>
          {d.forTeam ? (
            <TeamGainCard
              team={d.forTeam.team}
              gain={d.forTeam.gain}
              candidate={{ name: d.candidate.name, ...d.forTeam.composites }}
            />
          ) : null}
          <div className="grid gap-6 md:grid-cols-2">
            <section className="card" aria-labelledby="strengths-heading">
              <h2 id="strengths-heading">Clear strengths for this role</h2>
              {r.strengths.length ? (
                <TraitWords items={r.strengths} />
              ) : (
                <p className="mt-2 text-sm text-slate-600">
                  {r.alsoMet.length
                    ? "No clear strength for this role."
                    : "No need of the role is clearly met yet; see the interview guide."}
                </p>
              )}
              {r.alsoMet.length ? (
                <>
                  <p className="mt-3 text-sm text-slate-700">Also meets the need, without standing out:</p>
                  <TraitWords items={r.alsoMet} />
                </>
              ) : null}
            </section>
            <section className="card" aria-labelledby="gaps-heading">
              <h2 id="gaps-heading">Clear gaps for this role</h2>
              {r.gaps.length ? (
                <TraitWords items={r.gaps} />
              ) : (
                <p className="mt-2 text-sm text-slate-600">No need of the role is clearly unmet.</p>
              )}
            </section>
          </div>
          {r.uncertain.length ? (
            <section className="card" aria-labelledby="uncertain-heading">
              <h2 id="uncertain-heading">The questionnaire cannot tell</h2>
              <TraitWords items={r.uncertain} />
            </section>
          ) : null}
          <section className="card" aria-labelledby="quality-heading">
            <h2 id="quality-heading">Answer quality</h2>
            {r.flags.length ? (
              <>
                <p className="mt-1 text-sm text-slate-700">
                  Worth a look, not a verdict: these patterns can have innocent causes. Ask about them rather
                  than hold them against the candidate.
                </p>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                  {r.flags.map((f) => (
                    <li key={f}>The candidate {f}.</li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-1 text-sm text-slate-700">No signs of careless or hurried answering.</p>
            )}
          </section>
          <section className="card" aria-labelledby="guide-heading">
            <h2 id="guide-heading">Interview guide</h2>
            {r.guide.length === 0 ? (
              <p className="mt-1 text-sm text-slate-700">
                Every need of the role is clearly met; use your usual interview.
              </p>
            ) : (
              <ol className="mt-3 space-y-5">
                {r.guide.map((g) => (
                  <li key={g.trait}>
                    <h3 className="font-semibold">{g.traitName}</h3>
                    <p className="text-sm text-slate-700">{g.explanation}</p>
                    <ul className="mt-2 space-y-2">
                      {g.questions.map((q) => (
                        <li key={q.id} className="rounded-md bg-slate-50 p-3 text-sm">
                          <p className="font-medium">“{q.question}”</p>
                          <p className="mt-1 text-slate-700">
                            <span className="font-medium text-green-800">Strong:</span> {q.strong}
                          </p>
                          <p className="text-slate-700">
                            <span className="font-medium text-red-800">Weak:</span> {q.weak}
                          </p>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      ) : (
        <section className="card" aria-labelledby="pending-heading">
          <h2 id="pending-heading">No results yet</h2>
          <p className="mt-1 text-slate-700">
            {d.candidate.answered > 0
              ? `${d.candidate.answered} questions answered so far.`
              : "The candidate has not started."}
          </p>
        </section>
      )}

      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section className="card" aria-labelledby="decision-heading">
          <h2 id="decision-heading">Decision</h2>
          {d.decisions.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {d.decisions.map((x, i) => (
                <li key={x.at} className={i === 0 ? "font-medium" : "text-slate-600"}>
                  {x.label} — {x.by},{" "}
                  {new Date(x.at).toLocaleString("en-GB", {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: "UTC",
                  })}{" "}
                  UTC
                  {i === 0 ? " (current)" : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600">No decision yet.</p>
          )}
          {d.canManage && !d.candidate.canDecide ? (
            <p className="mt-3 text-sm text-slate-700">{NOT_FINISHED_YET}</p>
          ) : null}
          {d.canManage && d.candidate.canDecide ? (
            <Form method="post" className="no-print mt-4 flex flex-wrap gap-2">
              <input type="hidden" name="intent" value="decide" />
              <SubmitButton name="decision" value="advance" pendingText="Saving…">
                Advance
              </SubmitButton>
              <SubmitButton name="decision" value="hold" className="btn-secondary" pendingText="Saving…">
                Hold
              </SubmitButton>
              <SubmitButton name="decision" value="reject" className="btn-danger" pendingText="Saving…">
                Reject
              </SubmitButton>
              <label className="flex w-full items-start gap-2 text-sm text-slate-800">
                <input type="checkbox" name="email" value="yes" className="mt-0.5 size-4" />
                <span>
                  Email the candidate the status email for this decision (
                  <Link to="/settings/email-templates">worded in settings</Link>)
                </span>
              </label>
            </Form>
          ) : null}
        </section>
        <section className="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Team notes</h2>
          {d.notes.length ? (
            <ul className="mt-2 space-y-3 text-sm">
              {d.notes.map((n) => (
                <li key={n.id}>
                  <p className="whitespace-pre-wrap">{n.body}</p>
                  <p className="text-xs text-slate-600">
                    {n.author},{" "}
                    {new Date(n.at).toLocaleString("en-GB", {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: "UTC",
                    })}{" "}
                    UTC
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600">No notes yet.</p>
          )}
          {d.canManage ? (
            // Keyed on the number of notes: once a note is saved the form remounts empty, so it cannot be posted twice.
            <Form key={d.notes.length} method="post" className="no-print mt-4 space-y-2">
              <input type="hidden" name="intent" value="note" />
              <label htmlFor="note" className="label">
                Add a note
              </label>
              <textarea id="note" name="body" rows={3} maxLength={2000} required className="input" />
              <SubmitButton className="btn-secondary" pendingText="Saving…">
                Add note
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      </div>
      {d.canErase ? (
        <section className="card no-print mt-6" aria-labelledby="erase-heading">
          <h2 id="erase-heading">Privacy</h2>
          <p className="mt-1 text-sm text-slate-700">
            If the candidate asks to be forgotten, erase them from every table.
          </p>
          <p className="mt-3">
            <Link to={`/roles/${d.role.id}/candidates/${d.candidate.id}/erase`} className="btn-danger">
              Erase this candidate…
            </Link>
          </p>
        </section>
      ) : null}
      {d.canManage && (d.candidate.canRenew || d.candidate.canWithdraw) ? (
        <section className="card no-print mt-6" aria-labelledby="invitation-heading">
          <h2 id="invitation-heading">Invitation</h2>
          <Form method="post" className="mt-3 flex flex-wrap gap-2">
            {d.candidate.canResend ? (
              <SubmitButton name="intent" value="resend" className="btn-secondary" pendingText="Sending…">
                Resend invitation email
              </SubmitButton>
            ) : null}
            {d.candidate.canRenew ? (
              <SubmitButton name="intent" value="renew" className="btn-secondary" pendingText="Issuing…">
                Issue a new link
              </SubmitButton>
            ) : null}
            {d.candidate.canWithdraw ? (
              <SubmitButton name="intent" value="withdraw" className="btn-danger" pendingText="Withdrawing…">
                Withdraw invitation
              </SubmitButton>
            ) : null}
          </Form>
        </section>
      ) : null}
    </>
  );
}

/** One line per trait: its name, then what the report says about it for this role. */
function TraitWords({ items }: { items: Array<{ trait: string; name: string; text: string }> }) {
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {items.map((t) => (
        <li key={t.trait}>
          <strong>{t.name}</strong> — {t.text}
        </li>
      ))}
    </ul>
  );
}
