import { TraitBar } from "~/components/charts/trait-bar";

export interface ProfileRow {
  trait: string;
  name: string;
  side: "sales" | "marketing" | "bridge";
  band: readonly [number, number];
  weight: number;
  /** A candidate's estimate and 80% range, when comparing a person with the role. */
  person?: { theta: number; low: number; high: number };
}

const sideColors = { sales: "#b4420f", marketing: "#6b3fb3", bridge: "#0f766e" } as const;

export function weightLabel(weight: number): string {
  return weight >= 0.8 ? "core" : weight >= 0.5 ? "useful" : weight > 0 ? "minor" : "ignored";
}

/** The role's target band per trait (green), with a person's estimate on top when given. */
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
              <TraitBar target={r.band} theta={r.person?.theta} low={r.person?.low} high={r.person?.high} color={sideColors[r.side]} />
            </td>
            <td className="py-2 text-slate-700">
              {r.band[0].toFixed(1)} to {r.band[1].toFixed(1)} · {weightLabel(r.weight)}
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
