import { sql, type Kysely } from "kysely";

// Frozen once released. Languages of the candidate flow (app/domain/i18n/locales.ts): the language
// an attempt was answered in ('en' for every attempt before there was a choice), and the language
// an employer sets for a role's invitations and, overriding it, for one invitation (null: the
// candidate's browser decides).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("attempts")
    .addColumn("locale", "text", (c) => c.notNull().defaultTo(sql.lit("en")))
    .execute();
  await db.schema.alterTable("roles").addColumn("candidate_locale", "text").execute();
  await db.schema.alterTable("candidate_invitations").addColumn("locale", "text").execute();
}
