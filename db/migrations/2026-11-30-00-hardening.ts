import { sql, type Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. The durable job queue (mail first; webhooks and reminders later), mail
// owned by an organization, pending sign-ups, and rate-limit counters shared by every process.
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    // JSON. Emptied ("{}") once the job is done, so a delivered email's text does not linger.
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("organization_id", "text", (c) => c.references("organizations.id").onDelete("cascade"))
    // The person the job is about (an email address), so erasure can find it.
    .addColumn("recipient", "text")
    // What the job belongs to, e.g. "candidate-invitation:<id>", to show its delivery state.
    .addColumn("reference", "text")
    .addColumn("idempotency_key", "text", (c) => c.unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("jobs_due_idx").on("jobs").columns(["status", "run_at"]).execute();
  await db.schema.createIndex("jobs_reference_idx").on("jobs").column("reference").execute();
  await db.schema
    .createIndex("jobs_recipient_idx")
    .on("jobs")
    .columns(["organization_id", "recipient"])
    .execute();

  // Outbox rows belong to the organization whose mail they are (null: account mail such as resets).
  await db.schema
    .alterTable("outbox_messages")
    .addColumn("organization_id", "text", (c) => c.references("organizations.id").onDelete("cascade"))
    .execute();

  // A sign-up waits here until its address is confirmed; the token is stored hashed.
  await db.schema
    .createTable("pending_signups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("organization_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // Failed logins are now counted by the shared rate limiter.
  await db.schema.dropTable("login_failures").execute();

  // On PostgreSQL the counters live in the main database, unlogged: they need no crash safety and
  // every limited request writes one. (SQLite keeps them in a separate, unsynchronised file.)
  if (dialect === "postgres") {
    await sql`create unlogged table rate_limit_counters (key text primary key, window_start bigint not null, hits integer not null)`.execute(
      db,
    );
  }

  // A member who left an organization no longer appears on its team map.
  await db
    .deleteFrom("team_map_entries")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("memberships")
            .select("memberships.id")
            .whereRef("memberships.organization_id", "=", "team_map_entries.organization_id")
            .whereRef("memberships.user_id", "=", "team_map_entries.user_id"),
        ),
      ),
    )
    .execute();
}
