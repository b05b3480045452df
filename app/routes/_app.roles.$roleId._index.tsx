import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BulkToolbar, BulkConfirmation } from "~/components/hiring/bulk-actions";
import { EmailDelivery } from "~/components/hiring/email-delivery";
import { FitRange } from "~/components/hiring/fit-range";
import { RoleProfile } from "~/components/hiring/role-profile";
import { EmptyState, PageHeader } from "~/components/page";
import { Pagination } from "~/components/pagination";
import { roleAllows } from "~/domain/accounts/policy";
import { CANDIDATE_STATUS_LABELS, DECISION_LABELS } from "~/domain/hiring/candidate-status";
import { reminderSummary } from "~/domain/reminders/schedule";
import { reminderStatuses } from "~/server/reminders.server";
import { roleProfileRows } from "~/domain/hiring/profile-rows";
import { filterCandidates } from "~/domain/hiring/ranking";
import { candidateFilterSchema } from "~/domain/hiring/schemas";
import { bulkActionSchema, bulkSummary, CONFIRMED_ACTIONS } from "~/domain/hiring/bulk-actions";
import { actorOf } from "~/server/audit-log.server";
import { ForeignCandidatesError, runBulkAction } from "~/server/bulk-actions.server";
import { publicOrigin } from "~/server/context.server";
import { redirectWithFlash } from "~/server/flash.server";
import { randomToken } from "~/server/ids.server";
import { statusEmailFor } from "~/server/status-emails.server";
import { requireRole } from "~/server/hiring-guards.server";
import { invitationEmailDeliveries } from "~/server/candidate-invitations.server";
import { rankedRoleCandidates } from "~/server/candidates.server";
import { orderedRoleCandidates } from "~/server/team-gap.server";
import { addsInWords } from "~/domain/fit/team-gain";
import { traitById } from "~/domain/instrument/traits";
import { ScrollX } from "~/components/scroll-x";
import { replyMessages } from "~/components/forms";
import { LOCALE_NAMES_IN_ENGLISH } from "~/domain/i18n/locales";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.role.title ?? "Role"} — RoleFit` },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId);
  const url = new URL(request.url);
  const filter = candidateFilterSchema.parse(Object.fromEntries(url.searchParams));
  const { listed, team, places } = await orderedRoleCandidates(
    context.db,
    member.organizationId,
    role,
    filter.order,
  );
  const page = filterCandidates(listed, filter);
  const shown = page.rows.map((c) => c.id);
  const deliveries = await invitationEmailDeliveries(context.db, member.organizationId, shown);
  const reminders = await reminderStatuses(context.db, member.organizationId, shown);
  return {
    role: { id: role.id, title: role.title, status: role.status, source: role.source },
    profile: roleProfileRows(role.targets),
    canManage: roleAllows(member.role, "manager"),
    filter,
    team: role.teamLink
      ? {
          ordered: team !== null,
          label: team?.label ?? null,
          members: team?.members.length ?? 0,
          unassessed: team?.unassessed.length ?? 0,
          // Every candidate's "before" is the same: the team as it is.
          coverage: places.size > 0 ? Math.round([...places.values()][0]!.coverageBefore) : null,
        }
      : null,
    // A fresh id per rendering of the bulk form: submitting the same form twice sends one reminder.
    bulkRun: randomToken(),
    // Sent back by the compare page when too few or too many were ticked: keep the ticks, say why.
    compare: {
      problem:
        url.searchParams.get("compare") === "too-few"
          ? "Tick at least two candidates to compare."
          : url.searchParams.get("compare") === "too-many"
            ? "Tick at most four candidates to compare."
            : null,
      ticked: url.searchParams.getAll("c"),
    },
    page: {
      ...page,
      rows: page.rows.map((c) => ({
        id: c.id,
        name: c.name,
        email: c.email,
        status: CANDIDATE_STATUS_LABELS[c.status],
        // Said only when it is not English, the workspace's own language.
        language: c.locale && c.locale !== "en" ? LOCALE_NAMES_IN_ENGLISH[c.locale] : null,
        rank: team ? String(places.get(c.id)?.teamRank ?? "—") : c.rankLabel,
        adds: team
          ? (addsInWords(places.get(c.id)?.adds ?? [], (t) => traitById(t).name) ??
            (places.has(c.id) ? "adds nothing the team lacks" : null))
          : null,
        teamGain: places.has(c.id) ? Math.round(places.get(c.id)!.teamGain) : null,
        fit: c.fit ? { fit: c.fit.fit, low: c.fit.interval[0], high: c.fit.interval[1] } : null,
        flags: c.qualityFlagCount,
        decision: c.decision ? DECISION_LABELS[c.decision.decision] : null,
        delivery: deliveries.get(c.id) ?? null,
        reminder: reminders[c.id] ? reminderSummary(reminders[c.id]!) : null,
      })),
    },
  };
}

// Like every route that takes an id: another organization's (or role's) ids are not found (404).
const REFUSED = "Some of the selected candidates are not in this role. Nothing was changed.";

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId, "manager");
  // The one form pattern: Conform reads repeated fields (the ticked ids) as lists.
  const submission = parseWithZod(await request.formData(), { schema: bulkActionSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const input = submission.value;
  const refused = () => data({ reply: submission.reply({ formErrors: [REFUSED] }) }, { status: 404 });
  if (CONFIRMED_ACTIONS.includes(input.action) && !input.confirmed) {
    // Ask once more, naming who will be affected; the confirmation posts the same selection back.
    const listed = await rankedRoleCandidates(context.db, member.organizationId, role);
    const chosen = input.ids.map((id) => listed.find((c) => c.id === id));
    if (chosen.some((c) => !c)) return refused();
    return { confirm: { ...input, names: chosen.map((c) => c!.name) } };
  }
  const decides = input.action === "advance" || input.action === "hold" || input.action === "reject";
  const email =
    decides && input.email
      ? await statusEmailFor(context.db, member, role.title, publicOrigin(context))
      : undefined;
  try {
    const result = await runBulkAction(context.db, member.organizationId, role.id, input, actorOf(member), {
      email,
    });
    // Back to the list exactly as it was: same filters, search and page.
    const back = new URL(request.url);
    back.searchParams.delete("index");
    return redirectWithFlash(context, `${back.pathname}${back.search}`, {
      kind: "success",
      message: bulkSummary(result),
    });
  } catch (error) {
    if (error instanceof ForeignCandidatesError) return refused();
    throw error;
  }
}

export default function RolePage() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const hasAnyTies = d.page.rows.some((r) => r.rank?.startsWith("="));
  return (
    <>
      <PageHeader
        title={d.role.title}
        description={
          d.role.status === "archived"
            ? "Archived: no new invitations."
            : `${d.page.all} candidates · ${d.page.counts.completed} completed`
        }
        actions={
          <>
            {d.canManage && d.role.status === "active" ? (
              <Link to={`/roles/${d.role.id}/invite`} className="btn-primary">
                Invite candidates
              </Link>
            ) : null}
            {d.canManage ? (
              <Link to={`/roles/${d.role.id}/edit`} className="btn-secondary">
                Edit targets
              </Link>
            ) : null}
            <Link to={`/roles/${d.role.id}/fairness`} className="btn-secondary">
              Bias audit
            </Link>
            <Link to={`/roles/${d.role.id}/validation`} className="btn-secondary">
              Validation study
            </Link>
            {d.canManage ? (
              <Link to={`/roles/${d.role.id}/export`} reloadDocument className="btn-secondary">
                Export CSV
              </Link>
            ) : null}
          </>
        }
      />

      <details className="card mb-6">
        <summary className="cursor-pointer font-semibold">Target profile</summary>
        <div className="mt-4">
          <RoleProfile rows={d.profile} caption={`Target profile of ${d.role.title}`} />
        </div>
      </details>

      {actionData && "confirm" in actionData ? <BulkConfirmation confirm={actionData.confirm} /> : null}

      <section className="card" aria-labelledby="candidates-heading">
        <h2 id="candidates-heading" className="mb-4">
          Candidates
        </h2>
        <Form
          method="get"
          className="mb-4 flex flex-wrap items-end gap-3"
          role="search"
          aria-label="Filter candidates"
        >
          <div>
            <label htmlFor="status" className="label">
              Status
            </label>
            <select id="status" name="status" defaultValue={d.filter.status} className="input py-1.5">
              <option value="completed">Completed ({d.page.counts.completed})</option>
              <option value="in-progress">In progress ({d.page.counts["in-progress"]})</option>
              <option value="opened">Opened ({d.page.counts.opened})</option>
              <option value="invited">Invited ({d.page.counts.invited})</option>
              <option value="expired">Expired ({d.page.counts.expired})</option>
              <option value="revoked">Withdrawn ({d.page.counts.revoked})</option>
              <option value="all">All ({d.page.all})</option>
            </select>
          </div>
          <div>
            <label htmlFor="flags" className="label">
              Answer quality
            </label>
            <select id="flags" name="flags" defaultValue={d.filter.flags} className="input py-1.5">
              <option value="any">Any</option>
              <option value="flagged">With notes to check</option>
              <option value="clean">No notes</option>
            </select>
          </div>
          <div className="min-w-48 flex-1">
            <label htmlFor="q" className="label">
              Search
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={d.filter.q}
              placeholder="Name or email"
              className="input py-1.5"
            />
          </div>
          {d.team ? (
            <div>
              <label htmlFor="order" className="label">
                Order
              </label>
              <select id="order" name="order" defaultValue={d.filter.order} className="input py-1.5">
                <option value="fit">By fit</option>
                <option value="team">For this team</option>
              </select>
            </div>
          ) : null}
          <button type="submit" className="btn-secondary">
            Apply
          </button>
        </Form>
        {d.team?.ordered ? (
          <p className="mb-4 text-sm text-slate-700" role="note">
            Ordered for <strong>{d.team.label}</strong>: fit comes first (nobody clearly short of a core need
            is placed above someone who meets them), then what each candidate adds to the team.{" "}
            {d.team.members === 0
              ? "Nobody in this team shares an assessment yet, so every need counts as uncovered."
              : `${d.team.members} ${d.team.members === 1 ? "person shares" : "people share"} an assessment${
                  d.team.unassessed > 0 ? ` (${d.team.unassessed} more without one do not count)` : ""
                }${d.team.coverage !== null ? `; together they cover ${d.team.coverage}% of what this role's needs weigh` : ""}.`}
          </p>
        ) : !d.team && d.canManage ? (
          <p className="mb-4 text-sm text-slate-700">
            <Link to={`/roles/${d.role.id}/edit#team-heading`}>Link a team</Link> to order candidates by what
            they add to it.
          </p>
        ) : null}

        {d.page.total === 0 ? (
          <EmptyState
            title={d.page.all === 0 ? "No candidates yet" : "No candidates match"}
            action={
              d.page.all === 0 && d.canManage ? (
                <Link to={`/roles/${d.role.id}/invite`} className="btn-primary">
                  Invite candidates
                </Link>
              ) : null
            }
          >
            {d.page.all === 0
              ? "Invite people by email, paste a list, or upload a CSV."
              : "Try another status or search."}
          </EmptyState>
        ) : (
          <BulkToolbar
            key={`${d.page.page}-${d.bulkRun}`}
            roleId={d.role.id}
            initiallyTicked={d.page.rows.filter((c) => d.compare.ticked.includes(c.id)).length}
            run={d.bulkRun}
            canManage={d.canManage}
            shown={d.page.rows.map((c) => c.id)}
            error={actionData && "reply" in actionData ? (replyMessages(actionData.reply)[0] ?? null) : null}
            compareProblem={d.compare.problem}
          >
            <ScrollX label="Candidates">
              <table className="w-full text-sm">
                <caption className="sr-only">
                  Candidates for {d.role.title},{" "}
                  {d.team?.ordered ? "in the order for the team" : "ranked by fit"}
                </caption>
                <thead>
                  <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600">
                    <th scope="col" className="py-2 pr-2 font-medium">
                      <input
                        type="checkbox"
                        name="all"
                        value="page"
                        data-select-all
                        aria-label="Select all on this page"
                        className="size-4"
                      />
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Rank
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Candidate
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Fit (80% range)
                    </th>
                    {d.team?.ordered ? (
                      <th scope="col" className="hidden py-2 pr-3 font-medium md:table-cell">
                        For the team
                      </th>
                    ) : null}
                    <th scope="col" className="hidden py-2 pr-3 font-medium md:table-cell">
                      Status
                    </th>
                    <th scope="col" className="hidden py-2 pr-3 font-medium md:table-cell">
                      Decision
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.page.rows.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100">
                      <td className="py-2 pr-2">
                        <input
                          type="checkbox"
                          name="c"
                          value={c.id}
                          defaultChecked={d.compare.ticked.includes(c.id)}
                          aria-label={`Select ${c.name}`}
                          className="size-4"
                        />
                      </td>
                      <td className="py-2 pr-3 tabular-nums">{c.rank ?? "—"}</td>
                      <td className="py-2 pr-3">
                        <Link to={`/roles/${d.role.id}/candidates/${c.id}`} className="font-medium">
                          {c.name}
                        </Link>
                        <span className="block break-all text-xs text-slate-600">{c.email}</span>
                        {/* On a phone status and decision sit here, so the fit column stays on screen. */}
                        <span className="block text-xs text-slate-700 md:hidden">
                          {c.status}
                          {c.language ? ` · in ${c.language}` : ""}
                          {c.decision ? ` · ${c.decision}` : ""}
                          {c.flags > 0 ? ` · ${c.flags} quality ${c.flags === 1 ? "note" : "notes"}` : ""}
                          {c.reminder ? ` · ${c.reminder}` : ""}
                        </span>
                        {c.adds ? (
                          <span className="block text-xs text-slate-700 md:hidden">{c.adds}</span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-3">
                        {c.fit ? <FitRange {...c.fit} /> : <span className="text-slate-600">—</span>}
                      </td>
                      {d.team?.ordered ? (
                        <td className="hidden py-2 pr-3 md:table-cell">
                          {c.adds ?? "—"}
                          {c.teamGain !== null ? (
                            <span className="block text-xs text-slate-600">
                              team gain {c.teamGain} of 100
                            </span>
                          ) : null}
                        </td>
                      ) : null}
                      <td className="hidden py-2 pr-3 md:table-cell">
                        {c.status}
                        {c.language ? (
                          <span className="block text-xs text-slate-600">in {c.language}</span>
                        ) : null}
                        {c.flags > 0 ? (
                          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                            {c.flags} quality {c.flags === 1 ? "note" : "notes"}
                          </span>
                        ) : null}
                        {c.delivery ? <EmailDelivery delivery={c.delivery} /> : null}
                        {c.reminder ? (
                          <span className="block text-xs text-slate-600">{c.reminder}</span>
                        ) : null}
                      </td>
                      <td className="hidden py-2 pr-3 md:table-cell">{c.decision ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollX>
            {hasAnyTies ? (
              <p className="mt-4 text-xs text-slate-600">
                “=” marks candidates whose fit ranges overlap so much that their order is not meaningful.
              </p>
            ) : null}
          </BulkToolbar>
        )}
        <Pagination page={d.page.page} pages={d.page.pages} summary={`${d.page.total} candidates`} />
      </section>
    </>
  );
}
