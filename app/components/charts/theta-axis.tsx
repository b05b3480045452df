import { THETA_MAX, THETA_MIN } from "./scale";

/** The ticks TraitBar draws, labelled; 0 is the reference group's average. */
export const THETA_TICKS = [THETA_MIN, -1.5, 0, 1.5, THETA_MAX] as const;

const tickLabel = (t: number) => (t > 0 ? `+${t}` : t < 0 ? `−${-t}` : "0");

/** Tick numbers for a column of TraitBars, placed where the bars draw their tick marks. */
export function ThetaAxis() {
  return (
    <span
      className="relative block h-4 text-[0.7rem] font-normal normal-case tracking-normal text-slate-600"
      aria-hidden="true"
    >
      {THETA_TICKS.map((t) => {
        const left = ((t - THETA_MIN) / (THETA_MAX - THETA_MIN)) * 100;
        const align =
          t === THETA_MIN ? "translate-x-0" : t === THETA_MAX ? "-translate-x-full" : "-translate-x-1/2";
        return (
          <span key={t} className={`absolute top-0 ${align} tabular-nums`} style={{ left: `${left}%` }}>
            {tickLabel(t)}
          </span>
        );
      })}
    </span>
  );
}
