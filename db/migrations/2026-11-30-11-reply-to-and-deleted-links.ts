import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  // Candidate invitations carry a Reply-To (the organization's contact); the dev outbox keeps it so a
  // local install shows where a candidate's reply would go.
  await db.schema.alterTable("outbox_messages").addColumn("reply_to", "text").execute();
  // The SHA-256 of each deleted assessment or invitation link, nothing else: a link opened after its
  // data was deleted can say so instead of "not valid". A hash of a random token names no one.
  await db.schema
    .createTable("deleted_links")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("deleted_at", "text", (c) => c.notNull())
    .execute();
}
