// Picks the traits an interview should probe for one candidate and one role, from the same
// classification as the strengths and gaps (roleFit's traits): every trait the role needs that is
// clearly short of it, then the ones the questionnaire cannot tell, most important first. Traits the
// candidate clearly meets and traits the role does not require are never picked. Each pick says why.
import { traitById } from "~/domain/instrument/traits";
import type { TraitId } from "~/domain/instrument/types";
import { type RoleFit, type TraitFit, roleFit } from "./fit";
import { INTERVIEW_QUESTIONS, type InterviewQuestion } from "./interview-questions";
import type { Profile, RoleTargets } from "./types";

export interface GuideEntry {
  trait: TraitId;
  traitName: string;
  reason: "short" | "uncertain";
  explanation: string;
  priority: number;
  questions: readonly InterviewQuestion[];
}

/** The person's 80% range and what the role needs, in words. */
export function describeTarget(t: Pick<TraitFit, "min" | "ceiling">): string {
  return t.ceiling ? `${t.min.toFixed(1)} to ${t.ceiling.max.toFixed(1)}` : `${t.min.toFixed(1)} or more`;
}

function likelyRange(t: Pick<TraitFit, "theta" | "se">): string {
  return `${(t.theta - 1.28 * t.se).toFixed(1)} to ${(t.theta + 1.28 * t.se).toFixed(1)}`;
}

/** Whether an uncertain trait is uncertain about its ceiling rather than its threshold. */
export function nearCeiling(t: Pick<TraitFit, "theta" | "min" | "ceiling">): boolean {
  return t.ceiling !== undefined && t.theta > (t.min + t.ceiling.max) / 2;
}

export function guideFromFit(fit: RoleFit, maxTraits = 4): GuideEntry[] {
  const entries: GuideEntry[] = [];
  for (const t of fit.traits) {
    if (t.classification === "meets") continue;
    const name = traitById(t.trait).name;
    const needs = `${t.need === "core" ? "a core need" : "a useful need"} of the role (${describeTarget(t)})`;
    if (t.classification === "short") {
      entries.push({
        trait: t.trait,
        traitName: name,
        reason: "short",
        explanation: t.overCeiling
          ? `The score (likely range ${likelyRange(t)}) is above the ceiling of ${needs}, which the role sets because: ${t.ceiling!.reason} Ask how the person adapts.`
          : `The score (likely range ${likelyRange(t)}) is below ${needs}. Ask for concrete examples to see whether experience makes up for it.`,
        // Short needs come first, weighted, and further short first.
        priority: 10 + t.weight * Math.min(Math.abs(t.gap) / Math.max(t.se, 0.1), 6),
        questions: INTERVIEW_QUESTIONS[t.trait],
      });
    } else {
      entries.push({
        trait: t.trait,
        traitName: name,
        reason: "uncertain",
        explanation: nearCeiling(t)
          ? `The score's likely range (${likelyRange(t)}) crosses the ceiling of ${needs}, set because: ${t.ceiling!.reason} The questionnaire cannot tell; the interview can.`
          : `The score's likely range (${likelyRange(t)}) crosses the threshold of ${needs}, so the questionnaire cannot tell. The interview can.`,
        priority: t.weight * (1 - Math.abs(2 * t.probability - 1)),
        questions: INTERVIEW_QUESTIONS[t.trait],
      });
    }
  }
  return entries
    .sort((a, b) => b.priority - a.priority || a.trait.localeCompare(b.trait))
    .slice(0, maxTraits);
}

export function interviewGuide(profile: Profile, role: RoleTargets, maxTraits = 4): GuideEntry[] {
  return guideFromFit(roleFit(profile, role), maxTraits);
}
