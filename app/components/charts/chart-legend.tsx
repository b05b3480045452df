import { useT } from "~/components/i18n";
import { SIDE_COLORS, TARGET_COLOR } from "./palette";

/**
 * What the colours and marks of the trait bars mean. Colour is never the only carrier (each row is
 * named and its numbers written out), but a reader should not have to guess it either.
 */
export function ChartLegend({
  sides = true,
  target = false,
  estimate = true,
}: {
  sides?: boolean;
  target?: boolean;
  estimate?: boolean;
}) {
  const t = useT();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={t("legend.label")}>
      {sides
        ? (["sales", "marketing", "bridge"] as const).map((side) => (
            <li key={side} className="flex items-center gap-1.5">
              <svg width="12" height="12" aria-hidden="true">
                <circle cx="6" cy="6" r="5" fill={SIDE_COLORS[side]} />
              </svg>
              {t(`legend.${side}`)}
            </li>
          ))
        : null}
      {estimate ? (
        <li className="flex items-center gap-1.5">
          <svg width="28" height="12" aria-hidden="true">
            <rect x="1" y="3" width="26" height="6" rx="3" fill="#64748b" fillOpacity="0.3" />
            <circle cx="14" cy="6" r="4" fill="#64748b" />
          </svg>
          {t("legend.estimate")}
        </li>
      ) : null}
      {target ? (
        <li className="flex items-center gap-1.5">
          <svg width="20" height="12" aria-hidden="true">
            <rect
              x="1"
              y="1"
              width="18"
              height="10"
              fill={TARGET_COLOR}
              fillOpacity="0.15"
              stroke={TARGET_COLOR}
              strokeOpacity="0.5"
            />
          </svg>
          {t("legend.target")}
        </li>
      ) : null}
    </ul>
  );
}
