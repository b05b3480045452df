import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FitRange } from "~/components/hiring/fit-range";
import { EmptyState } from "~/components/page";
import { ScrollX } from "~/components/scroll-x";
import { addsInWords } from "~/domain/fit/team-gain";
import { traitById } from "~/domain/instrument/traits";
import { notFound } from "~/server/guards.server";
import { requireScenario } from "~/server/org-designer.server";
import { seatCandidates } from "~/server/team-gap.server";

export const meta: MetaFunction = () => [{ title: "Fill a seat — Org designer — RoleFit" }];

const fillQuerySchema = z.object({
  seat: z.string().max(64).catch(""),
  role: z.string().max(64).optional().catch(undefined),
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, scenario } = await requireScenario(request, context, params.scenarioId);
  const query = fillQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const fill = await seatCandidates(
    context.db,
    member.organizationId,
    scenario,
    query.seat,
    query.role ?? null,
  );
  if (!fill) notFound("That seat is not in this scenario's chart.");
  return {
    scenarioId: scenario.id,
    ...fill,
    rows: fill.rows.map((r) => ({
      id: r.id,
      name: r.name,
      fit: { fit: r.fit.fit, low: r.fit.interval[0], high: r.fit.interval[1] },
      rank: r.place.teamRank,
      teamGain: Math.round(r.place.teamGain),
      adds: addsInWords(r.place.adds, (t) => traitById(t).name) ?? "adds nothing the team lacks",
    })),
  };
}

export default function FillSeat() {
  const d = useLoaderData<typeof loader>();
  const open = Math.max(0, d.seat.count - d.seat.placed);
  return (
    <div className="space-y-6">
      <section className="card space-y-3" aria-labelledby="fill-heading">
        <h2 id="fill-heading">Fill: {d.seat.title}</h2>
        <p className="text-sm text-slate-700">
          {d.seat.count} {d.seat.count === 1 ? "seat" : "seats"} in this plan, {d.seat.placed} placed, {open}{" "}
          open. Candidates are ordered for the team this seat joins: fit for the role first (nobody clearly
          short of a core need is placed above someone who meets them), then what each adds to the people
          already placed there and to the needs of its other seats.
        </p>
        {d.roles.length > 0 ? (
          <Form method="get" className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="seat" value={d.seat.id} />
            <div>
              <label htmlFor="fill-role" className="label">
                Candidates of the role
              </label>
              <select id="fill-role" name="role" defaultValue={d.role?.id} className="input py-1.5">
                {d.roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Show
            </button>
          </Form>
        ) : null}
        {d.team ? (
          <p className="text-sm text-slate-700">
            The team: {d.team.label}.{" "}
            {d.team.members.length === 0
              ? "Nobody placed there shares an assessment yet, so every need counts as uncovered."
              : `${d.team.members.length} placed ${d.team.members.length === 1 ? "person shares" : "people share"} an assessment.`}
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="fill-list-heading">
        <h2 id="fill-list-heading" className="mb-3">
          Candidates
        </h2>
        {!d.role ? (
          <EmptyState
            title="No role yet"
            action={
              <Link to="/roles/new" className="btn-primary">
                Create a role
              </Link>
            }
          >
            Create a role for this seat and invite candidates; they appear here once they have finished.
          </EmptyState>
        ) : d.rows.length === 0 ? (
          <EmptyState title="No finished candidates yet">
            Candidates of {d.role.title} appear here once they have finished the questionnaire.
          </EmptyState>
        ) : (
          <ScrollX label="Candidates for the seat">
            <table className="w-full text-sm">
              <caption className="sr-only">
                Candidates of {d.role.title} in the order for this seat&apos;s team
              </caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Order
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Candidate
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Fit (80% range)
                  </th>
                  <th scope="col" className="hidden py-2 pr-3 font-medium md:table-cell">
                    For the team
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100">
                    <td className="py-2 pr-3 tabular-nums">{r.rank}</td>
                    <td className="py-2 pr-3">
                      <Link to={`/roles/${d.role!.id}/candidates/${r.id}`} className="font-medium">
                        {r.name}
                      </Link>
                      <span className="block text-xs text-slate-700 md:hidden">{r.adds}</span>
                    </td>
                    <td className="py-2 pr-3">
                      <FitRange {...r.fit} />
                    </td>
                    <td className="hidden py-2 pr-3 md:table-cell">
                      {r.adds}
                      <span className="block text-xs text-slate-600">team gain {r.teamGain} of 100</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollX>
        )}
      </section>
    </div>
  );
}
