import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. The traits an attempt reports (the role's required traits when it was
// started from an invitation; null for all of them). The multidimensional adaptive test stops once
// those are measured, so the set is fixed when the attempt starts: a later edit of the role cannot
// change the questions of an attempt under way. It also records the progress an attempt has shown,
// so the progress bar never moves backwards when the estimate of what is left grows.
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const real = dialect === "postgres" ? "double precision" : "real";
  await db.schema.alterTable("attempts").addColumn("reported_traits", "text").execute();
  await db.schema
    .alterTable("attempts")
    .addColumn("progress_shown", real, (c) => c.notNull().defaultTo(0))
    .execute();
}
