// The waiting step of an attempt, as stored with it. The step follows from the answers (see
// sequence.ts) and choosing it is the costliest part of saving an answer, so the write that
// changes the answers also stores the step after them; showing the question then reads it back
// instead of estimating every trait again, in whichever process serves the page. A stored step
// names the attempt state it was computed for (the attempt's updated_at, which every answer write
// sets); any other state means it is stale, and the step is computed from the answers as before.
import { findItem, type NextStep, type Progress } from "./sequence";
import type { InstrumentVersion } from "~/domain/instrument";

export interface StoredStep {
  /** The attempt's updated_at when the step was computed. */
  for: string;
  done: boolean;
  /** The waiting screen (absent when done). */
  itemId?: string;
  salesFirst?: boolean;
  number?: number;
  progress: Progress;
}

/** The stored form of `step`, computed for the attempt state `stamp`. */
export function storeStep(step: NextStep, stamp: string): string {
  const stored: StoredStep = step.done
    ? { for: stamp, done: true, progress: step.progress }
    : {
        for: stamp,
        done: false,
        itemId: step.screen.item.id,
        salesFirst: step.screen.salesFirst,
        number: step.screen.number,
        progress: step.progress,
      };
  return JSON.stringify(stored);
}

/**
 * The step stored as `text` if it was computed for the attempt state `stamp` and still fits the
 * version; otherwise null (compute it from the answers).
 */
export function restoreStep(version: InstrumentVersion, text: string | null, stamp: string): NextStep | null {
  if (!text) return null;
  let stored: StoredStep;
  try {
    stored = JSON.parse(text) as StoredStep;
  } catch {
    return null;
  }
  if (stored.for !== stamp || !stored.progress) return null;
  if (stored.done) return { done: true, progress: stored.progress };
  const item = stored.itemId === undefined ? undefined : findItem(version, stored.itemId);
  if (!item || typeof stored.number !== "number") return null;
  return {
    done: false,
    screen: { item, salesFirst: stored.salesFirst ?? true, number: stored.number },
    progress: stored.progress,
  };
}
