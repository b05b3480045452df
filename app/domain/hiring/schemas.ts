import { z } from "zod";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import type { RoleTargets } from "~/domain/fit/types";
import { ALL_TASKS, TRAIT_IDS } from "~/domain/instrument";

// Form schemas of the hiring workspace, shared by the routes and the browser.

const title = z.string({ error: "Give the role a title." }).trim().min(1, "Give the role a title.").max(120, "Use at most 120 characters.");

export const roleFromTemplateSchema = z.object({
  intent: z.literal("template"),
  title,
  templateId: z.enum(ROLE_TEMPLATES.map((t) => t.id) as [string, ...string[]], { error: "Choose a starting template." }),
});

const rating = z.coerce.number({ error: "Rate from 0 to 4." }).int().min(0, "Rate from 0 to 4.").max(4, "Rate from 0 to 4.");

export const roleFromJobAnalysisSchema = z.object({
  intent: z.literal("job-analysis"),
  title,
  ratings: z.object(Object.fromEntries(ALL_TASKS.map((t) => [t.id, rating.default(0)]))),
});

const bound = z.coerce.number({ error: "Enter a number from −3 to 3." }).min(-3, "Use −3 or more.").max(3, "Use 3 or less.");
const weight = z.coerce.number({ error: "Enter a weight from 0 to 1." }).min(0, "Use 0 or more.").max(1, "Use 1 or less.");

/** Edited targets: per trait a band [low, high] on θ and a weight; the band must not be empty. */
export const roleTargetsSchema = z
  .object({
    title,
    targets: z.object(Object.fromEntries(TRAIT_IDS.map((t) => [t, z.object({ low: bound, high: bound, weight })]))),
  })
  .superRefine((v, ctx) => {
    for (const t of TRAIT_IDS) {
      const target = (v.targets as Record<string, { low: number; high: number }>)[t]!;
      if (target.low >= target.high) ctx.addIssue({ code: "custom", message: "The low end must be below the high end.", path: ["targets", t, "high"] });
    }
    if (TRAIT_IDS.every((t) => (v.targets as Record<string, { weight: number }>)[t]!.weight === 0)) {
      ctx.addIssue({ code: "custom", message: "Give at least one trait a weight above 0.", path: ["targets"] });
    }
  });

export function targetsFromForm(value: z.infer<typeof roleTargetsSchema>): RoleTargets {
  const targets = value.targets as Record<string, { low: number; high: number; weight: number }>;
  return Object.fromEntries(TRAIT_IDS.map((t) => [t, { band: [targets[t]!.low, targets[t]!.high] as const, weight: targets[t]!.weight }])) as unknown as RoleTargets;
}

const email = z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address." }));

export const inviteOneSchema = z.object({
  intent: z.literal("invite-one"),
  name: z.string({ error: "Enter the candidate's name." }).trim().min(1, "Enter the candidate's name.").max(100),
  email,
  send: z.enum(["email", "link"]).default("email"),
});

export const inviteListSchema = z.object({
  intent: z.literal("invite-list"),
  list: z.string().max(200_000, "The list is too long; split it into parts.").optional(),
  send: z.enum(["email", "link"]).default("email"),
});

export const decisionSchema = z.object({
  intent: z.literal("decide"),
  decision: z.enum(["advance", "hold", "reject"], { error: "Choose advance, hold or reject." }),
});

export const noteSchema = z.object({
  intent: z.literal("note"),
  body: z.string({ error: "Write a note first." }).trim().min(1, "Write a note first.").max(2000, "Keep notes under 2,000 characters."),
});

export const candidateFilterSchema = z.object({
  status: z.enum(["completed", "in-progress", "invited", "opened", "expired", "revoked", "all"]).catch("completed"),
  flags: z.enum(["any", "flagged", "clean"]).catch("any"),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
