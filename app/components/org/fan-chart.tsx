import type { FanSeries, MonteCarloMetric } from "~/domain/org/montecarlo";
import { niceTicks, tickLabel } from "./axis";

const W = 560;
const H = 240;
const PAD = { left: 64, right: 16, top: 16, bottom: 44 };

const UNIT_KIND: Record<MonteCarloMetric, "count" | "money" | "ratio" | "hours"> = {
  headcount: "count",
  costPerQuarter: "money",
  sellingHours: "hours",
  loadRatio: "ratio",
};
const Y_TITLE: Record<MonteCarloMetric, string> = {
  headcount: "GTM people",
  costPerQuarter: "Payroll per quarter (USD)",
  sellingHours: "Selling hours per quarter",
  loadRatio: "Load (% of sustainable hours)",
};

/**
 * A fan chart of one Monte Carlo metric: the P10–P90 band, the P25–P75 band and the median line,
 * quarter by quarter. An optional threshold (the split point for load) is drawn dashed.
 */
export function FanChart({
  series,
  threshold,
  id,
}: {
  series: FanSeries;
  threshold?: { value: number; label: string };
  id: string;
}) {
  const bands = series.bands;
  const kind = UNIT_KIND[series.metric];
  const ticks = niceTicks(Math.max(...bands.map((b) => b.p90), threshold?.value ?? 0), {
    integer: kind === "count",
  });
  const max = ticks.at(-1)! || 1;
  const compact = (v: number) => (kind === "count" ? String(Math.round(v * 10) / 10) : tickLabel(v, kind));
  const x = (q: number) => PAD.left + (q / Math.max(1, bands.length - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const area = (lo: "p10" | "p25", hi: "p90" | "p75") =>
    [
      ...bands.map((b) => `${x(b.quarter)},${y(b[hi])}`),
      ...[...bands].reverse().map((b) => `${x(b.quarter)},${y(b[lo])}`),
    ].join(" ");
  const median = bands.map((b) => `${x(b.quarter)},${y(b.p50)}`).join(" ");
  const last = bands.at(-1)!;
  const description = `${series.label} by quarter. Today: median ${compact(bands[0]!.p50)}. Quarter ${last.quarter}: median ${compact(last.p50)}, 80% of runs between ${compact(last.p10)} and ${compact(last.p90)} (${series.unit}).`;
  return (
    <figure className="max-w-2xl">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{series.label}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(t) + 4} fontSize="10" textAnchor="end" fill="#475569">
              {tickLabel(t, kind)}
            </text>
          </g>
        ))}
        {bands.map((b) => (
          <text key={b.quarter} x={x(b.quarter)} y={H - 26} fontSize="10" textAnchor="middle" fill="#475569">
            Q{b.quarter}
          </text>
        ))}
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 6} fontSize="11" textAnchor="middle" fill="#334155">
          Quarter (Q0 = today)
        </text>
        <text
          transform={`translate(14 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)`}
          fontSize="11"
          textAnchor="middle"
          fill="#334155"
        >
          {Y_TITLE[series.metric]}
        </text>
        <polygon points={area("p10", "p90")} fill="#1d5fd1" fillOpacity={0.12} />
        <polygon points={area("p25", "p75")} fill="#1d5fd1" fillOpacity={0.22} />
        <polyline points={median} fill="none" stroke="#174ca8" strokeWidth={2} />
        {threshold ? (
          <g>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(threshold.value)}
              y2={y(threshold.value)}
              stroke="#b91c1c"
              strokeDasharray="5 4"
            />
            <text x={W - PAD.right} y={y(threshold.value) - 4} fontSize="10" textAnchor="end" fill="#b91c1c">
              {threshold.label}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600">
        {description} Dark band: middle half of runs; light band: middle 80%; line: median.
      </figcaption>
    </figure>
  );
}

/** Probability that the combined role has had to split by each quarter, as bars. */
export function SplitProbabilityChart({ probabilities, id }: { probabilities: number[]; id: string }) {
  const bw = (W - PAD.left - PAD.right) / probabilities.length;
  const y = (p: number) => PAD.top + (1 - p) * (H - PAD.top - PAD.bottom);
  const firstHalf = probabilities.findIndex((p) => p >= 0.5);
  const description = `Chance that one person can no longer do both jobs, by quarter: ${probabilities.map((p, q) => `Q${q} ${Math.round(p * 100)}%`).join(", ")}.`;
  return (
    <figure className="max-w-2xl">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>Probability the combined role must split, by quarter</title>
        <desc id={`${id}-d`}>{description}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((p) => (
          <g key={p}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(p)} y2={y(p)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(p) + 4} fontSize="10" textAnchor="end" fill="#475569">
              {Math.round(p * 100)}%
            </text>
          </g>
        ))}
        {probabilities.map((p, q) => (
          <g key={q}>
            <rect
              x={PAD.left + q * bw + 3}
              y={y(p)}
              width={bw - 6}
              height={y(0) - y(p)}
              fill={q === firstHalf ? "#b91c1c" : "#1d5fd1"}
              fillOpacity={0.75}
            />
            <text x={PAD.left + q * bw + bw / 2} y={H - 26} fontSize="10" textAnchor="middle" fill="#475569">
              Q{q}
            </text>
          </g>
        ))}
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 6} fontSize="11" textAnchor="middle" fill="#334155">
          Quarter (Q0 = today)
        </text>
        <text
          transform={`translate(14 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)`}
          fontSize="11"
          textAnchor="middle"
          fill="#334155"
        >
          Share of runs split by then
        </text>
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600">{description}</figcaption>
    </figure>
  );
}
