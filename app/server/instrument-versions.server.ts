import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { createVersion, currentInstrument, type InstrumentContent, type InstrumentVersion } from "~/domain/instrument";
import { nowIso } from "./ids.server.ts";

// Versions are immutable, so a parsed version can be cached for the life of the process; whether
// it is stored is remembered per database handle.
const cache = new Map<string, InstrumentVersion>();
const storedIn = new WeakMap<Kysely<Database>, Set<string>>();

/** The version new attempts use, stored so that attempts can always be rescored with it. */
export async function currentVersion(db: Kysely<Database>): Promise<InstrumentVersion> {
  const version = currentInstrument();
  const stored = storedIn.get(db) ?? new Set<string>();
  storedIn.set(db, stored);
  if (!stored.has(version.id)) {
    const row = await db.selectFrom("instrument_versions").select("id").where("id", "=", version.id).executeTakeFirst();
    if (!row) {
      await db
        .insertInto("instrument_versions")
        .values({ id: version.id, label: version.label, calibration_status: version.calibration.status, content: JSON.stringify(version), created_at: nowIso() })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
    stored.add(version.id);
    cache.set(version.id, version);
  }
  return version;
}

export async function versionById(db: Kysely<Database>, id: string): Promise<InstrumentVersion> {
  const cached = cache.get(id);
  if (cached) return cached;
  const row = await db.selectFrom("instrument_versions").select("content").where("id", "=", id).executeTakeFirstOrThrow();
  const { id: storedId, ...content } = JSON.parse(row.content) as InstrumentVersion;
  const version = createVersion(content as InstrumentContent);
  if (version.id !== storedId) throw new Error(`instrument version ${storedId} does not match its stored content`);
  cache.set(id, version);
  return version;
}
