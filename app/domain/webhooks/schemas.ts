import { z } from "zod";

/** The events an endpoint can choose, in the order the settings page lists them. */
export const WEBHOOK_EVENTS = [
  { type: "invitation.opened", label: "Invitation opened" },
  { type: "assessment.completed", label: "Assessment completed" },
  { type: "decision.recorded", label: "Decision recorded" },
  { type: "candidate.erased", label: "Candidate erased" },
] as const;

const WEBHOOK_EVENT_TYPES = WEBHOOK_EVENTS.map((e) => e.type) as [WebhookEventType, ...WebhookEventType[]];
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]["type"];

/** The "add an endpoint" form. Whether the address may be used is checked on the server (checkOutgoingUrl). */
export const webhookEndpointSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the address that receives the events.")
    .max(2000, "That address is too long."),
  description: z.string().trim().max(100, "At most 100 characters.").default(""),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, "Choose at least one event."),
});
