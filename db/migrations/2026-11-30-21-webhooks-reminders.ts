import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Signed webhooks (endpoints, one delivery per event and endpoint, one row per
// try for the delivery log), per-role deadlines and reminders, and what each invitation was sent.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("webhook_endpoints")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    // The signing secret (base64, without the "whsec_" prefix). Kept as is: signing needs it.
    .addColumn("secret", "text", (c) => c.notNull())
    // The event types it receives, as a JSON array.
    .addColumn("events", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("disabled_reason", "text")
    // Since when every try has failed (null after a success): the disabling rule counts from here.
    .addColumn("failing_since", "text")
    .addColumn("consecutive_failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhook_endpoints_org_idx")
    .on("webhook_endpoints")
    .column("organization_id")
    .execute();

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("endpoint_id", "text", (c) =>
      c.notNull().references("webhook_endpoints.id").onDelete("cascade"),
    )
    // The webhook-id header: the same on every retry and redelivery, so receivers can deduplicate.
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("event_type", "text", (c) => c.notNull())
    // The candidate (invitation id) the event is about, so erasure can find it.
    .addColumn("subject_id", "text")
    // The exact JSON body that is signed and sent (ids only, never names or emails).
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("last_attempt_at", "text")
    .addColumn("delivered_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_endpoint_idx")
    .on("webhook_deliveries")
    .columns(["endpoint_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_subject_idx")
    .on("webhook_deliveries")
    .columns(["organization_id", "subject_id"])
    .execute();

  await db.schema
    .createTable("webhook_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("delivery_id", "text", (c) =>
      c.notNull().references("webhook_deliveries.id").onDelete("cascade"),
    )
    .addColumn("status_code", "integer")
    .addColumn("error", "text")
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addColumn("attempted_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhook_attempts_delivery_idx")
    .on("webhook_attempts")
    .column("delivery_id")
    .execute();

  // Per role: how long an invitation link works, and after how many days (from the link being sent)
  // each of up to three reminders goes to a candidate who has not finished. JSON array of days.
  await db.schema
    .alterTable("roles")
    .addColumn("deadline_days", "integer", (c) => c.notNull().defaultTo(14))
    .execute();
  await db.schema
    .alterTable("roles")
    .addColumn("reminder_days", "text", (c) => c.notNull().defaultTo("[3,7]"))
    .execute();
  await db.schema
    .alterTable("candidate_invitations")
    .addColumn("reminders_sent", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("candidate_invitations").addColumn("last_reminder_at", "text").execute();
}
