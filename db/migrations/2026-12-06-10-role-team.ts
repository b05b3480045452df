import type { Kysely } from "kysely";

// Frozen once released. The team a role joins, for team-gap hiring (app/domain/hiring/team-link.ts):
// null for none, else JSON naming the team map or an org scenario's seat (the unit under it).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("roles").addColumn("team_link", "text").execute();
}
