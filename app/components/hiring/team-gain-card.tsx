import { SalesMarketingPlane } from "~/components/charts/sales-marketing-plane";
import { theta1 } from "~/components/charts/scale";
import { describeTeamGain, type TeamGain } from "~/domain/fit/team-gain";
import { traitById } from "~/domain/instrument/traits";
import type { TeamView } from "~/server/team-gap.server";

const percent = (value: number) => `${Math.round(value)}%`;

/** The candidate report's "For the team" section: the sentence, each need before and after, and the plane. */
export function TeamGainCard({
  team,
  gain,
  candidate,
}: {
  team: TeamView;
  gain: TeamGain;
  candidate: { name: string; sales: { theta: number; se: number }; marketing: { theta: number; se: number } };
}) {
  const points = [
    ...team.members.map((m, i) => ({
      id: `member-${i}`,
      label: m.name,
      sales: m.sales,
      marketing: m.marketing,
    })),
    {
      id: "candidate",
      label: candidate.name,
      sales: candidate.sales,
      marketing: candidate.marketing,
      highlight: true,
    },
  ];
  return (
    <section className="card space-y-4" aria-labelledby="team-gain-heading">
      <h2 id="team-gain-heading">For the team: {team.label}</h2>
      <p className="text-slate-700">{describeTeamGain(gain)}</p>
      <div className="grid gap-6 md:grid-cols-[1fr_20rem]">
        <table className="w-full text-sm">
          <caption className="sr-only">
            Each need of the role: the team now, and with {candidate.name}
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">
                Need
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Team now
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                With {candidate.name}
              </th>
            </tr>
          </thead>
          <tbody>
            {gain.traits.map((t) => (
              <tr key={t.trait} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {traitById(t.trait).name}
                </th>
                <td className="py-2 pr-3 tabular-nums">{percent(100 * t.before)}</td>
                <td className={`py-2 pr-3 tabular-nums ${t.after - t.before >= 0.1 ? "font-semibold" : ""}`}>
                  {percent(100 * t.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <SalesMarketingPlane
            points={points}
            title={`${team.label} with ${candidate.name}`}
            description={`The team's members in blue and ${candidate.name} in orange on the sales–marketing plane. ${points
              .map(
                (p) => `${p.label}: sales ${theta1(p.sales.theta)}, marketing ${theta1(p.marketing.theta)}`,
              )
              .join("; ")}.`}
          />
        </div>
      </div>
      <p className="help">
        A need&apos;s coverage is the best chance that someone in the team meets it, from their assessment and
        its uncertainty; a person like someone already there adds nothing.{" "}
        {team.members.length === 0
          ? "Nobody in this team has shared an assessment yet."
          : `Counted: ${team.members.length} ${team.members.length === 1 ? "team member who has" : "team members who have"} shared an assessment`}
        {team.unassessed > 0
          ? `; ${team.unassessed} without one do not count.`
          : team.members.length > 0
            ? "."
            : ""}
      </p>
    </section>
  );
}
