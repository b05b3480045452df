// What happens to a posted answer. The attempt's state is its stored answers, so every rule here
// is a pure function of (answers so far, the post): replays are harmless, out-of-order posts are
// refused with a reason, and only the waiting question or the latest answer can be written.
import type { RawAnswer } from "~/domain/instrument";
import { parseAnswerValue, type GivenAnswer } from "./answers";
import { findItem, nextStep, type AttemptPlan, type NextStep } from "./sequence";

export interface AnswerPost {
  itemId: string;
  value: unknown;
  /** "next": answering the waiting question; "change": changing the most recent answer. */
  mode: "next" | "change";
}

export type AnswerDecision =
  | { kind: "insert"; itemId: string; raw: RawAnswer }
  | { kind: "update"; itemId: string; raw: RawAnswer }
  | { kind: "unchanged" }
  | { kind: "reject"; status: 400 | 409; message: string };

export interface AttemptState extends AttemptPlan {
  answers: readonly GivenAnswer[];
  completed: boolean;
  /** nextStep(state, answers) when the caller already has it (it is the costly part). */
  waiting?: NextStep;
}

export function decideAnswer(state: AttemptState, post: AnswerPost): AnswerDecision {
  if (state.completed) {
    return {
      kind: "reject",
      status: 409,
      message: "This assessment is already complete, so its answers can no longer change.",
    };
  }
  const item = findItem(state.version, post.itemId);
  if (!item) return { kind: "reject", status: 400, message: "That question is not part of this assessment." };
  const raw = parseAnswerValue(item, post.value);
  if (raw === null)
    return { kind: "reject", status: 400, message: "Please choose one of the answers shown." };

  const existing = state.answers.find((a) => a.itemId === post.itemId);
  if (post.mode === "change") {
    const last = state.answers.at(-1);
    if (!last || last.itemId !== post.itemId) {
      return {
        kind: "reject",
        status: 409,
        message: "Only your most recent answer can be changed. Here is where you are now.",
      };
    }
    return last.raw === raw ? { kind: "unchanged" } : { kind: "update", itemId: post.itemId, raw };
  }

  if (existing) {
    // A replayed post (a double click, a resent form) changes nothing; a different value for an
    // answered question came from a stale page, e.g. a second tab.
    if (existing.raw === raw) return { kind: "unchanged" };
    return {
      kind: "reject",
      status: 409,
      message:
        "That question was already answered, perhaps in another tab or window. Your saved answer was kept; here is the next question.",
    };
  }
  const step = state.waiting ?? nextStep(state, state.answers);
  if (step.done)
    return {
      kind: "reject",
      status: 409,
      message: "There are no more questions; your assessment is ready to finish.",
    };
  if (step.screen.item.id !== post.itemId) {
    return {
      kind: "reject",
      status: 409,
      message: "That question is not the one waiting for an answer. Here is the current question.",
    };
  }
  return { kind: "insert", itemId: post.itemId, raw };
}
