import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import type { z } from "zod";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

// Breached and guessable passwords, judged by zxcvbn-ts: its dictionaries hold the most common
// passwords of public breach corpora plus names and words, and its matcher sees through the usual
// disguises (l33t, capitals, years and digits appended, keyboard walks), so "P@ssw0rd!!" or
// "Welcome2024" fail although no list holds them verbatim. Server-only: the dictionaries are
// megabytes, so the browser checks only length (password-rules.ts) and the server says the rest.

/** zxcvbn's score 3: about 10^8 guesses or more, safe against online guessing with throttling. */
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
const checker = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

/** A plain message when the password is too easy to guess, else null. `related` are the person's own words (email, name). */
export function guessablePasswordProblem(password: string, related: readonly string[] = []): string | null {
  const inputs = related
    .flatMap((r) => {
      const lower = r.toLowerCase();
      const local = lower.split("@")[0]!;
      return [
        lower,
        local,
        local.replace(/[^a-z0-9]/g, ""),
        lower.replace(/[^a-z0-9]/g, ""),
        ...lower.split(/[^a-z0-9]+/),
      ];
    })
    .filter((w) => w.length >= 3);
  const result = checker().check(password.slice(0, 100), inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.$/, "")}. ` : "";
  return `${why}This password would be easy to guess. Try three or four unrelated words.`;
}

/**
 * The server's version of a form schema that sets a password: the shared schema plus the
 * guessability check, reported on the password field like any other field error.
 */
export function withGuessablePasswordCheck<T extends { password: string }>(
  schema: z.ZodType<T>,
  related: (value: T) => string[] = () => [],
) {
  return schema.superRefine((value, ctx) => {
    const problem = guessablePasswordProblem(value.password, related(value));
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["password"] });
  });
}
