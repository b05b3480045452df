import { localeSchema } from "~/domain/i18n/schemas";
import { z } from "zod";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import type { RoleTargets, TraitTarget } from "~/domain/fit/types";
import { ALL_TASKS, TRAIT_IDS } from "~/domain/instrument";
import { DECISIONS } from "./candidate-status";

// Form schemas of the hiring workspace, shared by the routes and the browser.

const title = z
  .string({ error: "Give the role a title." })
  .trim()
  .min(1, "Give the role a title.")
  .max(120, "Use at most 120 characters.");

export const roleFromTemplateSchema = z.object({
  intent: z.literal("template"),
  title,
  templateId: z.enum(ROLE_TEMPLATES.map((t) => t.id) as [string, ...string[]], {
    error: "Choose a starting template.",
  }),
});

const rating = z.coerce
  .number({ error: "Rate from 0 to 4." })
  .int()
  .min(0, "Rate from 0 to 4.")
  .max(4, "Rate from 0 to 4.");

export const roleFromJobAnalysisSchema = z.object({
  intent: z.literal("job-analysis"),
  title,
  ratings: z.object(Object.fromEntries(ALL_TASKS.map((t) => [t.id, rating.default(0)]))),
});

const bound = z.coerce
  .number({ error: "Enter a number from −3 to 3." })
  .min(-3, "Use −3 or more.")
  .max(3, "Use 3 or less.");
const weight = z.coerce
  .number({ error: "Enter a weight from 0 to 1." })
  .min(0, "Use 0 or more.")
  .max(1, "Use 1 or less.");

const traitTargetForm = z.object({
  need: z.enum(["core", "useful", "not-required"], { error: "Choose core, useful or not required." }),
  min: bound.optional(),
  weight: weight.optional(),
  max: bound.optional(),
  maxReason: z.string().trim().max(300, "Keep the reason under 300 characters.").optional(),
});
type TraitTargetForm = z.infer<typeof traitTargetForm>;

/**
 * Edited targets: per trait what the role needs. A core or useful trait needs a threshold and a
 * weight above 0; a ceiling is allowed only with the reason why more of the trait hurts the job
 * (it is shown wherever the ceiling counts against someone); at least one trait must be core.
 */
export const roleTargetsSchema = z
  .object({
    title,
    targets: z.object(Object.fromEntries(TRAIT_IDS.map((t) => [t, traitTargetForm]))),
  })
  .superRefine((v, ctx) => {
    const all = v.targets as Record<string, TraitTargetForm>;
    for (const t of TRAIT_IDS) {
      const target = all[t]!;
      if (target.need === "not-required") continue;
      if (target.min === undefined)
        ctx.addIssue({
          code: "custom",
          message: "Give the threshold the role needs.",
          path: ["targets", t, "min"],
        });
      if (!(target.weight !== undefined && target.weight > 0))
        ctx.addIssue({
          code: "custom",
          message: "A needed trait counts with a weight above 0.",
          path: ["targets", t, "weight"],
        });
      if (target.max !== undefined) {
        if (target.min !== undefined && target.max <= target.min)
          ctx.addIssue({
            code: "custom",
            message: "The ceiling must be above the threshold.",
            path: ["targets", t, "max"],
          });
        if (!target.maxReason || target.maxReason.length < 10)
          ctx.addIssue({
            code: "custom",
            message: "Say why more of this trait hurts the job, or leave the ceiling empty.",
            path: ["targets", t, "maxReason"],
          });
      }
    }
    if (!TRAIT_IDS.some((t) => all[t]!.need === "core")) {
      ctx.addIssue({
        code: "custom",
        message: "Make at least one trait core: fit is the share of the core needs met.",
        path: ["targets"],
      });
    }
  });

export function targetsFromForm(value: z.infer<typeof roleTargetsSchema>): RoleTargets {
  const all = value.targets as Record<string, TraitTargetForm>;
  return Object.fromEntries(
    TRAIT_IDS.map((t): [string, TraitTarget] => {
      const f = all[t]!;
      if (f.need === "not-required") return [t, { need: "not-required", weight: 0 }];
      const ceiling =
        f.max !== undefined && f.maxReason ? { ceiling: { max: f.max, reason: f.maxReason } } : {};
      return [t, { need: f.need, min: f.min!, weight: f.weight!, ...ceiling }];
    }),
  ) as RoleTargets;
}

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }));

/** A candidate language an employer sets; empty means none (the role's, else the candidate's browser). */
const candidateLanguage = z
  .union([z.literal(""), localeSchema], { error: "Choose one of the languages offered." })
  .optional()
  .transform((value) => value || null);

/** The role's invitation language (edit page). */
export const roleLanguageSchema = z.object({ intent: z.literal("language"), locale: candidateLanguage });

export const inviteOneSchema = z.object({
  intent: z.literal("invite-one"),
  name: z
    .string({ error: "Enter the candidate's name." })
    .trim()
    .min(1, "Enter the candidate's name.")
    .max(100),
  email,
  send: z.enum(["email", "link"]).default("email"),
  locale: candidateLanguage,
});

export const inviteListSchema = z.object({
  intent: z.literal("invite-list"),
  list: z.string().max(200_000, "The list is too long; split it into parts.").optional(),
  file: z.file().optional(),
  send: z.enum(["email", "link"]).default("email"),
  locale: candidateLanguage,
});

/** Everything the invitation page posts: one candidate, or a pasted or uploaded list. */
export const inviteActionSchema = z.discriminatedUnion("intent", [inviteOneSchema, inviteListSchema]);

export const decisionSchema = z.object({
  intent: z.literal("decide"),
  decision: z.enum(DECISIONS, { error: "Choose advance, hold or reject." }),
  /** Send the candidate the status email for this decision. */
  email: z.literal("yes").optional(),
});

export const noteSchema = z.object({
  intent: z.literal("note"),
  body: z
    .string({ error: "Write a note first." })
    .trim()
    .min(1, "Write a note first.")
    .max(2000, "Keep notes under 2,000 characters."),
});

export const candidateFilterSchema = z.object({
  status: z
    .enum(["completed", "in-progress", "invited", "opened", "expired", "revoked", "all"])
    .catch("completed"),
  flags: z.enum(["any", "flagged", "clean"]).catch("any"),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** "team": the team order, for a role linked to a team (fit otherwise). */
  order: z.enum(["fit", "team"]).catch("fit"),
});
