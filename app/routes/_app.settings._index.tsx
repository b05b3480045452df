import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/page";
import { memberRoleLabels, roleAllows } from "~/domain/accounts/policy";
import { SETTINGS_PAGES } from "~/domain/accounts/settings-pages";
import { requireMember } from "~/server/auth.server";

export const meta: MetaFunction = () => [{ title: "Settings — RoleFit" }];

// /settings: every settings page in one list. Pages a member's role cannot open are named with the
// role they need, so nobody has to guess where a setting lives or whom to ask.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  return {
    organizationName: member.organizationName,
    role: memberRoleLabels[member.role],
    pages: SETTINGS_PAGES.map((page) => ({ ...page, open: roleAllows(member.role, page.role) })),
  };
}

export default function SettingsIndex() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Settings"
        description={`${d.organizationName} · you are ${d.role === "Owner" ? "an owner" : `a ${d.role.toLowerCase()}`}`}
      />
      <ul className="grid gap-4 md:grid-cols-2">
        {d.pages.map((page) => (
          <li key={page.path} className="card">
            <h2 className="text-lg">{page.open ? <Link to={page.path}>{page.title}</Link> : page.title}</h2>
            <p className="mt-1 text-sm text-slate-700">{page.description}</p>
            {page.open ? null : (
              <p className="mt-2 text-sm text-slate-600">
                Only {page.role === "owner" ? "owners" : "managers and owners"} can open this page.
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
