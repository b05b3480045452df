import { recordAuditEvent, type Actor } from "./audit-log.server.ts";
import type { Kysely } from "kysely";
import type { ApiKeyScope, Database } from "#db/schema.ts";
import { hashToken, newId, nowIso, randomToken } from "./ids.server.ts";

// API keys of one organization; every function takes its id so no query can cross over.

/** Keys start with this, so a leaked one is recognisable in logs and by secret scanners. */
export const API_KEY_PREFIX = "rf_";
const API_KEY_PATTERN = /^rf_[A-Za-z0-9_-]{43}$/;
/** Last-used is written at most this often per key: one write per call would serialise busy clients. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface ApiKeyRecord {
  id: string;
  name: string;
  scope: ApiKeyScope;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuthenticatedKey {
  id: string;
  organizationId: string;
  name: string;
  scope: ApiKeyScope;
}

/** Creates a key and returns it in full: the only time it exists outside the caller's hands. */
export async function createApiKey(
  db: Kysely<Database>,
  organizationId: string,
  input: { name: string; scope: ApiKeyScope; createdByUserId: string | null },
  /** Who created it, for the audit row written in the same transaction. */
  actor?: Actor,
): Promise<{ id: string; key: string }> {
  const id = newId();
  const key = `${API_KEY_PREFIX}${randomToken()}`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("api_keys")
      .values({
        id,
        organization_id: organizationId,
        name: input.name,
        scope: input.scope,
        key_hash: hashToken(key),
        key_prefix: key.slice(0, API_KEY_PREFIX.length + 6),
        created_by_user_id: input.createdByUserId,
        created_at: nowIso(),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    if (actor) {
      const event = {
        action: "api-key.create",
        subjectType: "organization",
        subjectId: organizationId,
        details: { keyId: id, scope: input.scope },
      } as const;
      await recordAuditEvent(trx, organizationId, actor, event);
    }
  });
  return { id, key };
}

export async function listApiKeys(db: Kysely<Database>, organizationId: string): Promise<ApiKeyRecord[]> {
  const rows = await db
    .selectFrom("api_keys")
    .select(["id", "name", "scope", "key_prefix", "created_at", "last_used_at", "revoked_at"])
    .where("organization_id", "=", organizationId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scope: r.scope,
    prefix: r.key_prefix,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

export async function revokeApiKey(
  db: Kysely<Database>,
  organizationId: string,
  keyId: string,
  actor?: Actor,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("api_keys")
      .set({ revoked_at: nowIso() })
      .where("organization_id", "=", organizationId)
      .where("id", "=", keyId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    const revoked = Number(result.numUpdatedRows) === 1;
    if (revoked && actor) {
      await recordAuditEvent(trx, organizationId, actor, {
        action: "api-key.revoke",
        subjectType: "organization",
        subjectId: organizationId,
        details: { keyId },
      });
    }
    return revoked;
  });
}

/** The live key with this secret, or null (unknown, malformed or revoked). Notes when it was used. */
export async function authenticateApiKeySecret(
  db: Kysely<Database>,
  secret: string,
): Promise<AuthenticatedKey | null> {
  if (!API_KEY_PATTERN.test(secret)) return null;
  const row = await db
    .selectFrom("api_keys")
    .select(["id", "organization_id", "name", "scope", "last_used_at", "revoked_at"])
    .where("key_hash", "=", hashToken(secret))
    .executeTakeFirst();
  if (!row || row.revoked_at) return null;
  const now = nowIso();
  if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) >= LAST_USED_RESOLUTION_MS) {
    await db.updateTable("api_keys").set({ last_used_at: now }).where("id", "=", row.id).execute();
  }
  return { id: row.id, organizationId: row.organization_id, name: row.name, scope: row.scope };
}
