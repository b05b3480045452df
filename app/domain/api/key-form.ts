import { z } from "zod";

// The forms of the API keys settings page.

export const createApiKeySchema = z.object({
  intent: z.literal("create"),
  name: z
    .string({ error: "Name the key after what uses it." })
    .trim()
    .min(1, "Name the key after what uses it.")
    .max(80, "Use at most 80 characters."),
  scope: z.enum(["read", "read-write"], { error: "Choose read or read-write." }),
});

export const revokeApiKeySchema = z.object({ intent: z.literal("revoke"), keyId: z.uuid() });

/** Everything the API keys page posts, one named intent each. */
export const apiKeysActionSchema = z.discriminatedUnion("intent", [createApiKeySchema, revokeApiKeySchema]);
