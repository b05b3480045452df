import { Z80 } from "~/domain/assessment/report";
import { placeLabels } from "./label-placement";
import { thetaTo } from "./scale";

export interface PlanePoint {
  id: string;
  label: string;
  marketing: { theta: number; se: number };
  sales: { theta: number; se: number };
  href?: string;
  /** Drawn in the accent colour, e.g. the candidate among a team. */
  highlight?: boolean;
}

/**
 * The sales–marketing plane: marketing orientation across, sales orientation up, each person a
 * dot with an ellipse covering 80% of where their true position likely is. Server-rendered SVG;
 * the caller puts the same facts in text next to it for screen readers.
 */
export function SalesMarketingPlane({
  points,
  title,
  description,
  size = 320,
}: {
  points: PlanePoint[];
  title: string;
  description: string;
  size?: number;
}) {
  const pad = 36;
  const inner = size - pad * 2;
  const x = (t: number) => pad + thetaTo(inner)(t);
  const y = (t: number) => pad + inner - thetaTo(inner)(t);
  const unit = inner / 6;
  const titleId = `plane-title-${points[0]?.id ?? "empty"}`;
  const descId = `plane-desc-${points[0]?.id ?? "empty"}`;
  // An image's children are presentational, so dots that are links make the chart a group:
  // otherwise the links would be focusable yet hidden from screen readers (axe nested-interactive).
  const interactive = points.some((p) => p.href);
  const labels = placeLabels(
    points.map((p) => ({ x: x(p.marketing.theta), y: y(p.sales.theta), text: p.label })),
  );
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      className="h-auto w-full max-w-sm"
      role={interactive ? "group" : "img"}
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <rect x={pad} y={pad} width={inner} height={inner} fill="#f8fafc" stroke="#cbd5e1" />
      <line x1={x(0)} y1={pad} x2={x(0)} y2={pad + inner} stroke="#cbd5e1" />
      <line x1={pad} y1={y(0)} x2={pad + inner} y2={y(0)} stroke="#cbd5e1" />
      <line x1={x(-3)} y1={y(-3)} x2={x(3)} y2={y(3)} stroke="#94a3b8" strokeDasharray="4 4" />
      <text x={pad + 6} y={pad + 14} fontSize="11" fill="#9a3412">
        More sales
      </text>
      <text x={pad + inner - 6} y={pad + inner - 8} fontSize="11" fill="#6b21a8" textAnchor="end">
        More marketing
      </text>
      <text x={pad + inner - 6} y={pad + 14} fontSize="11" fill="#334155" textAnchor="end">
        Both
      </text>
      <text x={size / 2} y={size - 8} fontSize="11" fill="#334155" textAnchor="middle">
        Marketing orientation →
      </text>
      <text
        x={12}
        y={size / 2}
        fontSize="11"
        fill="#334155"
        textAnchor="middle"
        transform={`rotate(-90 12 ${size / 2})`}
      >
        Sales orientation →
      </text>
      {points.map((p, index) => {
        const colour = p.highlight ? "#c2410c" : "#1d5fd1";
        const dot = (
          <g key={p.id}>
            <ellipse
              cx={x(p.marketing.theta)}
              cy={y(p.sales.theta)}
              rx={Math.max(2, Z80 * p.marketing.se * unit)}
              ry={Math.max(2, Z80 * p.sales.se * unit)}
              fill={colour}
              fillOpacity={points.length > 1 ? 0.08 : 0.15}
              stroke={colour}
              strokeOpacity={0.4}
            />
            <circle
              cx={x(p.marketing.theta)}
              cy={y(p.sales.theta)}
              r={points.length > 1 && !p.highlight ? 4 : 6}
              fill={p.highlight ? "#c2410c" : "#174ca8"}
            />
            {points.length > 1 ? (
              <text
                x={labels[index].x}
                y={labels[index].y}
                textAnchor={labels[index].anchor}
                fontSize="10"
                fill="#0f172a"
              >
                {p.label}
              </text>
            ) : null}
          </g>
        );
        return p.href ? (
          <a key={p.id} href={p.href} aria-label={p.label}>
            {dot}
          </a>
        ) : (
          dot
        );
      })}
    </svg>
  );
}
