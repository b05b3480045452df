import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Candidate status emails (advance, hold, reject) with per-organization
// templates, the organization's logo shown in them, and the HTML part of mail in the dev outbox.
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const bytes = dialect === "postgres" ? "bytea" : "blob";
  // One logo per organization (PNG or JPEG, at most 200 KB), deleted with the organization. Its id
  // is random and new on every upload, so the public URL names nothing and can be cached for ever.
  await db.schema
    .createTable("organization_logos")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().unique().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("bytes", bytes, (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // An organization's own wording of a status email; without a row the built-in default is used.
  await db.schema
    .createTable("decision_email_templates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("decision_email_templates_org_kind", ["organization_id", "kind"])
    .execute();

  await db.schema.alterTable("outbox_messages").addColumn("html_body", "text").execute();
}
