import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EmptyState, PageHeader } from "~/components/page";
import { roleAllows } from "~/domain/accounts/policy";
import { requireMember } from "~/server/auth.server";
import { listMembers } from "~/server/organizations.server";

export const meta: MetaFunction = () => [{ title: "Dashboard — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const members = await listMembers(context.db, member.organizationId);
  return {
    userName: member.user.name,
    organizationName: member.organizationName,
    role: member.role,
    memberCount: members.length,
    canManage: roleAllows(member.role, "owner"),
  };
}

export default function Dashboard() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={d.organizationName} description={`Signed in as ${d.userName} (${d.role}).`} />
      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" aria-labelledby="team-heading">
          <h2 id="team-heading">Your team</h2>
          <p className="mt-1 text-slate-700">
            {d.memberCount === 1 ? "You are the only member so far." : `${d.memberCount} members.`}
          </p>
          <p className="mt-4">
            <Link to="/settings/members" className="btn-secondary">
              {d.canManage ? "Invite colleagues" : "See members"}
            </Link>
          </p>
        </section>
        <section className="card" aria-labelledby="next-heading">
          <h2 id="next-heading">Hiring and planning</h2>
          <EmptyState title="No roles yet">
            Roles, candidate rankings and the org designer will appear here as they are set up.
          </EmptyState>
        </section>
      </div>
    </>
  );
}
