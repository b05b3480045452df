import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmissionErrors, SubmitButton } from "~/components/forms";
import { OrgChartSvg, type SeatPerson } from "~/components/org/org-chart-svg";
import { roleAllows } from "~/domain/accounts/policy";
import { profileOf } from "~/domain/assessment/scoring";
import { roleFit } from "~/domain/fit/fit";
import { ROLE_TEMPLATES, templateById } from "~/domain/fit/templates";
import { analyseScenario } from "~/domain/org/scenario-analysis";
import { chartActionSchema } from "~/domain/org/schemas";
import { STRUCTURE_IDS, STRUCTURES } from "~/domain/org/structures";
import { redirectWithFlash } from "~/server/flash.server";
import { requireScenario } from "~/server/org-designer.server";
import { assignSeat, listSeatAssignments, unassignSeat, updateScenario } from "~/server/org-scenarios.server";
import { listMembers } from "~/server/organizations.server";
import { listTeamMap } from "~/server/team-map.server";

export const meta: MetaFunction = () => [{ title: "Org chart — Org designer — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, scenario, stage } = await requireScenario(request, context, params.scenarioId);
  const analysis = analyseScenario(scenario, stage);
  const [members, assignments, teamMap] = await Promise.all([
    listMembers(context.db, member.organizationId),
    listSeatAssignments(context.db, member.organizationId, scenario.id),
    listTeamMap(context.db, member.organizationId),
  ]);
  // Fit is shown only for people who chose to share their assessment on the team map.
  const profiles = new Map(teamMap.filter((e) => e.scores).map((e) => [e.userId, profileOf(e.scores!)]));
  const seats = new Map(analysis.chart.seats.map((s) => [s.id, s]));
  const people: Record<string, SeatPerson[]> = {};
  const placed = assignments.map((a) => {
    const seat = seats.get(a.seat_id);
    const template = seat?.roleTemplateId ? templateById(seat.roleTemplateId) : undefined;
    const profile = profiles.get(a.user_id);
    const fit = template && profile ? roleFit(profile, template.targets).fit : null;
    if (seat) (people[seat.id] ??= []).push({ name: a.name, fit });
    return {
      id: a.id,
      name: a.name,
      seat: seat?.title ?? "a seat this plan no longer has",
      fit,
      assessed: !!profile,
    };
  });
  return {
    scenarioId: scenario.id,
    canEdit: roleAllows(member.role, "manager"),
    structureId: scenario.structureId,
    structureName: STRUCTURES[scenario.structureId].name,
    feasibilityReason: analysis.assessment.ranking.find((r) => r.structureId === scenario.structureId)!
      .feasibilityReason,
    quarters: scenario.quarters,
    chartQuarter: analysis.chartQuarter,
    chart: analysis.chart,
    spans: analysis.spans.warnings.map((w) => w.message),
    layers: analysis.spans.layers,
    people,
    placed,
    seats: analysis.chart.seats.filter((s) => s.roleTemplateId).map((s) => ({ id: s.id, title: s.title })),
    // Seats with fewer people placed than the plan has: each can be filled from a role's candidates.
    openSeats: analysis.chart.seats
      .filter((s) => s.roleTemplateId)
      .map((s) => ({
        id: s.id,
        title: s.title,
        open: s.count - assignments.filter((a) => a.seat_id === s.id).length,
      }))
      .filter((s) => s.open > 0),
    seatTitles: Object.fromEntries(analysis.chart.seats.map((s) => [s.id, s.title])) as Record<
      string,
      string
    >,
    members: members.map((m) => ({ userId: m.userId, name: m.name, assessed: profiles.has(m.userId) })),
    templateNames: Object.fromEntries(ROLE_TEMPLATES.map((t) => [t.id, t.name])),
    structures: STRUCTURE_IDS.map((id) => ({ id, name: STRUCTURES[id].name })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, scenario } = await requireScenario(request, context, params.scenarioId, "manager");
  const submission = parseWithZod(await request.formData(), { schema: chartActionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const here = `/org/scenarios/${scenario.id}/chart`;
  const value = submission.value;
  switch (value.intent) {
    case "view":
      await updateScenario(context.db, member.organizationId, scenario.id, {
        structureId: value.structureId,
        chartQuarter: Math.min(value.chartQuarter, scenario.quarters),
      });
      return redirectWithFlash(context, here, { kind: "info", message: "Chart updated." });
    case "unassign":
      if (!(await unassignSeat(context.db, member.organizationId, scenario.id, value.assignmentId))) {
        return data(submission.reply({ formErrors: ["That placement was not found."] }), { status: 404 });
      }
      return redirectWithFlash(context, here, { kind: "success", message: "Removed from the seat." });
    case "assign":
      if (!(await assignSeat(context.db, member.organizationId, scenario.id, value.seatId, value.userId))) {
        return data(submission.reply({ formErrors: ["That person is not a member of this organization."] }), {
          status: 404,
        });
      }
      return redirectWithFlash(context, here, { kind: "success", message: "Placed in the seat." });
  }
}

export default function ChartPage() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <SubmissionErrors result={actionData} />
      <Form
        method="post"
        className="card no-print flex flex-wrap items-end gap-3"
        aria-label="Chart settings"
      >
        <input type="hidden" name="intent" value="view" />
        <div>
          <label htmlFor="chart-structure" className="label">
            Structure
          </label>
          <select
            id="chart-structure"
            name="structureId"
            defaultValue={d.structureId}
            className="input py-1.5"
          >
            {d.structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="chart-quarter" className="label">
            Quarter
          </label>
          <select
            id="chart-quarter"
            name="chartQuarter"
            defaultValue={d.chartQuarter}
            className="input py-1.5"
          >
            {Array.from({ length: d.quarters + 1 }, (_, q) => (
              <option key={q} value={q}>
                {q === 0 ? "Today" : `Quarter ${q}`}
              </option>
            ))}
          </select>
        </div>
        {d.canEdit ? (
          <SubmitButton className="btn-secondary" pendingText="Drawing…">
            Show
          </SubmitButton>
        ) : null}
      </Form>
      <section className="card" aria-labelledby="chart-heading">
        <h2 id="chart-heading">
          {d.structureName}, {d.chartQuarter === 0 ? "today" : `quarter ${d.chartQuarter}`}
        </h2>
        {d.feasibilityReason ? <p className="mt-1 text-sm text-amber-900">{d.feasibilityReason}</p> : null}
        <p className="mt-1 text-sm text-slate-600">
          Solid lines: reporting. Dotted purple lines: feedback loops this structure needs (listed below the
          chart). {d.layers} {d.layers === 1 ? "layer" : "layers"} below the CEO.
        </p>
        <div className="mt-4">
          <OrgChartSvg
            chart={d.chart}
            people={d.people}
            templateNames={d.templateNames}
            title={`Org chart: ${d.structureName}`}
          />
        </div>
        {d.chart.feedbackLines.length ? (
          <div className="mt-3 text-sm text-slate-700">
            <p className="font-medium">Feedback loops</p>
            <ul className="list-disc pl-5">
              {d.chart.feedbackLines.map((f) => (
                <li key={`${f.from}-${f.to}`}>
                  {d.seatTitles[f.from] ?? f.from} → {d.seatTitles[f.to] ?? f.to}: {f.carries}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {d.spans.length ? (
          <ul className="mt-3 list-disc pl-5 text-sm text-amber-900">
            {d.spans.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-slate-600">
            Spans of control and layers are within healthy ranges.
          </p>
        )}
      </section>
      {d.openSeats.length > 0 ? (
        <section className="card" aria-labelledby="open-seats-heading">
          <h2 id="open-seats-heading">Open seats</h2>
          <p className="mt-1 text-sm text-slate-600">
            Fill a seat from a role&apos;s candidates, ordered by what they add to the team the seat joins.
          </p>
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {d.openSeats.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <strong>{s.title}</strong>: {s.open} open
                </span>
                <Link to={`/org/scenarios/${d.scenarioId}/fill?seat=${encodeURIComponent(s.id)}`}>
                  Fill from candidates<span className="sr-only"> for {s.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="seats-heading">
        <h2 id="seats-heading">People in seats</h2>
        <p className="mt-1 text-sm text-slate-600">
          Fit is shown for people who shared their assessment on the team map.
        </p>
        {d.placed.length ? (
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {d.placed.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <strong>{p.name}</strong> in {p.seat}
                  {p.fit !== null ? ` — fit ${Math.round(p.fit)}` : p.assessed ? "" : " — not assessed"}
                </span>
                {d.canEdit ? (
                  <Form method="post">
                    <input type="hidden" name="assignmentId" value={p.id} />
                    <SubmitButton
                      name="intent"
                      value="unassign"
                      className="btn-secondary py-1"
                      pendingText="Removing…"
                    >
                      Remove<span className="sr-only"> {p.name}</span>
                    </SubmitButton>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-700">No one placed yet.</p>
        )}
        {d.canEdit ? (
          <Form method="post" className="mt-4 flex flex-wrap items-end gap-3">
            <input type="hidden" name="intent" value="assign" />
            <div>
              <label htmlFor="person" className="label">
                Person
              </label>
              <select id="person" name="userId" className="input py-1.5">
                {d.members.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                    {m.assessed ? "" : " (not assessed)"}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="seat" className="label">
                Seat
              </label>
              <select id="seat" name="seatId" className="input py-1.5">
                {d.seats.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton pendingText="Placing…">Place in seat</SubmitButton>
          </Form>
        ) : null}
      </section>
    </div>
  );
}
