import { z } from "zod";
import { LOCALES } from "./locales";

export const localeSchema = z.enum(LOCALES);

/** The switcher's post: the language, the page to go back to (a path on this site), and the attempt. */
export const languageChoiceSchema = z.object({
  locale: localeSchema,
  returnTo: z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/, "a path on this site")
    .max(500)
    .catch("/"),
  attempt: z.string().max(200).optional(),
});
