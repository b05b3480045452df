import { sql, type Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Hiring decisions and notes, the team map, and a compact per-attempt
// profile (11 × θ and SE) so ranking thousands of candidates does not parse full score documents.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable("attempt_scores").addColumn("profile", "text").execute();

  await db.schema
    .createTable("candidate_decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("invitation_id", "text", (c) =>
      c.notNull().references("candidate_invitations.id").onDelete("cascade"),
    )
    .addColumn("decision", "text", (c) => c.notNull().check(sql`decision in ('advance', 'hold', 'reject')`))
    .addColumn("decided_by_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_by_name", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("candidate_decisions_invitation_idx")
    .on("candidate_decisions")
    .columns(["invitation_id", "decided_at"])
    .execute();

  await db.schema
    .createTable("candidate_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("invitation_id", "text", (c) =>
      c.notNull().references("candidate_invitations.id").onDelete("cascade"),
    )
    .addColumn("author_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("candidate_notes_invitation_idx")
    .on("candidate_notes")
    .column("invitation_id")
    .execute();

  await db.schema
    .createTable("team_map_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("attempt_id", "text", (c) =>
      c.notNull().unique().references("attempts.id").onDelete("cascade"),
    )
    .addColumn("shared_at", "text", (c) => c.notNull())
    .addUniqueConstraint("team_map_org_user_unique", ["organization_id", "user_id"])
    .execute();
}
