import type { AppLoadContext } from "@remix-run/node";
import { translator, type Locale } from "~/domain/i18n";
import { candidateRefusal } from "./locale.server.ts";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "#db/schema.ts";
import { hashToken, looksLikeToken, nowIso } from "./ids.server.ts";

/**
 * Remembers that links were deleted, by the SHA-256 of their token only, so opening one later says
 * the data was deleted rather than "check that you copied the whole link". Nothing here names the
 * person: without the link itself a hash cannot be tied to anyone.
 */
export async function rememberDeletedLinks(
  db: Kysely<Database> | Transaction<Database>,
  tokenHashes: readonly string[],
): Promise<void> {
  const unique = [...new Set(tokenHashes)];
  if (unique.length === 0) return;
  const deletedAt = nowIso();
  await db
    .insertInto("deleted_links")
    .values(unique.map((tokenHash) => ({ token_hash: tombstoneOf(tokenHash), deleted_at: deletedAt })))
    .onConflict((oc) => oc.column("token_hash").doNothing())
    .execute();
}

/** True when this link belonged to an assessment or invitation whose data was deleted. */
export async function linkWasDeleted(db: Kysely<Database>, token: unknown): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const row = await db
    .selectFrom("deleted_links")
    .select("token_hash")
    .where("token_hash", "=", tombstoneOf(hashToken(token)))
    .executeTakeFirst();
  return !!row;
}

/**
 * The response for a candidate link that finds nothing: 410 saying the data was deleted when it was,
 * otherwise 404 with the page's own "not valid" message; both in the candidate's language.
 */
export async function missingLink(
  context: AppLoadContext,
  token: unknown,
  notValid: string,
  locale: Locale = "en",
) {
  if (await linkWasDeleted(context.db, token))
    return candidateRefusal(locale, 410, translator(locale)("link.deleted"));
  return candidateRefusal(locale, 404, notValid);
}

/**
 * What is kept of a deleted link: the hash of its stored hash. It still recognises the link when
 * someone opens it, but it is not the value the deleted rows held, so nothing that was erased
 * (the token hash included) is left in the database file.
 */
function tombstoneOf(tokenHash: string): string {
  return hashToken(`deleted-link:${tokenHash}`);
}
