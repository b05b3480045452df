/** A fit score with its 80% interval on a 0–100 track; the words carry the same numbers. */
export function FitRange({ fit, low, high }: { fit: number; low: number; high: number }) {
  return (
    <div className="flex items-center gap-2 sm:min-w-40">
      <svg
        viewBox="0 0 100 12"
        className="h-3 w-12 shrink-0 sm:w-24"
        aria-hidden="true"
        preserveAspectRatio="none"
      >
        <rect x={0} y={5} width={100} height={2} fill="#e2e8f0" />
        <rect
          x={low}
          y={2}
          width={Math.max(1.5, high - low)}
          height={8}
          rx={3}
          fill="#1d5fd1"
          fillOpacity={0.3}
        />
        <rect x={Math.max(0, Math.min(98.5, fit - 0.75))} y={0} width={1.5} height={12} fill="#174ca8" />
      </svg>
      <span className="text-sm tabular-nums text-slate-800">
        {Math.round(fit)}{" "}
        <span className="text-xs text-slate-600">
          ({Math.round(low)}–{Math.round(high)})
        </span>
      </span>
    </div>
  );
}
