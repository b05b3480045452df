import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

// Frozen once released. Role targets move from two-sided bands to the threshold fit model
// ("threshold-2026-11-30", docs/fit-model.md), and each role records the fit model its targets are
// written for. Fits and rankings are not stored: they are computed from the targets on every
// request (the ranking cache is keyed by the model version), so converting the targets is what
// recomputes every stored role's fits and rankings.
//
// Conversion of one trait, {band: [low, high], weight} → the new target:
// - weight ≥ 0.72 → core, ≥ 0.475 → useful, otherwise not required. These are the midpoints
//   between the old template weights (1 core, 0.6 useful, 0.3 minor) and the same cut points the
//   job analysis now uses (weight 0.3 + 0.7·demand at demand 0.6 and 0.25).
// - threshold = the old band's lower edge; the weight is kept.
// - no ceiling: the old upper edges had no stated reason why more of a trait hurts the job.
// A role left with no core trait gets its highest-weighted traits as core (fit needs a core).
// The rule is written out here, not imported, so this migration keeps meaning what it meant.
export const FIT_MODEL = "threshold-2026-11-30";

type OldTarget = { band: [number, number]; weight: number; why?: string };
type NewTarget =
  | { need: "core" | "useful"; min: number; weight: number; why?: string }
  | { need: "not-required"; weight: 0; why?: string };

export function convertTargets(old: Record<string, OldTarget | NewTarget>): Record<string, NewTarget> {
  const entries = Object.entries(old);
  if (entries.every(([, t]) => "need" in t)) return old as Record<string, NewTarget>;
  const maxWeight = Math.max(...entries.map(([, t]) => t.weight));
  const out: Record<string, NewTarget> = {};
  let anyCore = false;
  for (const [trait, t] of entries) {
    if ("need" in t) {
      out[trait] = t;
      anyCore ||= t.need === "core";
      continue;
    }
    const why = t.why ? { why: t.why } : {};
    const need = t.weight >= 0.72 ? "core" : t.weight >= 0.475 ? "useful" : "not-required";
    anyCore ||= need === "core";
    out[trait] =
      need === "not-required"
        ? { need, weight: 0, ...why }
        : { need, min: t.band[0], weight: t.weight, ...why };
  }
  if (!anyCore && maxWeight > 0) {
    for (const [trait, t] of entries) {
      if (!("need" in t) && t.weight === maxWeight)
        out[trait] = { need: "core", min: t.band[0], weight: t.weight, ...(t.why ? { why: t.why } : {}) };
    }
  }
  return out;
}

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  // The default names the model every existing row was written for; the update below moves them on.
  await db.schema
    .alterTable("roles")
    .addColumn("fit_model", "text", (c) => c.notNull().defaultTo("band-2026-11-28"))
    .execute();
  const roles = (await db.selectFrom("roles").select(["id", "targets"]).execute()) as Array<{
    id: string;
    targets: string;
  }>;
  for (const role of roles) {
    const targets = convertTargets(JSON.parse(role.targets) as Record<string, OldTarget>);
    await db
      .updateTable("roles")
      .set({ targets: JSON.stringify(targets), fit_model: FIT_MODEL })
      .where("id", "=", role.id)
      .execute();
  }
}
