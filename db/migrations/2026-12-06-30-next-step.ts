import type { Kysely } from "kysely";

// Frozen once released. The waiting step of an attempt, stored by the write that changed its
// answers (app/domain/assessment/stored-step.ts): JSON naming the attempt state it was computed
// for; null, or a stamp that no longer matches, means "compute it from the answers".
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("attempts").addColumn("next_step", "text").execute();
}
