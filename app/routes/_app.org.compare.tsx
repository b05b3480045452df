import { describeSplit } from "~/domain/org/feasibility";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatUsd as usd } from "~/domain/org/money";
import { PageHeader } from "~/components/page";
import { idSchema } from "~/domain/accounts/schemas";
import { analyseScenario, scenarioMonteCarlo } from "~/domain/org/scenario-analysis";
import { STRUCTURES } from "~/domain/org/structures";
import { requireMember } from "~/server/auth.server";
import { latestRelationshipStage } from "~/server/diagnostics.server";
import { notFound } from "~/server/guards.server";
import { findScenario } from "~/server/org-scenarios.server";
import { ScrollX } from "~/components/scroll-x";

export const meta: MetaFunction = () => [{ title: "Compare scenarios — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const ids = [...new Set(new URL(request.url).searchParams.getAll("s"))];
  if (ids.length < 2 || ids.length > 3 || ids.some((id) => !idSchema.safeParse(id).success)) {
    throw data({ message: "Choose two or three scenarios to compare." }, { status: 400 });
  }
  const stage = (await latestRelationshipStage(context.db, member.organizationId))?.stage ?? "defined";
  const scenarios = await Promise.all(ids.map((id) => findScenario(context.db, member.organizationId, id)));
  if (scenarios.some((s) => !s)) notFound("One of those scenarios was not found.");
  return {
    columns: scenarios.map((s) => {
      const a = analyseScenario(s!, stage);
      const mc = scenarioMonteCarlo(s!);
      const last = a.plan.at(-1)!;
      return {
        id: s!.id,
        name: s!.name,
        structure: STRUCTURES[s!.structureId].name,
        recommended: STRUCTURES[a.assessment.recommended].name,
        chosenScore: a.assessment.ranking.find((r) => r.structureId === s!.structureId)!.total,
        chosenFeasible: a.assessment.ranking.find((r) => r.structureId === s!.structureId)!.feasible,
        today: a.plan[0]!.headcount,
        topScores: a.assessment.ranking
          .filter((r) => r.feasible)
          .slice(0, 3)
          .map((r) => `${r.name} ${r.total.toFixed(2)}`),
        split: a.capacity.splitQuarter,
        splitMedian: mc.medianSplitQuarter,
        // Past the size of combined teams there is no split ahead: describeSplit says it has happened.
        company: { arr: s!.profile.arr, gtmHeadcount: s!.profile.gtmHeadcount },
        hires: last.headcount - a.plan[0]!.headcount,
        headcount: last.headcount,
        cost: last.costPerQuarter,
        quarters: s!.quarters,
        warnings: last.spans.warnings.length,
      };
    }),
  };
}

export default function CompareScenarios() {
  const d = useLoaderData<typeof loader>();
  const rows: Array<[string, (c: (typeof d.columns)[number]) => React.ReactNode]> = [
    ["Structure used", (c) => c.structure],
    [
      "Its score",
      (c) => `${c.chosenScore.toFixed(2)} / 10${c.chosenFeasible ? "" : " (not feasible at this size)"}`,
    ],
    ["Headcount today (quarter 0)", (c) => c.today],
    ["Recommended", (c) => c.recommended],
    ["Top three", (c) => c.topScores.join("; ")],
    ["Split needed (likely values)", (c) => describeSplit(c.split, c.company)],
    ["Split by (median of 1,000 runs)", (c) => describeSplit(c.splitMedian, c.company)],
    ["Hires over the horizon", (c) => c.hires],
    ["Headcount at the end", (c) => `${c.headcount} (quarter ${c.quarters})`],
    ["Payroll per quarter at the end", (c) => usd(c.cost)],
    ["Span and layer warnings", (c) => c.warnings],
  ];
  return (
    <>
      <PageHeader
        title="Compare scenarios"
        actions={
          <Link to="/org" className="btn-secondary">
            Org designer
          </Link>
        }
      />
      <ScrollX label="Scenarios side by side" className="card">
        <table className="w-full text-sm">
          <caption className="sr-only">Scenarios side by side</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-2 pr-3 text-slate-600">
                <span className="sr-only">Measure</span>
              </th>
              {d.columns.map((c) => (
                <th key={c.id} scope="col" className="py-2 pr-3">
                  <Link to={`/org/scenarios/${c.id}`}>{c.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label} className="border-t border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {label}
                </th>
                {d.columns.map((c) => (
                  <td key={c.id} className="py-2 pr-3">
                    {value(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
    </>
  );
}
