import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChartLegend } from "~/components/charts/chart-legend";
import { COMPARE_COLORS } from "~/components/charts/palette";
import { theta1 } from "~/components/charts/scale";
import { ThetaAxis } from "~/components/charts/theta-axis";
import { TraitBar } from "~/components/charts/trait-bar";
import { FitRange } from "~/components/hiring/fit-range";
import { PageHeader } from "~/components/page";
import { Z80 } from "~/domain/assessment/report";
import { profileFromCompact, rankRole } from "~/domain/hiring/ranking";
import { roleProfileRows, targetLabel } from "~/domain/hiring/profile-rows";
import { idSchema } from "~/domain/accounts/schemas";
import { requireRole } from "~/server/hiring-guards.server";
import { actorOf, auditedRead, isNewPageView } from "~/server/audit-log.server";
import { listRoleCandidates } from "~/server/candidates.server";
import { notFound } from "~/server/guards.server";
import { ScrollX } from "~/components/scroll-x";
import { describeTeamGain } from "~/domain/fit/team-gain";
import { teamGainsFor } from "~/server/team-gap.server";

export const meta: MetaFunction = () => [{ title: "Compare candidates — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId);
  const ids = [...new Set(new URL(request.url).searchParams.getAll("c"))];
  if (ids.some((id) => !idSchema.safeParse(id).success)) {
    throw data(
      { message: "Choose between two and four candidates with results to compare." },
      { status: 400 },
    );
  }
  if (ids.length < 2 || ids.length > 4) {
    // Back to the list with the ticks kept and the reason next to the button, not an error page.
    const back = new URLSearchParams([
      ["compare", ids.length < 2 ? "too-few" : "too-many"],
      ...ids.map((id) => ["c", id]),
    ]);
    throw redirect(`/roles/${role.id}?${back}#compare`);
  }
  const choose = (listed: ReturnType<typeof rankRole>) =>
    ids.map((id) => listed.find((c) => c.id === id && c.fit && c.profile));
  // Recorded only when every chosen candidate is shown, and once per page view.
  const event = (listed: ReturnType<typeof rankRole>) =>
    choose(listed).every(Boolean) && isNewPageView(request)
      ? ({
          action: "candidates.compare",
          subjectType: "role",
          subjectId: role.id,
          details: { candidates: ids },
        } as const)
      : null;
  const listed = await auditedRead(context.db, member.organizationId, actorOf(member), event, async (trx) =>
    rankRole(role.targets, await listRoleCandidates(trx, member.organizationId, role.id)),
  );
  const chosen = choose(listed);
  if (chosen.some((c) => !c))
    notFound("One of those candidates was not found in this role, or has no results yet.");
  const forTeam = await teamGainsFor(
    context.db,
    member.organizationId,
    role,
    chosen.map((c) => profileFromCompact(c!.profile!)),
  );
  return {
    role: { id: role.id, title: role.title },
    team: forTeam
      ? { label: forTeam.team.label, sentences: forTeam.gains.map((g) => describeTeamGain(g)) }
      : null,
    candidates: chosen.map((c, i) => ({
      id: c!.id,
      name: c!.name,
      rank: c!.rankLabel,
      color: COMPARE_COLORS[i]!,
      fit: { fit: c!.fit!.fit, low: c!.fit!.interval[0], high: c!.fit!.interval[1] },
      profile: profileFromCompact(c!.profile!),
    })),
    traits: roleProfileRows(role.targets).map((r) => ({
      id: r.trait,
      name: r.name,
      span: r.span,
      target: targetLabel(r),
      ceilingReason: r.ceiling?.reason ?? null,
    })),
  };
}

export default function Compare() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={`Compare for ${d.role.title}`}
        description="Green is what the role needs, from its threshold up (no green: the role does not require the trait); each candidate's bar is where their true value likely lies."
        actions={
          <Link to={`/roles/${d.role.id}`} className="btn-secondary">
            All candidates
          </Link>
        }
      />
      <div className="mb-3">
        <ChartLegend sides={false} target />
      </div>
      <ScrollX label="Candidates side by side" className="card">
        <table className="w-full text-sm">
          <caption className="sr-only">Candidates side by side</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-2 pr-3 font-medium text-slate-600">
                Trait
              </th>
              {d.candidates.map((c) => (
                <th key={c.id} scope="col" className="min-w-48 py-2 pr-3">
                  <Link to={`/roles/${d.role.id}/candidates/${c.id}`} style={{ color: c.color }}>
                    {c.name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600">Rank {c.rank}</span>
                  <ThetaAxis />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-t border-slate-200">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                Fit
              </th>
              {d.candidates.map((c) => (
                <td key={c.id} className="py-2 pr-3">
                  <FitRange {...c.fit} />
                </td>
              ))}
            </tr>
            {d.team ? (
              <tr className="border-t border-slate-200">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  For the team
                  <span className="block text-xs font-normal text-slate-600">{d.team.label}</span>
                </th>
                {d.candidates.map((c, i) => (
                  <td key={c.id} className="py-2 pr-3 text-xs text-slate-700">
                    {d.team!.sentences[i]}
                  </td>
                ))}
              </tr>
            ) : null}
            {d.traits.map((t) => (
              <tr key={t.id} className="border-t border-slate-100">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {t.name}
                  <span className="block text-xs font-normal text-slate-600">needs {t.target}</span>
                  {t.ceilingReason ? (
                    <span className="block text-xs font-normal text-slate-600">
                      ceiling because: {t.ceilingReason}
                    </span>
                  ) : null}
                </th>
                {d.candidates.map((c) => {
                  const e = c.profile[t.id as keyof typeof c.profile];
                  return (
                    <td key={c.id} className="py-2 pr-3">
                      <TraitBar
                        target={t.span ?? undefined}
                        theta={e.theta}
                        low={e.theta - Z80 * e.se}
                        high={e.theta + Z80 * e.se}
                        color={c.color}
                      />
                      <span className="text-xs text-slate-700">
                        {theta1(e.theta)} (likely {theta1(e.theta - Z80 * e.se)} to{" "}
                        {theta1(e.theta + Z80 * e.se)})
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
    </>
  );
}
