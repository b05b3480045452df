import { ChartLegend } from "~/components/charts/chart-legend";
import { SIDE_COLORS } from "~/components/charts/palette";
import { theta1 } from "~/components/charts/scale";
import { ThetaAxis } from "~/components/charts/theta-axis";
import { TraitBar } from "~/components/charts/trait-bar";
import { targetLabel } from "~/domain/hiring/profile-rows";

export interface ProfileRow {
  trait: string;
  name: string;
  side: "sales" | "marketing" | "bridge";
  need: "core" | "useful" | "not-required";
  /** Threshold, and the stretch to draw (threshold to ceiling or the axis end); null when not required. */
  min: number | null;
  ceiling: { max: number; reason: string } | null;
  span: readonly [number, number] | null;
  weight: number;
  /** A candidate's estimate and 80% range, when comparing a person with the role. */
  person?: { theta: number; low: number; high: number };
}

function TargetText({ row, prefix = "" }: { row: ProfileRow; prefix?: string }) {
  return (
    <>
      {prefix}
      {targetLabel(row)}
      {row.ceiling ? (
        <span className="block text-xs text-slate-600">ceiling because: {row.ceiling.reason}</span>
      ) : null}
      {row.person ? (
        <span className="block text-xs text-slate-600">
          this person: {theta1(row.person.theta)} (likely {theta1(row.person.low)} to{" "}
          {theta1(row.person.high)})
        </span>
      ) : null}
    </>
  );
}

/**
 * What the role needs per trait (green, from the threshold up), with a person's estimate on top
 * when given. On a phone the target text moves under the bar: three columns at 390 px squeezed it
 * to a word per line.
 */
export function RoleProfile({ rows, caption }: { rows: ProfileRow[]; caption: string }) {
  const withPerson = rows.some((r) => r.person);
  return (
    <div className="space-y-3">
      <ChartLegend sides={withPerson} estimate={withPerson} target />
      <table className="w-full table-fixed text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
            <th scope="col" className="w-[38%] py-2 pr-2 align-bottom font-medium sm:w-1/4">
              Trait
            </th>
            <th scope="col" className="py-2 pr-3 align-bottom font-medium">
              <span className="sr-only">Chart, trait level from −3 to +3 where 0 is average</span>
              <ThetaAxis />
            </th>
            <th scope="col" className="hidden w-1/4 py-2 align-bottom font-medium sm:table-cell">
              Target
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.trait} className="border-t border-slate-100">
              <th scope="row" className="py-2 pr-2 text-left align-top font-medium text-slate-900">
                {r.name}
              </th>
              <td className="py-2 pr-3 align-top">
                <TraitBar
                  target={r.span ?? undefined}
                  theta={r.person?.theta}
                  low={r.person?.low}
                  high={r.person?.high}
                  color={SIDE_COLORS[r.side]}
                />
                <span className="mt-1 block text-xs text-slate-700 sm:hidden">
                  <TargetText row={r} prefix="target " />
                </span>
              </td>
              <td className="hidden py-2 align-top text-slate-700 sm:table-cell">
                <TargetText row={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
