import { Z80 } from "~/domain/assessment/report";
import type { Profile, RoleTargets, TraitTarget } from "~/domain/fit/types";
import { TRAITS } from "~/domain/instrument";

/** Where the charts' θ axis ends (99.9th percentile of the reference group and beyond). */
const AXIS_TOP = 3;

/**
 * The stretch of θ a target asks for, for drawing: from the threshold to the ceiling, or to the
 * end of the scale when there is none. Not-required traits have none.
 */
export function targetSpan(target: TraitTarget): readonly [number, number] | null {
  if (target.need === "not-required") return null;
  return [target.min, target.ceiling?.max ?? AXIS_TOP];
}

/** One row per trait: what the role needs and how much it counts, and the person's estimate with its 80% range. */
export function roleProfileRows(targets: RoleTargets, profile?: Profile) {
  return TRAITS.map((t) => {
    const target = targets[t.id];
    const estimate = profile?.[t.id];
    return {
      trait: t.id,
      name: t.name,
      side: t.side,
      need: target.need,
      min: target.need === "not-required" ? null : target.min,
      ceiling: target.need === "not-required" ? null : (target.ceiling ?? null),
      span: targetSpan(target),
      weight: target.weight,
      person: estimate
        ? {
            theta: estimate.theta,
            low: estimate.theta - Z80 * estimate.se,
            high: estimate.theta + Z80 * estimate.se,
          }
        : undefined,
    };
  });
}

export const NEED_LABELS = { core: "core", useful: "useful", "not-required": "not required" } as const;

/** What the role needs of one trait, in words: "0.4 or more · core", "not required". */
export function targetLabel(r: {
  need: TraitTarget["need"];
  min: number | null;
  ceiling: { max: number } | null;
}): string {
  if (r.need === "not-required" || r.min === null) return NEED_LABELS["not-required"];
  const range = r.ceiling
    ? `${r.min.toFixed(1)} to ${r.ceiling.max.toFixed(1)}`
    : `${r.min.toFixed(1)} or more`;
  return `${range} · ${NEED_LABELS[r.need]}`;
}
