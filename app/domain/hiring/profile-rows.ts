import { Z80 } from "~/domain/assessment/report";
import type { Profile, RoleTargets } from "~/domain/fit/types";
import { TRAITS } from "~/domain/instrument";

/** One row per trait: the role's band and weight, and the person's estimate with its 80% range. */
export function roleProfileRows(targets: RoleTargets, profile?: Profile) {
  return TRAITS.map((t) => {
    const target = targets[t.id];
    const estimate = profile?.[t.id];
    return {
      trait: t.id,
      name: t.name,
      side: t.side,
      band: target.band,
      weight: target.weight,
      person: estimate ? { theta: estimate.theta, low: estimate.theta - Z80 * estimate.se, high: estimate.theta + Z80 * estimate.se } : undefined,
    };
  });
}
