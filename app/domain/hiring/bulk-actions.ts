import { z } from "zod";
import type { Decision } from "./candidate-status";

// Bulk actions on a role's ranked list: the candidates ticked (or every one shown on the page), one
// action, and a summary of what happened to whom. The same selection rules serve the export.

/** The most candidates one bulk action takes: 8 pages of the list, and a request that stays small. */
export const BULK_LIMIT = 200;

export const BULK_ACTIONS = ["advance", "hold", "reject", "withdraw", "remind"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** Actions that cannot be taken back by another click, so the list asks once more before them. */
export const CONFIRMED_ACTIONS: readonly BulkAction[] = ["reject", "withdraw"];

const ids = z
  .array(z.uuid({ error: "One of the selected candidates is not valid; reload the page." }))
  .max(BULK_LIMIT, `Select at most ${BULK_LIMIT} candidates at once.`);

const selection = {
  /** Ticked candidates. */
  c: ids.default([]),
  /** "Select all on this page" without JavaScript: every id in `shown` counts as ticked. */
  all: z.literal("page").optional(),
  shown: ids.default([]),
};

function selectedIds(v: { c: string[]; all?: "page"; shown: string[] }, ctx: z.RefinementCtx): string[] {
  const chosen = [...new Set([...v.c, ...(v.all ? v.shown : [])])];
  if (chosen.length > BULK_LIMIT)
    ctx.addIssue({ code: "custom", message: `Select at most ${BULK_LIMIT} candidates at once.` });
  return chosen;
}

export const bulkActionSchema = z
  .object({
    ...selection,
    action: z.enum(BULK_ACTIONS, { error: "Choose what to do with the selected candidates." }),
    /** Send the decision's status email to each candidate decided on. */
    email: z.literal("yes").optional(),
    /** Set by the confirmation step of reject and withdraw. */
    confirmed: z.literal("yes").optional(),
    /** A random id of the rendered form: a second submit of the same form sends no second reminder. */
    run: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "The form is out of date; reload the page."),
  })
  .transform((v, ctx) => {
    const chosen = selectedIds(v, ctx);
    if (chosen.length === 0) ctx.addIssue({ code: "custom", message: "Select at least one candidate." });
    return {
      ids: chosen,
      action: v.action,
      email: v.email === "yes",
      confirmed: v.confirmed === "yes",
      run: v.run,
    };
  });
export type BulkActionInput = z.output<typeof bulkActionSchema>;

/** The export's query: the selected candidates (none selected: the whole role) as CSV or JSON. */
export const roleExportSchema = z
  .object({ ...selection, format: z.enum(["csv", "json"]).catch("csv") })
  .transform((v, ctx) => ({ ids: selectedIds(v, ctx), format: v.format }));

/** Query parameters (the export's URL) as the object the schemas read (repeated names become lists); the bulk form itself is read by Conform. */
export function bulkFields(entries: FormData | URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries.entries()) if (typeof value === "string") out[key] = value;
  out.c = entries.getAll("c").filter((v) => typeof v === "string");
  out.shown = entries.getAll("shown").filter((v) => typeof v === "string");
  return out;
}

export type SkipReason =
  | "not-finished"
  | "same-decision"
  | "finished"
  | "withdrawn"
  | "expired"
  | "not-emailed"
  | "already-reminded";

/** What the bulk rules need to know of one selected candidate. */
export interface BulkCandidate {
  finished: boolean;
  withdrawn: boolean;
  expired: boolean;
  /** RoleFit emailed their link and still holds it (in a queued invitation or reminder). */
  linkEmailed: boolean;
  currentDecision: Decision | null;
  /** This same submission of the form already reminded them (a second submit). */
  remindedByThisRun: boolean;
}

/**
 * Why a bulk action leaves a candidate alone, or null when it acts. Decisions are for candidates who
 * finished, and deciding the same again adds nothing (so a second submit emails no one twice);
 * withdrawing is for unfinished invitations; a reminder goes only with a live link RoleFit emailed.
 */
export function bulkSkipReason(action: BulkAction, c: BulkCandidate): SkipReason | null {
  if (action === "advance" || action === "hold" || action === "reject") {
    if (!c.finished) return "not-finished";
    return c.currentDecision === action ? "same-decision" : null;
  }
  if (c.finished) return "finished";
  if (c.withdrawn) return "withdrawn";
  if (action === "withdraw") return null;
  if (c.expired) return "expired";
  if (!c.linkEmailed) return "not-emailed";
  return c.remindedByThisRun ? "already-reminded" : null;
}

const SKIP_TEXT: Record<SkipReason, string> = {
  "not-finished": "who have not finished",
  "same-decision": "who already had that decision",
  finished: "who have finished",
  withdrawn: "whose invitation is withdrawn",
  expired: "whose link has expired",
  "not-emailed": "whose link RoleFit never emailed or no longer holds (send a new link from their page)",
  "already-reminded": "already reminded by this same action",
};

export interface BulkResult {
  action: BulkAction;
  /** Candidates acted on. */
  done: string[];
  skipped: Partial<Record<SkipReason, string[]>>;
  /** Status emails queued with the decisions. */
  emailed: number;
}

const people = (n: number, noun = "candidate") => `${n} ${noun}${n === 1 ? "" : "s"}`;

const DECISION_VERB: Record<Decision, string> = {
  advance: "Advanced",
  hold: "Put on hold",
  reject: "Rejected",
};

/** One or two sentences for the manager: "Rejected 5 candidates. Skipped 2 who have not finished." */
export function bulkSummary(result: BulkResult): string {
  const n = result.done.length;
  let first: string;
  if (result.action === "withdraw")
    first = n ? `Withdrew ${people(n, "invitation")}.` : "No invitations were withdrawn.";
  else if (result.action === "remind")
    first = n ? `Emailed a reminder to ${people(n)}.` : "No reminders were sent.";
  else if (n === 0) first = "No decisions were recorded.";
  else if (result.action === "hold") first = `Put ${people(n)} on hold`;
  else first = `${DECISION_VERB[result.action]} ${people(n)}`;
  if (result.action !== "withdraw" && result.action !== "remind" && n > 0)
    first += result.emailed ? ` and emailed ${result.emailed === 1 ? "them" : "each of them"}.` : ".";
  const skipped = (Object.keys(SKIP_TEXT) as SkipReason[])
    .filter((reason) => (result.skipped[reason]?.length ?? 0) > 0)
    .map((reason) => `${result.skipped[reason]!.length} ${SKIP_TEXT[reason]}`);
  if (!skipped.length) return first;
  const last = skipped.pop()!;
  return `${first} Skipped ${skipped.length ? `${skipped.join(", ")} and ${last}` : last}.`;
}
