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

const sideColors = { sales: "#b4420f", marketing: "#6b3fb3", bridge: "#0f766e" } as const;

/** What the role needs per trait (green, from the threshold up), with a person's estimate on top when given. */
export function RoleProfile({ rows, caption }: { rows: ProfileRow[]; caption: string }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
          <th scope="col" className="py-2 pr-2 font-medium">
            Trait
          </th>
          <th scope="col" className="w-1/2 py-2 pr-2 font-medium">
            <span aria-hidden="true">−3 · · · 0 · · · +3</span>
            <span className="sr-only">Chart</span>
          </th>
          <th scope="col" className="py-2 font-medium">
            Target
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.trait} className="border-t border-slate-100">
            <th scope="row" className="py-2 pr-2 text-left font-medium text-slate-900">
              {r.name}
            </th>
            <td className="py-2 pr-2">
              <TraitBar target={r.span ?? undefined} theta={r.person?.theta} low={r.person?.low} high={r.person?.high} color={sideColors[r.side]} />
            </td>
            <td className="py-2 text-slate-700">
              {targetLabel(r)}
              {r.ceiling ? <span className="block text-xs text-slate-600">ceiling because: {r.ceiling.reason}</span> : null}
              {r.person ? (
                <span className="block text-xs text-slate-600">
                  this person: {r.person.theta.toFixed(1)} (likely {r.person.low.toFixed(1)} to {r.person.high.toFixed(1)})
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
