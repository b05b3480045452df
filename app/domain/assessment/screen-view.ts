// What the browser needs to show one screen: the words and the answer choices, nothing more (the
// item parameters and the rest of the bank stay on the server).
import { LIKERT_LABELS, type Item, type RawAnswer } from "~/domain/instrument";
import type { Progress, Screen } from "./sequence";

export interface ScreenView {
  itemId: string;
  format: Item["format"];
  /** The question above the choices. */
  prompt: string;
  /** A statement to rate (Likert, check statements) or a scenario; null for pairs. */
  text: string | null;
  options: Array<{ value: string; label: string }>;
  number: number;
  /** The current answer when changing a previous one. */
  selected: string | null;
}

export function screenView(screen: Screen, selected: RawAnswer | null = null): ScreenView {
  const { item } = screen;
  const base = {
    itemId: item.id,
    format: item.format,
    number: screen.number,
    selected: selected === null ? null : String(selected),
  };
  switch (item.format) {
    case "likert":
    case "infrequency":
      return {
        ...base,
        prompt: "How well does this describe you at work?",
        text: item.text,
        options: LIKERT_LABELS.map((label, i) => ({ value: String(i), label })),
      };
    case "forced-choice": {
      const options = item.options.map((o) => ({ value: o.side, label: o.text }));
      return {
        ...base,
        prompt: "Which is more like you? Pick the closer one, even if both fit.",
        text: null,
        options: screen.salesFirst ? options : options.reverse(),
      };
    }
    case "situational":
      return {
        ...base,
        prompt: "What would you most likely do?",
        text: item.text,
        options: item.options.map((o) => ({ value: o.id, label: o.text })),
      };
  }
}

export interface ProgressView {
  percent: number;
  answered: number;
  minutesLeft: number;
}

export function progressView(progress: Progress): ProgressView {
  return {
    percent: Math.round(progress.fraction * 100),
    answered: progress.answered,
    minutesLeft: Math.max(1, Math.ceil(progress.secondsLeft / 60)),
  };
}
