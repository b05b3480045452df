// How answers look once stored, and how a posted form value becomes one. Values travel as text
// ("3", "sales", "sj-04-b") so one column holds every item format.
import { LIKERT_LABELS, type Item, type RawAnswer } from "~/domain/instrument";

export interface GivenAnswer {
  itemId: string;
  raw: RawAnswer;
  /** Milliseconds between this screen being served and answered, when known. */
  responseMs: number | null;
}

/** The raw answer a posted value stands for, or null when the item cannot have that answer. */
export function parseAnswerValue(item: Item, value: unknown): RawAnswer | null {
  if (typeof value !== "string") return null;
  switch (item.format) {
    case "likert":
    case "infrequency":
      return /^[0-4]$/.test(value) ? Number(value) : null;
    case "forced-choice":
      return value === "sales" || value === "marketing" ? value : null;
    case "situational":
      return item.options.some((o) => o.id === value) ? value : null;
  }
}

export const answerToText = (raw: RawAnswer): string => String(raw);

/**
 * The words a stored answer stands for, as the person saw them: "Agree" rather than 3, the chosen
 * statement of a pair, the chosen reply to a scenario. Null when the item cannot have that answer.
 */
export function answerLabel(item: Item, value: string): string | null {
  const raw = parseAnswerValue(item, value);
  if (raw === null) return null;
  switch (item.format) {
    case "likert":
    case "infrequency":
      return LIKERT_LABELS[raw as number] ?? null;
    case "forced-choice":
      return item.options.find((o) => o.side === raw)?.text ?? null;
    case "situational":
      return item.options.find((o) => o.id === raw)?.text ?? null;
  }
}
