import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Greenhouse's "PATCH – Mark Test as Completed": what an invitation made by
// Greenhouse's send_test needs to tell Greenhouse that the candidate has finished. Both columns live
// on the invitation, so erasing the invitation (by hand or by retention) removes them with it.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  // The `url` of the send_test request, to which the PATCH goes (null: not from Greenhouse, or no url).
  await db.schema.alterTable("candidate_invitations").addColumn("greenhouse_url", "text").execute();
  // The API key Greenhouse called send_test with, which the PATCH must carry as its Basic username.
  // Encrypted (AES-256-GCM under a key derived from the session secret), never in plain text: a copy
  // of the database alone still cannot be used to call the API.
  await db.schema.alterTable("candidate_invitations").addColumn("greenhouse_key", "text").execute();
}
