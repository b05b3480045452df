import { alreadySeparate } from "~/domain/org/feasibility";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmissionErrors, SubmitButton } from "~/components/forms";
import { FanChart, SplitProbabilityChart } from "~/components/org/fan-chart";
import { formatUsd as usd } from "~/domain/org/money";
import { roleAllows } from "~/domain/accounts/policy";
import { analyseScenario, scenarioMonteCarlo } from "~/domain/org/scenario-analysis";
import { chartFormSchema } from "~/domain/org/schemas";
import { STRUCTURE_IDS, STRUCTURES } from "~/domain/org/structures";
import { redirectWithFlash } from "~/server/flash.server";
import { requireScenario } from "~/server/org-designer.server";
import { updateScenario } from "~/server/org-scenarios.server";
import { ScrollX } from "~/components/scroll-x";

export const meta: MetaFunction = () => [{ title: "Quarters & hiring — Org designer — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, scenario, stage } = await requireScenario(request, context, params.scenarioId);
  const analysis = analyseScenario(scenario, stage);
  const mc = scenarioMonteCarlo(scenario);
  const horizon = scenario.quarters;
  const chosen = analysis.assessment.ranking.find((r) => r.structureId === scenario.structureId)!;
  const peak = analysis.capacity.demand.reduce((a, b) => (b.totalHours > a.totalHours ? b : a));
  const today = analysis.capacity.today;
  const entered = scenario.profile.team ?? {};
  return {
    canEdit: roleAllows(member.role, "manager"),
    id: scenario.id,
    structureId: scenario.structureId,
    structureName: STRUCTURES[scenario.structureId].name,
    quarters: scenario.quarters,
    chartQuarter: scenario.chartQuarter,
    splitQuarter: analysis.capacity.splitQuarter,
    gtmHeadcount: scenario.profile.gtmHeadcount,
    alreadySplit: alreadySeparate(scenario.profile.arr, scenario.profile.gtmHeadcount),
    feasibility: { feasible: chosen.feasible, reason: chosen.feasibilityReason },
    soloPeak:
      scenario.structureId === "solo"
        ? { quarter: peak.quarter, load: peak.totalHours / analysis.capacity.sustainableHoursPerPerson }
        : null,
    today: (
      [
        ["sellers", "sellers"],
        ["sdrs", "SDRs"],
        ["accountManagers", "account managers"],
        ["salesEngineers", "sales engineers"],
        ["marketers", "marketers"],
        ["managers", "managers"],
      ] as const
    )
      .filter(([key]) => today[key] > 0)
      .map(([key, label]) => ({ label, count: today[key], entered: entered[key] !== undefined })),
    demand: analysis.capacity.demand.map((d) => ({
      quarter: d.quarter,
      deals: d.deals,
      selling: d.perSeat.sellingHours,
      otherSales: d.perSeat.otherSalesHours,
      marketing: d.perSeat.marketingHours,
      load: d.loadRatio,
      split: d.splitNeeded,
    })),
    sustainable: analysis.capacity.sustainableHoursPerPerson,
    hiringPlan: analysis.hiringPlan,
    structures: STRUCTURE_IDS.map((id) => {
      const plan = analysis.capacity.plans[id];
      const last = plan.at(-1)!;
      return {
        id,
        name: STRUCTURES[id].name,
        headcount: last.headcount,
        hires: last.headcount - plan[0]!.headcount,
        cost: last.costPerQuarter,
        layers: last.spans.layers,
        warnings: last.spans.warnings.map((w) => w.message),
      };
    }),
    horizon,
    mc: {
      runs: mc.runs,
      load: mc.fan.loadRatio,
      headcount: mc.fan.headcount,
      split: mc.splitProbabilityByQuarter,
      never: mc.splitNeverProbability,
      median: mc.medianSplitQuarter,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, scenario } = await requireScenario(request, context, params.scenarioId, "manager");
  const submission = parseWithZod(await request.formData(), { schema: chartFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { structureId, quarters, chartQuarter } = submission.value;
  await updateScenario(context.db, member.organizationId, scenario.id, {
    structureId,
    quarters,
    chartQuarter: Math.min(chartQuarter, quarters),
  });
  return redirectWithFlash(context, `/org/scenarios/${scenario.id}/plan`, {
    kind: "success",
    message: "Plan updated.",
  });
}

export default function Plan() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <SubmissionErrors result={actionData} />
      <Form method="post" className="card no-print flex flex-wrap items-end gap-3" aria-label="Plan settings">
        <div>
          <label htmlFor="structureId" className="label">
            Structure
          </label>
          <select id="structureId" name="structureId" defaultValue={d.structureId} className="input py-1.5">
            {d.structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="quarters" className="label">
            Quarters ahead
          </label>
          <select id="quarters" name="quarters" defaultValue={d.quarters} className="input py-1.5">
            {[8, 9, 10, 11, 12].map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="chartQuarter" value={d.chartQuarter} />
        {d.canEdit ? (
          <SubmitButton className="btn-secondary" pendingText="Updating…">
            Update plan
          </SubmitButton>
        ) : null}
        <Link to={`/org/scenarios/${d.id}/hiring-plan`} reloadDocument className="btn-secondary ml-auto">
          Hiring plan CSV
        </Link>
      </Form>

      {!d.feasibility.feasible || d.soloPeak ? (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          {!d.feasibility.feasible ? (
            <p>
              <strong>{d.structureName}:</strong> {d.feasibility.reason}
            </p>
          ) : null}
          {d.soloPeak && d.soloPeak.load > 1 ? (
            <p>
              One person would carry {Math.round(d.soloPeak.load * 100)}% of sustainable hours by quarter{" "}
              {d.soloPeak.quarter}; this plan shows one seat because the structure allows no hires, not
              because the work fits.
            </p>
          ) : null}
        </div>
      ) : null}

      <section className="card" aria-labelledby="today-heading">
        <h2 id="today-heading">Quarter 0: your team today</h2>
        <p className="mt-1 text-sm text-slate-700">
          {d.gtmHeadcount} {d.gtmHeadcount === 1 ? "person" : "people"}:{" "}
          {d.today.map((t, i) => (
            <span key={t.label}>
              {i > 0 ? ", " : ""}
              {t.count} {t.label}
              {t.entered ? "" : "*"}
            </span>
          ))}
          . Every plan starts from this team and only adds people.
          {d.today.some((t) => !t.entered)
            ? " * estimated from where today's modelled hours go; enter the real counts on the Company tab."
            : ""}
        </p>
      </section>

      <section className="card" aria-labelledby="split-heading">
        <h2 id="split-heading">When does one person doing both jobs stop working?</h2>
        <p className="mt-1 text-slate-700">
          {d.alreadySplit ? (
            `Already split: at ${d.gtmHeadcount} people in go-to-market the company is past the size where one combined sales-and-marketing team exists, so it runs them apart today and no split lies ahead. The question is how the separate teams report, which the structures above answer.`
          ) : (
            <>
              {d.splitQuarter === null
                ? `With the likely values, today's team can keep selling and keeping marketing current for all ${d.quarters} quarters.`
                : d.splitQuarter === 0
                  ? "Already now: selling, accounts and keeping marketing current need more hours than today's team has."
                  : `In quarter ${d.splitQuarter} (with the likely values) selling plus keeping the marketing current needs more than ${d.sustainable} hours per person, so the combined role has to split.`}{" "}
              Across {d.mc.runs} simulated futures the split is needed by quarter {d.mc.median ?? "—"} in half
              of them
              {d.mc.never > 0 ? `, and never within the horizon in ${Math.round(d.mc.never * 100)}%` : ""}.
            </>
          )}
        </p>
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <FanChart id="fan-load" series={d.mc.load} threshold={{ value: 1, label: "split point" }} />
          <SplitProbabilityChart id="split-prob" probabilities={d.mc.split} />
        </div>
        <ScrollX label="Load per quarter" className="mt-4">
          <table className="w-full text-sm">
            <caption className="mb-2 text-left text-sm font-medium">
              Per person on today's team, if everyone kept doing both jobs (likely values)
            </caption>
            <thead>
              <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
                <th scope="col" className="py-1 pr-3">
                  Quarter
                </th>
                <th scope="col" className="py-1 pr-3">
                  Deals won
                </th>
                <th scope="col" className="py-1 pr-3">
                  Selling h
                </th>
                <th scope="col" className="py-1 pr-3">
                  Accounts &amp; SE h
                </th>
                <th scope="col" className="py-1 pr-3">
                  Marketing h
                </th>
                <th scope="col" className="py-1">
                  Load
                </th>
              </tr>
            </thead>
            <tbody>
              {d.demand.map((q) => (
                <tr key={q.quarter} className={`border-t border-slate-100 ${q.split ? "text-red-800" : ""}`}>
                  <td className="py-1 pr-3">Q{q.quarter}</td>
                  <td className="py-1 pr-3 tabular-nums">{q.deals.toFixed(1)}</td>
                  <td className="py-1 pr-3 tabular-nums">{Math.round(q.selling)}</td>
                  <td className="py-1 pr-3 tabular-nums">{Math.round(q.otherSales)}</td>
                  <td className="py-1 pr-3 tabular-nums">{Math.round(q.marketing)}</td>
                  <td className="whitespace-nowrap py-1 tabular-nums">
                    {Math.round(q.load * 100)}%{q.split ? " — over" : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      </section>

      <section className="card" aria-labelledby="hiring-heading">
        <h2 id="hiring-heading">Hiring plan: {d.structureName}</h2>
        <ScrollX label="Hiring plan" className="mt-3">
          <table className="w-full text-sm">
            <caption className="sr-only">Hires per quarter by seat</caption>
            <thead>
              <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
                <th scope="col" className="py-1 pr-3">
                  Quarter
                </th>
                {d.hiringPlan.seats.map((s) => (
                  <th key={s.key} scope="col" className="py-1 pr-3">
                    {s.label}
                  </th>
                ))}
                <th scope="col" className="py-1 pr-3">
                  Headcount
                </th>
                <th scope="col" className="py-1">
                  Payroll / quarter
                </th>
              </tr>
            </thead>
            <tbody>
              {d.hiringPlan.rows.map((r) => (
                <tr key={r.quarter} className="border-t border-slate-100">
                  <td className="py-1 pr-3">Q{r.quarter}</td>
                  {r.hires.map((h, i) => (
                    <td key={i} className="py-1 pr-3 tabular-nums">
                      {r.quarter === 0 ? "—" : h ? `+${h}` : ""}
                    </td>
                  ))}
                  <td className="py-1 pr-3 tabular-nums">{r.headcount}</td>
                  <td className="py-1 tabular-nums">{usd(r.cost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
        <div className="mt-4">
          <FanChart id="fan-headcount" series={d.mc.headcount} />
        </div>
      </section>

      <section className="card" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Every structure at quarter {d.horizon}</h2>
        <ScrollX label="Every structure at the horizon" className="mt-3">
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="sr-only">Headcount, hires, cost, layers and warnings per structure</caption>
            <thead>
              <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
                <th scope="col" className="py-1 pr-3">
                  Structure
                </th>
                <th scope="col" className="py-1 pr-3">
                  Headcount
                </th>
                <th scope="col" className="py-1 pr-3">
                  Hires
                </th>
                <th scope="col" className="py-1 pr-3">
                  Payroll / quarter
                </th>
                <th scope="col" className="py-1 pr-3">
                  Layers
                </th>
                <th scope="col" className="py-1">
                  Warnings
                </th>
              </tr>
            </thead>
            <tbody>
              {d.structures.map((s) => (
                <tr key={s.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-medium">
                    {s.name}
                  </th>
                  <td className="py-1 pr-3 tabular-nums">{s.headcount}</td>
                  <td className="py-1 pr-3 tabular-nums">{s.hires}</td>
                  <td className="py-1 pr-3 tabular-nums">{usd(s.cost)}</td>
                  <td className="py-1 pr-3 tabular-nums">{s.layers}</td>
                  <td className="py-1 text-amber-900">{s.warnings.join(" ") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      </section>
    </div>
  );
}
