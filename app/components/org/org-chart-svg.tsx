import type { OrgChart } from "~/domain/org/chart";
import { layoutTree, truncate, wrap } from "./org-chart-layout";
import { ScrollX } from "~/components/scroll-x";

const BOX_W = 240;
const BOX_H = 92;
/** Below this rendered width the text gets too small; narrower screens get the outline instead. */
const MIN_READABLE_WIDTH = 640;
const GAP_X = 24;
const GAP_Y = 56;

export interface SeatPerson {
  name: string;
  /** Fit 0–100 of an assessed person to the seat's role template, when known. */
  fit: number | null;
}

/**
 * The org chart as SVG rendered on the server: seat boxes with title, head count and template,
 * the people placed in them with their fit, solid reporting lines, and dotted lines for the
 * feedback loops the structure needs. The SVG scales down to its container (so the CEO and every
 * box are in view at a desk); on a phone, where it would be too small to read, an indented outline
 * of the same seats is shown instead, so the page never scrolls sideways.
 */
export function OrgChartSvg({
  chart,
  people,
  templateNames,
  title,
}: {
  chart: OrgChart;
  people: Record<string, SeatPerson[]>;
  templateNames: Record<string, string>;
  title: string;
}) {
  const { placed, columns, depth } = layoutTree(chart.seats.map((s) => ({ id: s.id, parent: s.reportsTo })));
  const width = columns * (BOX_W + GAP_X) + GAP_X;
  const height = (depth + 1) * (BOX_H + GAP_Y) + GAP_Y / 2;
  const pos = (id: string) => {
    const p = placed.get(id)!;
    return { x: GAP_X + p.column * (BOX_W + GAP_X), y: GAP_Y / 2 + p.depth * (BOX_H + GAP_Y) };
  };
  const description = chart.seats
    .map(
      (s) =>
        `${s.title}${s.count > 1 ? ` (${s.count})` : ""}${s.reportsTo ? ` reports to ${chart.seats.find((p) => p.id === s.reportsTo)?.title}` : ""}`,
    )
    .join("; ");
  const depthOf = (id: string) => placed.get(id)?.depth ?? 0;
  // Parents before their children, as the chart reads top-down.
  const ordered: typeof chart.seats = [];
  const visit = (parent: string | null) => {
    for (const seat of chart.seats.filter((s) => s.reportsTo === parent)) {
      ordered.push(seat);
      visit(seat.id);
    }
  };
  visit(null);
  return (
    <>
      <ol className="space-y-1 text-sm sm:hidden" aria-label={`${title} (outline)`}>
        {ordered.map((s) => (
          <li
            key={s.id}
            style={{ paddingLeft: `${depthOf(s.id) * 0.9}rem` }}
            className="border-l-2 border-slate-200 pl-2"
          >
            <span className="font-medium">{s.title}</span>
            {s.count > 1 ? ` ×${s.count}` : ""}
            {(people[s.id] ?? []).length ? (
              <span className="block text-xs text-slate-600">
                {(people[s.id] ?? [])
                  .map((p) => `${p.name}${p.fit !== null ? ` (fit ${Math.round(p.fit)})` : ""}`)
                  .join(", ")}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <ScrollX label={title} className="hidden sm:block">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="orgchart-t orgchart-d"
          className="h-auto w-full"
          style={{ maxWidth: `${width}px`, minWidth: `${Math.min(width, MIN_READABLE_WIDTH)}px` }}
        >
          <title id="orgchart-t">{title}</title>
          <desc id="orgchart-d">
            {description}. Dotted lines:{" "}
            {chart.feedbackLines.map((f) => `${f.from} to ${f.to}, carrying ${f.carries}`).join("; ") ||
              "none"}
            .
          </desc>
          <defs>
            <marker
              id="dot-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#7c3aed" />
            </marker>
          </defs>
          {chart.seats
            .filter((s) => s.reportsTo)
            .map((s) => {
              const a = pos(s.reportsTo!);
              const b = pos(s.id);
              const midY = a.y + BOX_H + GAP_Y / 2;
              return (
                <path
                  key={`line-${s.id}`}
                  d={`M ${a.x + BOX_W / 2} ${a.y + BOX_H} V ${midY} H ${b.x + BOX_W / 2} V ${b.y}`}
                  fill="none"
                  stroke="#64748b"
                  strokeWidth={1.5}
                />
              );
            })}
          {chart.feedbackLines.map((f) => {
            if (!placed.has(f.from) || !placed.has(f.to)) return null;
            const a = pos(f.from);
            const b = pos(f.to);
            const y = Math.max(a.y, b.y) + BOX_H + 14;
            return (
              <path
                key={`fb-${f.from}-${f.to}`}
                d={`M ${a.x + BOX_W * 0.75} ${a.y + BOX_H} C ${a.x + BOX_W * 0.75} ${y + 20}, ${b.x + BOX_W * 0.25} ${y + 20}, ${b.x + BOX_W * 0.25} ${b.y + BOX_H}`}
                fill="none"
                stroke="#7c3aed"
                strokeWidth={1.5}
                strokeDasharray="4 4"
                markerEnd="url(#dot-arrow)"
              >
                <title>{f.carries}</title>
              </path>
            );
          })}
          {chart.seats.map((s) => {
            const { x, y } = pos(s.id);
            const seated = people[s.id] ?? [];
            return (
              <g key={s.id}>
                <title>{`${s.title}${s.count > 1 ? ` (${s.count})` : ""}`}</title>
                <rect
                  x={x}
                  y={y}
                  width={BOX_W}
                  height={BOX_H}
                  rx={8}
                  fill="#ffffff"
                  stroke={s.level === "individual" ? "#cbd5e1" : "#1d5fd1"}
                  strokeWidth={1.5}
                />
                {wrap(s.title, 32, 2).map((line, i) => (
                  <text key={i} x={x + 10} y={y + 18 + i * 15} fontSize="12" fontWeight="600" fill="#0f172a">
                    {line}
                  </text>
                ))}
                <text x={x + 10} y={y + 48} fontSize="10" fill="#475569">
                  {s.count > 1 ? `${s.count} people · ` : ""}
                  {s.roleTemplateId
                    ? truncate(templateNames[s.roleTemplateId] ?? s.roleTemplateId, s.count > 1 ? 30 : 40)
                    : "Company lead"}
                </text>
                {seated.slice(0, 2).map((p, i) => (
                  <text key={p.name} x={x + 10} y={y + 64 + i * 13} fontSize="10" fill="#0f172a">
                    {truncate(p.name, 20)}
                    {p.fit !== null ? ` · fit ${Math.round(p.fit)}` : " · not assessed"}
                  </text>
                ))}
                {seated.length > 2 ? (
                  <text x={x + BOX_W - 10} y={y + 86} fontSize="9" textAnchor="end" fill="#475569">
                    +{seated.length - 2} more
                  </text>
                ) : null}
                {seated.length === 0 && s.roleTemplateId ? (
                  <text x={x + 10} y={y + 68} fontSize="10" fill="#64748b" fontStyle="italic">
                    open seat
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </ScrollX>
    </>
  );
}
