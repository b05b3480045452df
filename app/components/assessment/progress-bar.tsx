import type { ProgressView } from "~/domain/assessment/screen-view";

export function ProgressBar({ progress }: { progress: ProgressView }) {
  return (
    <div className="mb-6">
      <div className="mb-1 flex justify-between text-sm text-slate-700">
        <span>{progress.percent}% done</span>
        <span>
          About {progress.minutesLeft} {progress.minutesLeft === 1 ? "minute" : "minutes"} left
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Progress through the questionnaire"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent}% done, about ${progress.minutesLeft} minutes left`}
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
