import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. The audit log of access to candidate data, and the retention setting.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable("organizations").addColumn("retention_days", "integer").execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("actor_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    // Kept as text so the log still says who acted after they leave the organization.
    .addColumn("actor_name", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text", (c) => c.notNull())
    // Ids only, never names or answers: an erased candidate leaves no personal data here.
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("details", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_events_org_time_idx")
    .on("audit_events")
    .columns(["organization_id", "created_at"])
    .execute();
}
