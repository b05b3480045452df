import { sql, type Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Instrument versions, roles, candidate invitations, attempts, answers,
// scores and voluntary self-identification (kept in its own table, apart from answers).
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const real = dialect === "postgres" ? "double precision" : "real";

  await db.schema.alterTable("organizations").addColumn("candidate_contact", "text").execute();
  await db.schema
    .alterTable("organizations")
    .addColumn("show_reports_to_candidates", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("instrument_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("calibration_status", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("roles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("template_id", "text")
    .addColumn("source", "text", (c) =>
      c.notNull().check(sql`source in ('template', 'job-analysis', 'custom')`),
    )
    .addColumn("targets", "text", (c) => c.notNull())
    .addColumn("job_analysis", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("active")
        .check(sql`status in ('active', 'archived')`),
    )
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("roles_org_idx").on("roles").columns(["organization_id", "status"]).execute();

  await db.schema
    .createTable("candidate_invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("role_id", "text", (c) => c.notNull().references("roles.id").onDelete("cascade"))
    .addColumn("candidate_name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_sent_at", "text")
    .addColumn("send_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("opened_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createIndex("candidate_invitations_role_idx")
    .on("candidate_invitations")
    .columns(["organization_id", "role_id"])
    .execute();

  await db.schema
    .createTable("attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('self', 'invited')`))
    .addColumn("organization_id", "text", (c) => c.references("organizations.id").onDelete("cascade"))
    .addColumn("invitation_id", "text", (c) =>
      c.unique().references("candidate_invitations.id").onDelete("cascade"),
    )
    .addColumn("instrument_version_id", "text", (c) => c.notNull().references("instrument_versions.id"))
    .addColumn("form", "text", (c) => c.notNull().check(sql`form in ('adaptive', 'short')`))
    .addColumn("seed", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('in_progress', 'completed')`))
    .addColumn("self_id_step_done", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("consented_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("last_answer_at", "text")
    .addColumn("completed_at", "text")
    .execute();
  await db.schema
    .createIndex("attempts_org_idx")
    .on("attempts")
    .columns(["organization_id", "status"])
    .execute();

  await db.schema
    .createTable("answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("attempt_id", "text", (c) => c.notNull().references("attempts.id").onDelete("cascade"))
    .addColumn("item_id", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("response_ms", "integer")
    .addColumn("answered_at", "text", (c) => c.notNull())
    .addUniqueConstraint("answers_attempt_item_unique", ["attempt_id", "item_id"])
    .addUniqueConstraint("answers_attempt_position_unique", ["attempt_id", "position"])
    .execute();

  await db.schema
    .createTable("attempt_scores")
    .addColumn("attempt_id", "text", (c) => c.primaryKey().references("attempts.id").onDelete("cascade"))
    .addColumn("instrument_version_id", "text", (c) => c.notNull().references("instrument_versions.id"))
    .addColumn("scores", "text", (c) => c.notNull())
    .addColumn("sales_orientation", real, (c) => c.notNull())
    .addColumn("marketing_orientation", real, (c) => c.notNull())
    .addColumn("quality_flag_count", "integer", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("self_identifications")
    .addColumn("attempt_id", "text", (c) => c.primaryKey().references("attempts.id").onDelete("cascade"))
    .addColumn("sex", "text")
    .addColumn("race_ethnicity", "text")
    .addColumn("age_band", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}
