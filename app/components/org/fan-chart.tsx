import type { FanSeries } from "~/domain/org/montecarlo";

const W = 560;
const H = 220;
const PAD = { left: 56, right: 16, top: 16, bottom: 32 };

const compact = (v: number) =>
  Math.abs(v) >= 1_000_000 ? `${(v / 1_000_000).toFixed(1)}M` : Math.abs(v) >= 10_000 ? `${Math.round(v / 1000)}k` : v >= 10 ? v.toFixed(0) : v.toFixed(2);

/**
 * A fan chart of one Monte Carlo metric: the P10–P90 band, the P25–P75 band and the median line,
 * quarter by quarter. An optional threshold (the split point for load) is drawn dashed.
 */
export function FanChart({ series, threshold, id }: { series: FanSeries; threshold?: { value: number; label: string }; id: string }) {
  const bands = series.bands;
  const max = Math.max(...bands.map((b) => b.p90), threshold?.value ?? 0) * 1.08 || 1;
  const x = (q: number) => PAD.left + (q / Math.max(1, bands.length - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const area = (lo: "p10" | "p25", hi: "p90" | "p75") =>
    [...bands.map((b) => `${x(b.quarter)},${y(b[hi])}`), ...[...bands].reverse().map((b) => `${x(b.quarter)},${y(b[lo])}`)].join(" ");
  const median = bands.map((b) => `${x(b.quarter)},${y(b.p50)}`).join(" ");
  const last = bands.at(-1)!;
  const description = `${series.label} by quarter. Today: median ${compact(bands[0]!.p50)}. Quarter ${last.quarter}: median ${compact(last.p50)}, 80% of runs between ${compact(last.p10)} and ${compact(last.p90)} (${series.unit}).`;
  return (
    <figure className="max-w-2xl">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{series.label}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(max * f) + 4} fontSize="10" textAnchor="end" fill="#475569">
              {compact(max * f)}
            </text>
          </g>
        ))}
        {bands.map((b) => (
          <text key={b.quarter} x={x(b.quarter)} y={H - 12} fontSize="10" textAnchor="middle" fill="#475569">
            Q{b.quarter}
          </text>
        ))}
        <polygon points={area("p10", "p90")} fill="#1d5fd1" fillOpacity={0.12} />
        <polygon points={area("p25", "p75")} fill="#1d5fd1" fillOpacity={0.22} />
        <polyline points={median} fill="none" stroke="#174ca8" strokeWidth={2} />
        {threshold ? (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(threshold.value)} y2={y(threshold.value)} stroke="#b91c1c" strokeDasharray="5 4" />
            <text x={W - PAD.right} y={y(threshold.value) - 4} fontSize="10" textAnchor="end" fill="#b91c1c">
              {threshold.label}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600">{description} Dark band: middle half of runs; light band: middle 80%; line: median.</figcaption>
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
        {[0, 0.5, 1].map((p) => (
          <g key={p}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(p)} y2={y(p)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(p) + 4} fontSize="10" textAnchor="end" fill="#475569">
              {Math.round(p * 100)}%
            </text>
          </g>
        ))}
        {probabilities.map((p, q) => (
          <g key={q}>
            <rect x={PAD.left + q * bw + 3} y={y(p)} width={bw - 6} height={y(0) - y(p)} fill={q === firstHalf ? "#b91c1c" : "#1d5fd1"} fillOpacity={0.75} />
            <text x={PAD.left + q * bw + bw / 2} y={H - 12} fontSize="10" textAnchor="middle" fill="#475569">
              Q{q}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600">{description}</figcaption>
    </figure>
  );
}
