import { sql, type Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Job outcomes recorded for hired candidates, for the local validation study:
// one value per candidate and measure (a standard one or a custom name), replaced when re-recorded.
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const real = dialect === "postgres" ? "double precision" : "real";
  await db.schema
    .createTable("candidate_outcomes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("invitation_id", "text", (c) =>
      c.notNull().references("candidate_invitations.id").onDelete("cascade"),
    )
    // "rating-6m", "rating-12m", "quota-pct", "retained-12m", or "custom:<name>".
    .addColumn("measure", "text", (c) => c.notNull().check(sql`length(measure) between 1 and 80`))
    .addColumn("value", real, (c) => c.notNull())
    .addColumn("recorded_by_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("recorded_by_name", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addUniqueConstraint("candidate_outcomes_invitation_measure_unique", ["invitation_id", "measure"])
    .execute();
  await db.schema
    .createIndex("candidate_outcomes_org_idx")
    .on("candidate_outcomes")
    .columns(["organization_id", "invitation_id"])
    .execute();
}
