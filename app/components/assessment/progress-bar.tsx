import { useT } from "~/components/i18n";
import type { ProgressView } from "~/domain/assessment/screen-view";

export function ProgressBar({ progress }: { progress: ProgressView }) {
  const t = useT();
  return (
    <div className="mb-6">
      <div className="mb-1 flex justify-between text-sm text-slate-700">
        <span>{t("progress.done", { percent: progress.percent })}</span>
        <span>{t("progress.left", { minutes: progress.minutesLeft })}</span>
      </div>
      <div
        role="progressbar"
        aria-label={t("progress.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={t("progress.valueText", { percent: progress.percent, minutes: progress.minutesLeft })}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
          style={{ width: `${progress.percent}%` }}
        />
      </div>
    </div>
  );
}
