import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Candidate invitations carry a Reply-To (the organization's contact), and the
// dev outbox keeps it so a local install shows where a candidate's reply would go.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable("outbox_messages").addColumn("reply_to", "text").execute();
}
