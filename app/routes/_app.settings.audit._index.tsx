import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { EmptyState, PageHeader } from "~/components/page";
import { Pagination } from "~/components/pagination";
import { auditRange } from "~/domain/fairness/date-range";
import { requireMember } from "~/server/auth.server";
import { describeAuditSubjects, listAuditEvents } from "~/server/audit-log.server";
import { AUDIT_ACTION_LABELS } from "~/components/audit-labels";
import { ScrollX } from "~/components/scroll-x";

export const meta: MetaFunction = () => [{ title: "Audit log — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const url = new URL(request.url);
  const range = auditRange(url.searchParams);
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .catch(1)
    .parse(url.searchParams.get("page") ?? 1);
  const log = await listAuditEvents(context.db, member.organizationId, {
    from: range.fromIso,
    to: range.toIso,
    page,
  });
  const subjects = await describeAuditSubjects(context.db, member.organizationId, log.rows);
  return {
    from: range.from,
    to: range.to,
    ...log,
    rows: log.rows.map((r) => ({
      id: r.id,
      at: r.created_at,
      actor: r.actor_name,
      action: AUDIT_ACTION_LABELS[r.action] ?? r.action,
      subject: subjects.get(`${r.subject_type}:${r.subject_id}`)!,
    })),
  };
}

export default function AuditLog() {
  const d = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who viewed, exported, decided on or erased candidate data, and when. The log stores ids, never answers or names; names are looked up as you read it, so an erased candidate shows as such."
        actions={
          <Link to={`/settings/audit/export?${params}`} reloadDocument className="btn-secondary">
            Export CSV
          </Link>
        }
      />
      <Form method="get" className="card mb-6 flex flex-wrap items-end gap-3" aria-label="Period">
        <div>
          <label htmlFor="from" className="label">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={d.from ?? ""} className="input py-1.5" />
        </div>
        <div>
          <label htmlFor="to" className="label">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={d.to ?? ""} className="input py-1.5" />
        </div>
        <button type="submit" className="btn-secondary">
          Apply
        </button>
      </Form>
      {d.rows.length === 0 ? (
        <EmptyState title="Nothing recorded in this period" />
      ) : (
        <ScrollX label="Audit events" className="card">
          <table className="w-full text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead>
              <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">
                  When (UTC)
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Who
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  What
                </th>
                <th scope="col" className="py-2 font-medium">
                  Record
                </th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="py-1.5 pr-3 tabular-nums">{r.at.replace("T", " ").slice(0, 19)}</td>
                  <td className="py-1.5 pr-3">{r.actor}</td>
                  <td className="py-1.5 pr-3">{r.action}</td>
                  <td className="py-1.5 text-slate-700">
                    {r.subject.href ? <Link to={r.subject.href}>{r.subject.label}</Link> : r.subject.label}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={d.page}
            pages={d.pages}
            summary={`${d.total} events`}
            previous="← Newer"
            next="Older →"
          />
        </ScrollX>
      )}
    </>
  );
}
