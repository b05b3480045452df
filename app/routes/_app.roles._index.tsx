import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EmptyState, PageHeader } from "~/components/page";
import { roleAllows } from "~/domain/accounts/policy";
import { requireMember } from "~/server/auth.server";
import { listRoles } from "~/server/roles.server";

export const meta: MetaFunction = () => [{ title: "Roles — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const archived = new URL(request.url).searchParams.get("archived") === "1";
  const roles = await listRoles(context.db, member.organizationId, archived ? "archived" : "active");
  return {
    archived,
    canCreate: roleAllows(member.role, "manager"),
    roles: roles.map((r) => ({
      id: r.id,
      title: r.title,
      source: r.source,
      candidates: r.candidates,
      completed: r.completed,
      updatedAt: r.updatedAt,
    })),
  };
}

export default function Roles() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={d.archived ? "Archived roles" : "Roles"}
        description="Each role has a target profile; candidates invited to it are ranked by how well they fit."
        actions={
          d.canCreate && !d.archived ? (
            <Link to="/roles/new" className="btn-primary">
              New role
            </Link>
          ) : null
        }
      />
      {d.roles.length === 0 ? (
        <EmptyState
          title={d.archived ? "No archived roles" : "No roles yet"}
          action={
            d.canCreate && !d.archived ? (
              <Link to="/roles/new" className="btn-primary">
                Create your first role
              </Link>
            ) : null
          }
        >
          {d.archived
            ? null
            : "Start from one of eleven templates, such as enterprise AE or product marketing manager, or from a short job analysis."}
        </EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {d.roles.map((r) => (
            <li key={r.id} className="card">
              <h2>
                <Link to={`/roles/${r.id}`}>{r.title}</Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {r.candidates} {r.candidates === 1 ? "candidate" : "candidates"} · {r.completed} completed ·
                from{" "}
                {r.source === "job-analysis"
                  ? "a job analysis"
                  : r.source === "template"
                    ? "a template"
                    : "custom targets"}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm">
        <Link to={d.archived ? "/roles" : "/roles?archived=1"}>
          {d.archived ? "Show active roles" : "Show archived roles"}
        </Link>
      </p>
    </>
  );
}
