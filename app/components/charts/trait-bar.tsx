import { TARGET_COLOR } from "./palette";
import { thetaTo } from "./scale";
import { THETA_TICKS } from "./theta-axis";

/**
 * One trait on the θ scale: the 80% interval as a band, the estimate as a dot, and optionally a
 * target band behind them. Decorative: the row that contains it states the same in words.
 */
export function TraitBar({
  theta,
  low,
  high,
  target,
  color = "#1d5fd1",
}: {
  theta?: number;
  low?: number;
  high?: number;
  target?: readonly [number, number];
  color?: string;
}) {
  const width = 240;
  const h = 20;
  const x = thetaTo(width);
  return (
    <svg viewBox={`0 0 ${width} ${h}`} className="h-5 w-full" aria-hidden="true" preserveAspectRatio="none">
      <rect x={0} y={h / 2 - 1} width={width} height={2} fill="#e2e8f0" />
      {THETA_TICKS.map((t) => (
        <rect key={t} x={Math.min(width - 1, x(t))} y={h / 2 - 4} width={1} height={8} fill="#cbd5e1" />
      ))}
      {target ? (
        <rect
          x={x(target[0])}
          y={2}
          width={Math.max(2, x(target[1]) - x(target[0]))}
          height={h - 4}
          fill={TARGET_COLOR}
          fillOpacity={0.15}
          stroke={TARGET_COLOR}
          strokeOpacity={0.5}
        />
      ) : null}
      {low !== undefined && high !== undefined ? (
        <rect
          x={x(low)}
          y={h / 2 - 4}
          width={Math.max(2, x(high) - x(low))}
          height={8}
          rx={4}
          fill={color}
          fillOpacity={0.3}
        />
      ) : null}
      {theta !== undefined ? <circle cx={x(theta)} cy={h / 2} r={5} fill={color} /> : null}
    </svg>
  );
}
