import { sql, type Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Org-design scenarios, people placed in their seats, and rounds of the
// sales–marketing relationship diagnostic with their anonymous responses.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("org_scenarios")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("profile", "text", (c) => c.notNull())
    .addColumn("weights", "text", (c) => c.notNull())
    .addColumn("structure_id", "text", (c) => c.notNull())
    .addColumn("quarters", "integer", (c) => c.notNull())
    .addColumn("chart_quarter", "integer", (c) => c.notNull())
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("org_scenarios_org_idx")
    .on("org_scenarios")
    .column("organization_id")
    .execute();

  await db.schema
    .createTable("org_seat_assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("scenario_id", "text", (c) => c.notNull().references("org_scenarios.id").onDelete("cascade"))
    .addColumn("seat_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("assigned_at", "text", (c) => c.notNull())
    .addUniqueConstraint("org_seat_assignments_person_unique", ["scenario_id", "user_id"])
    .execute();

  await db.schema
    .createTable("diagnostic_rounds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .execute();

  await db.schema
    .createTable("diagnostic_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("round_id", "text", (c) => c.notNull().references("diagnostic_rounds.id").onDelete("cascade"))
    .addColumn("team", "text", (c) => c.notNull().check(sql`team in ('sales', 'marketing')`))
    .addColumn("ratings", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("diagnostic_responses_round_idx")
    .on("diagnostic_responses")
    .column("round_id")
    .execute();
}
