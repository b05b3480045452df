import { z } from "zod";
import { AGE_BAND_OPTIONS, RACE_ETHNICITY_OPTIONS, SEX_OPTIONS } from "./self-id";

// Form schemas of the candidate flow. Kept apart from the option lists in self-id.ts so that
// candidate pages do not ship zod to the browser (they validate on the server only).

const optional = <T extends readonly { value: string }[]>(options: T) =>
  z
    .enum(options.map((o) => o.value) as [string, ...string[]], { error: "Choose one of the options." })
    .optional();

export const selfIdSchema = z.object({
  sex: optional(SEX_OPTIONS),
  raceEthnicity: optional(RACE_ETHNICITY_OPTIONS),
  ageBand: optional(AGE_BAND_OPTIONS),
});
export type SelfId = z.infer<typeof selfIdSchema>;

export const startSchema = z.object({
  consent: z.literal("yes", { error: "Please confirm that you have read how your answers are used." }),
  form: z.enum(["adaptive", "short"]).default("adaptive"),
});

export const answerSchema = z.object({
  intent: z.literal("answer"),
  itemId: z.string().max(40),
  value: z.string({ error: "Please choose an answer." }).max(100),
  mode: z.enum(["next", "change"]).default("next"),
});

/** Everything a questionnaire page posts, one named intent each. */
export const attemptActionSchema = z.discriminatedUnion("intent", [
  selfIdSchema.extend({ intent: z.literal("self-id") }),
  z.object({ intent: z.literal("skip-self-id") }),
  z.object({ intent: z.literal("finish") }),
  answerSchema,
]);
