import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/page";
import { requireMember } from "~/server/auth.server";
import { notFound, requireId } from "~/server/guards.server";
import { findScenario } from "~/server/org-scenarios.server";

// The scenario's frame: its name and the tabs. Each tab loads and guards the scenario itself.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const scenario = await findScenario(context.db, member.organizationId, requireId(params.scenarioId));
  if (!scenario) notFound();
  return { id: scenario.id, name: scenario.name };
}

const tab = ({ isActive }: { isActive: boolean }) =>
  `rounded-t-md border-b-2 px-3 py-2 text-sm font-medium no-underline hover:no-underline ${isActive ? "border-brand-600 text-slate-900" : "border-transparent text-slate-700 hover:border-slate-300"}`;

export default function ScenarioFrame() {
  const d = useLoaderData<typeof loader>();
  const base = `/org/scenarios/${d.id}`;
  return (
    <>
      <PageHeader title={d.name} description="Org-design scenario" />
      <nav aria-label="Scenario" className="no-print mb-6 flex flex-wrap gap-1 border-b border-slate-200">
        <NavLink to={base} end className={tab}>
          Structures
        </NavLink>
        <NavLink to={`${base}/profile`} className={tab}>
          Company
        </NavLink>
        <NavLink to={`${base}/plan`} className={tab}>
          Quarters &amp; hiring
        </NavLink>
        <NavLink to={`${base}/chart`} className={tab}>
          Org chart
        </NavLink>
        <NavLink to={`${base}/manage`} className={tab}>
          Save &amp; export
        </NavLink>
      </nav>
      <Outlet />
    </>
  );
}
