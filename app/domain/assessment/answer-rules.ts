import { EN_MESSAGES, type MessageKey } from "~/domain/i18n/messages/en";
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
  | { kind: "reject"; status: 400 | 409; reason: AnswerRefusal; message: string };

/** Why an answer was refused, as the message key the candidate reads it under (in their language). */
export type AnswerRefusal = Extract<MessageKey, `answer.${string}`>;

/** A refusal with its English words (the API and the logs read those). */
function refuse(status: 400 | 409, reason: AnswerRefusal): AnswerDecision {
  return { kind: "reject", status, reason, message: EN_MESSAGES[reason] };
}

export interface AttemptState extends AttemptPlan {
  answers: readonly GivenAnswer[];
  completed: boolean;
  /** nextStep(state, answers) when the caller already has it (it is the costly part). */
  waiting?: NextStep;
}

export function decideAnswer(state: AttemptState, post: AnswerPost): AnswerDecision {
  if (state.completed) {
    return refuse(409, "answer.complete");
  }
  const item = findItem(state.version, post.itemId);
  if (!item) return refuse(400, "answer.unknownItem");
  const raw = parseAnswerValue(item, post.value);
  if (raw === null) return refuse(400, "answer.choose");

  const existing = state.answers.find((a) => a.itemId === post.itemId);
  if (post.mode === "change") {
    const last = state.answers.at(-1);
    if (!last || last.itemId !== post.itemId) {
      return refuse(409, "answer.changeOnlyLast");
    }
    return last.raw === raw ? { kind: "unchanged" } : { kind: "update", itemId: post.itemId, raw };
  }

  if (existing) {
    // A replayed post (a double click, a resent form) changes nothing; a different value for an
    // answered question came from a stale page, e.g. a second tab.
    if (existing.raw === raw) return { kind: "unchanged" };
    return refuse(409, "answer.alreadyAnswered");
  }
  const step = state.waiting ?? nextStep(state, state.answers);
  if (step.done) return refuse(409, "answer.noMore");
  if (step.screen.item.id !== post.itemId) {
    return refuse(409, "answer.notWaiting");
  }
  return { kind: "insert", itemId: post.itemId, raw };
}
