import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EmptyState, PageHeader } from "~/components/page";
import { roleAllows } from "~/domain/accounts/policy";
import { requireMember } from "~/server/auth.server";
import { listMembers } from "~/server/organizations.server";
import { listRoles } from "~/server/roles.server";

export const meta: MetaFunction = () => [{ title: "Dashboard — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const [members, roles] = await Promise.all([
    listMembers(context.db, member.organizationId),
    listRoles(context.db, member.organizationId),
  ]);
  return {
    userName: member.user.name,
    organizationName: member.organizationName,
    role: member.role,
    memberCount: members.length,
    canManage: roleAllows(member.role, "manager"),
    isOwner: roleAllows(member.role, "owner"),
    roles: roles
      .slice(0, 6)
      .map((r) => ({ id: r.id, title: r.title, candidates: r.candidates, completed: r.completed })),
  };
}

export default function Dashboard() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={d.organizationName} description={`Signed in as ${d.userName} (${d.role}).`} />
      <div className="grid gap-4 lg:grid-cols-3">
        <section className="card lg:col-span-2" aria-labelledby="roles-heading">
          <div className="flex items-center justify-between gap-3">
            <h2 id="roles-heading">Open roles</h2>
            {d.canManage ? (
              <Link to="/roles/new" className="btn-secondary">
                New role
              </Link>
            ) : null}
          </div>
          {d.roles.length === 0 ? (
            <div className="mt-4">
              <EmptyState title="No roles yet">
                Create a role from a template, invite candidates, and see them ranked by fit.
              </EmptyState>
            </div>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {d.roles.map((r) => (
                <li key={r.id} className="flex items-center justify-between gap-3 py-2">
                  <Link to={`/roles/${r.id}`} className="font-medium">
                    {r.title}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {r.completed} of {r.candidates} completed
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="team-heading">
          <h2 id="team-heading">Your team</h2>
          <p className="mt-1 text-slate-700">
            {d.memberCount === 1 ? "You are the only member so far." : `${d.memberCount} members.`}
          </p>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <Link to="/team">See the team map</Link>
            </li>
            <li>
              <Link to="/settings/members">{d.isOwner ? "Invite colleagues" : "See members"}</Link>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
