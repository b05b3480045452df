import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/domain/hiring/csv-export";
import { analyseScenario } from "~/domain/org/scenario-analysis";
import { STRUCTURES } from "~/domain/org/structures";
import { requireScenario } from "~/server/org-designer.server";

// The chosen structure's hiring plan, one row per quarter, for a spreadsheet.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { scenario, stage } = await requireScenario(request, context, params.scenarioId);
  const { hiringPlan } = analyseScenario(scenario, stage);
  const csv = toCsv(
    [
      "structure",
      "quarter",
      ...hiringPlan.seats.map((s) => `hires_${s.key}`),
      "total_hires",
      "headcount",
      "payroll_per_quarter_usd",
    ],
    hiringPlan.rows.map((r) => [
      STRUCTURES[scenario.structureId].name,
      r.quarter,
      ...r.hires,
      r.totalHires,
      r.headcount,
      Math.round(r.cost),
    ]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="rolefit-hiring-plan.csv"',
      "Cache-Control": "no-store",
    },
  });
}
