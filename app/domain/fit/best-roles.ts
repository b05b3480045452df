// The roles that fit a person best, for the person's own report. Ordered by fit as shown (whole
// numbers); when two roles show the same fit, the one that asks more of the person (the higher
// weighted mean threshold of its needs) comes first, since it uses more of what they bring. A
// person far above average on everything a role needs meets several roles fully; this puts the
// most demanding of those first instead of an arbitrary one.
import { roleFit, type RoleFit } from "./fit";
import { ROLE_TEMPLATES } from "./templates";
import type { Profile, RoleTargets, RoleTemplate } from "./types";

/** Weighted mean threshold of the role's needs: how much the role asks of the traits it uses. */
export function roleDemand(targets: RoleTargets): number {
  let w = 0;
  let wm = 0;
  for (const target of Object.values(targets)) {
    if (target.need === "not-required") continue;
    w += target.weight;
    wm += target.weight * target.min;
  }
  return w > 0 ? wm / w : 0;
}

export function bestRoles(
  profile: Profile,
  templates: readonly RoleTemplate[] = ROLE_TEMPLATES,
): Array<{ template: RoleTemplate; fit: RoleFit }> {
  return templates
    .map((template) => ({
      template,
      fit: roleFit(profile, template.targets),
      demand: roleDemand(template.targets),
    }))
    .sort(
      (a, b) => Math.round(b.fit.fit) - Math.round(a.fit.fit) || b.demand - a.demand || b.fit.fit - a.fit.fit,
    )
    .map(({ template, fit }) => ({ template, fit }));
}
