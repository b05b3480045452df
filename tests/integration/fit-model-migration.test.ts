// The fit-model migration brings roles written under the band model to the threshold model:
// a database migrated to just before it, holding old roles, is migrated to the latest version and
// its roles must read and rank under the new model.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Kysely, Migrator, type Migration } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "#db/connection.ts";
import { migrateToLatest } from "#db/migrate.ts";
import { migrations } from "#db/migrations/index.ts";
import { FIT_MODEL } from "#db/migrations/2026-11-30-01-fit-model.ts";
import { FIT_MODEL_VERSION, roleFit } from "~/domain/fit/fit";
import { templateById } from "~/domain/fit/templates";
import type { Profile, RoleTargets } from "~/domain/fit/types";
import { TRAIT_IDS } from "~/domain/instrument";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-fit-migration-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The enterprise AE template as the band model stored it (centre ± half-width, weights 1/0.6/0.3).
const OLD_AE: Record<string, { band: [number, number]; weight: number; why?: string }> = {
  "rejection-resilience": { band: [-0.3, 1.1], weight: 0.6 },
  "closing-drive": {
    band: [0.4, 1.6],
    weight: 1,
    why: "Complex contracts still need someone who drives every step to signature.",
  },
  discovery: { band: [1, 2.2], weight: 1 },
  persuasion: { band: [0.8, 2], weight: 1 },
  "pipeline-discipline": { band: [0.3, 1.7], weight: 0.6 },
  "creative-ideation": { band: [-1.2, 0.4], weight: 0.3 },
  "market-research": { band: [-0.3, 1.1], weight: 0.6 },
  storytelling: { band: [-0.8, 0.8], weight: 0.3 },
  "product-strategy": { band: [-0.4, 1.2], weight: 0.3 },
  "demand-generation": { band: [-1.4, 0.2], weight: 0.3 },
  "customer-feedback": { band: [-0.1, 1.3], weight: 0.6 },
};
// A custom role whose every trait was weighted 0.5: no trait reaches core on its own.
const OLD_FLAT = Object.fromEntries(
  TRAIT_IDS.map((t) => [t, { band: [-0.5, 1] as [number, number], weight: 0.5 }]),
);

describe("migration 2026-11-30-01-fit-model", () => {
  it("converts band targets to thresholds, records the fit model, and ranks under the new model", async () => {
    const database = openSqlite(path.join(dir, "old.sqlite"));
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < "2026-11-30-01"));
    const provided: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(before))
      provided[name] = { up: (db) => m.up(db, database.dialect) };
    const result = await new Migrator({
      db: database.db,
      provider: { getMigrations: async () => provided },
    }).migrateToLatest();
    expect(result.error).toBeUndefined();

    const now = new Date().toISOString();
    // The tables as they were before this migration, which the app's schema types no longer describe.
    const db = database.db as unknown as Kysely<any>;
    await db.insertInto("organizations").values({ id: "org", name: "Old Co", created_at: now }).execute();
    const role = (id: string, targets: unknown) => ({
      id,
      organization_id: "org",
      title: id,
      template_id: null,
      source: "custom",
      targets: JSON.stringify(targets),
      created_at: now,
      updated_at: now,
    });
    await db
      .insertInto("roles")
      .values([role("ae", OLD_AE), role("flat", OLD_FLAT)])
      .execute();

    const report = await migrateToLatest(database);
    // This migration and every later one ran; nothing earlier ran twice.
    expect(report.applied).toEqual(Object.keys(migrations).filter((name) => name >= "2026-11-30-01"));
    expect(report.applied[0]).toBe("2026-11-30-01-fit-model");
    const rows = await db.selectFrom("roles").select(["id", "targets", "fit_model"]).orderBy("id").execute();
    expect(rows.map((r: { fit_model: string }) => r.fit_model)).toEqual([
      FIT_MODEL_VERSION,
      FIT_MODEL_VERSION,
    ]);
    expect(FIT_MODEL).toBe(FIT_MODEL_VERSION);

    // The old template converts to exactly the new one (reasons aside: only the stored ones are kept).
    const ae = JSON.parse(rows[0].targets) as RoleTargets;
    const strip = (t: RoleTargets) =>
      Object.fromEntries(Object.entries(t).map(([k, { why: _why, ...rest }]) => [k, rest]));
    expect(strip(ae)).toEqual(strip(templateById("ae-enterprise")!.targets));
    expect(ae["closing-drive"].why).toBe(OLD_AE["closing-drive"]!.why);

    // The flat role gets every trait as core (all share the highest weight) with the old lower edges.
    const flat = JSON.parse(rows[1].targets) as RoleTargets;
    for (const t of TRAIT_IDS) expect(flat[t]).toEqual({ need: "core", min: -0.5, weight: 0.5 });

    // A strong seller, far above the old bands, now reads as a strong fit.
    const thetas: Record<string, number> = { "customer-feedback": 0.6, "market-research": 0.4 };
    const seller = Object.fromEntries(
      TRAIT_IDS.map((t, i) => [t, { theta: thetas[t] ?? (i < 5 ? 2.3 : -0.5), se: 0.3 }]),
    ) as unknown as Profile;
    expect(roleFit(seller, ae).fit).toBeGreaterThan(90);
    await database.close();
  });
});
