// Picks the traits an interview should probe for one candidate and one role: the largest gaps to
// the target band (weighted by how much the trait matters) and the most uncertain scores near a
// band edge. Each pick says why it was chosen.
import { traitById } from "~/domain/instrument/traits";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import { gapToBand, probabilityInBand } from "./fit";
import { INTERVIEW_QUESTIONS, type InterviewQuestion } from "./interview-questions";
import type { Profile, RoleTargets } from "./types";

export interface GuideEntry {
  trait: TraitId;
  traitName: string;
  reason: "below-band" | "above-band" | "uncertain";
  explanation: string;
  priority: number;
  questions: readonly InterviewQuestion[];
}

/** A score whose band probability is between these is called uncertain. */
const UNCERTAIN = [0.2, 0.8] as const;

export function interviewGuide(profile: Profile, role: RoleTargets, maxTraits = 4): GuideEntry[] {
  const entries: GuideEntry[] = [];
  for (const trait of TRAIT_IDS) {
    const target = role[trait];
    const estimate = profile[trait];
    if (!target || !estimate) continue;
    const gap = gapToBand(estimate.theta, target.band);
    const p = probabilityInBand(estimate, target.band);
    const name = traitById(trait).name;
    const range = `${(estimate.theta - 1.28 * estimate.se).toFixed(1)} to ${(estimate.theta + 1.28 * estimate.se).toFixed(1)}`;
    const band = `${target.band[0].toFixed(1)} to ${target.band[1].toFixed(1)}`;
    // Priority: the weighted size of the gap in SE units, or for scores inside/near the band, how
    // close to a coin flip the band probability is, scaled by the SE (wide = more to learn).
    if (Math.abs(gap) > 0 && p < UNCERTAIN[1]) {
      const below = gap < 0;
      entries.push({
        trait,
        traitName: name,
        reason: below ? "below-band" : "above-band",
        explanation: below
          ? `The score (likely range ${range}) is below what the role asks for (${band}). Ask for concrete examples to see whether experience makes up for it.`
          : `The score (likely range ${range}) is above what the role uses (${band}). Check that the person would enjoy a role that uses this strength less.`,
        priority: target.weight * Math.min(Math.abs(gap) / Math.max(estimate.se, 0.1), 6) * (below ? 1 : 0.6),
        questions: INTERVIEW_QUESTIONS[trait],
      });
    } else if (p > UNCERTAIN[0] && p < UNCERTAIN[1]) {
      entries.push({
        trait,
        traitName: name,
        reason: "uncertain",
        explanation: `The score's likely range (${range}) crosses the edge of the target band (${band}), so the questionnaire cannot tell. The interview can.`,
        priority: target.weight * (1 - Math.abs(2 * p - 1)) * 2 * Math.min(estimate.se / 0.32, 2),
        questions: INTERVIEW_QUESTIONS[trait],
      });
    }
  }
  return entries.sort((a, b) => b.priority - a.priority || a.trait.localeCompare(b.trait)).slice(0, maxTraits);
}
