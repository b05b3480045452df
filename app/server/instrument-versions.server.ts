import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import {
  createVersion,
  currentInstrument,
  recalibrate,
  type InstrumentContent,
  type InstrumentVersion,
  type RecalibrationOptions,
} from "~/domain/instrument";
import { parseAnswerValue } from "~/domain/assessment/answers";
import { findItem } from "~/domain/assessment/sequence";
import { nowIso } from "./ids.server.ts";

// Versions are immutable, so a parsed version can be cached for the life of the process; whether
// it is stored is remembered per database handle.
const cache = new Map<string, InstrumentVersion>();
const storedIn = new WeakMap<Kysely<Database>, Set<string>>();

/** app_settings key naming the version new attempts use, once a recalibration has made one. */
const ACTIVE_VERSION = "active_instrument_version";

async function storeVersion(db: Kysely<Database>, version: InstrumentVersion): Promise<void> {
  const stored = storedIn.get(db) ?? new Set<string>();
  storedIn.set(db, stored);
  if (stored.has(version.id)) return;
  const row = await db
    .selectFrom("instrument_versions")
    .select("id")
    .where("id", "=", version.id)
    .executeTakeFirst();
  if (!row) {
    await db
      .insertInto("instrument_versions")
      .values({
        id: version.id,
        label: version.label,
        calibration_status: version.calibration.status,
        content: JSON.stringify(version),
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  }
  stored.add(version.id);
  cache.set(version.id, version);
}

/**
 * The version new attempts use: the latest recalibration when there is one, else the built-in
 * (provisional) version. It is stored so that attempts can always be rescored with it.
 */
export async function currentVersion(db: Kysely<Database>): Promise<InstrumentVersion> {
  const active = await db
    .selectFrom("app_settings")
    .select("value")
    .where("key", "=", ACTIVE_VERSION)
    .executeTakeFirst();
  if (active) return versionById(db, active.value);
  const version = currentInstrument();
  await storeVersion(db, version);
  return version;
}

export async function versionById(db: Kysely<Database>, id: string): Promise<InstrumentVersion> {
  const cached = cache.get(id);
  if (cached) return cached;
  const row = await db
    .selectFrom("instrument_versions")
    .select("content")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const { id: storedId, ...content } = JSON.parse(row.content) as InstrumentVersion;
  const version = createVersion(content as InstrumentContent);
  if (version.id !== storedId)
    throw new Error(`instrument version ${storedId} does not match its stored content`);
  cache.set(id, version);
  return version;
}

/**
 * Estimates new parameters from every completed attempt of the current version, stores the
 * recalibrated version and makes it the one new attempts use. Existing attempts keep the version
 * they were scored with.
 */
export async function recalibrateFromStoredAnswers(db: Kysely<Database>, options: RecalibrationOptions = {}) {
  const base = await currentVersion(db);
  const rows = await db
    .selectFrom("answers")
    .innerJoin("attempts", "attempts.id", "answers.attempt_id")
    .select(["answers.attempt_id", "answers.item_id", "answers.value"])
    .where("attempts.instrument_version_id", "=", base.id)
    .where("attempts.status", "=", "completed")
    .orderBy("answers.attempt_id")
    .execute();
  const attempts = new Map<string, Array<{ itemId: string; raw: number | string }>>();
  for (const row of rows) {
    const item = findItem(base, row.item_id);
    const raw = item ? parseAnswerValue(item, row.value) : null;
    if (raw === null) continue;
    const list = attempts.get(row.attempt_id) ?? [];
    list.push({ itemId: row.item_id, raw });
    attempts.set(row.attempt_id, list);
  }
  const { version, report } = recalibrate(base, [...attempts.values()], options);
  await db.transaction().execute(async (trx) => {
    await storeVersion(trx, version);
    await trx.deleteFrom("app_settings").where("key", "=", ACTIVE_VERSION).execute();
    await trx.insertInto("app_settings").values({ key: ACTIVE_VERSION, value: version.id }).execute();
  });
  return { base, version, report };
}
