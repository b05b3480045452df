// What the browser needs to show one screen: the words and the answer choices, nothing more (the
// item parameters and the rest of the bank stay on the server).
import { translator, type Locale, type MessageKey } from "~/domain/i18n";
import { LIKERT_LABELS, type InstrumentVersion, type Item, type RawAnswer } from "~/domain/instrument";
import { localizeItem } from "~/domain/instrument/translations";
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

/**
 * One screen in the attempt's language: the item's words from its version's translations (English
 * when the version has none), the prompts and answer labels from the messages.
 */
export function screenView(
  screen: Screen,
  selected: RawAnswer | null = null,
  language: { locale: Locale; version?: Pick<InstrumentVersion, "translations"> } = { locale: "en" },
): ScreenView {
  const { locale } = language;
  const t = translator(locale);
  const item =
    locale === "en" ? screen.item : localizeItem(screen.item, language.version?.translations?.[locale]);
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
        prompt: t("question.likertPrompt"),
        text: item.text,
        options: LIKERT_LABELS.map((_, i) => ({ value: String(i), label: t(`likert.${i}` as MessageKey) })),
      };
    case "forced-choice": {
      const options = item.options.map((o) => ({ value: o.side, label: o.text }));
      return {
        ...base,
        prompt: t("question.pairPrompt"),
        text: null,
        options: screen.salesFirst ? options : options.reverse(),
      };
    }
    case "situational":
      return {
        ...base,
        prompt: t("question.scenarioPrompt"),
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
