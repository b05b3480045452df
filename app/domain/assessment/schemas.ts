import { z } from "zod";
import { selfIdSchema } from "./self-id";

// Form schemas of the candidate flow, shared by the routes and the browser.

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

export const selfIdStepSchema = z.discriminatedUnion("intent", [
  selfIdSchema.extend({ intent: z.literal("self-id") }),
  z.object({ intent: z.literal("skip-self-id") }),
]);
