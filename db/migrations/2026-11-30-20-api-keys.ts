import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  // Organization-scoped keys for the REST API and the Greenhouse assessment-partner endpoints. Only
  // the SHA-256 of a key is kept (like every other token), plus its first characters so an owner can
  // tell keys apart; a copy of the database cannot be used to call the API.
  await db.schema
    .createTable("api_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("key_hash", "text", (c) => c.notNull().unique())
    .addColumn("key_prefix", "text", (c) => c.notNull())
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createIndex("api_keys_organization")
    .on("api_keys")
    .columns(["organization_id", "created_at"])
    .execute();
}
