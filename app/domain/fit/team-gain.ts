/**
 * Team-gap hiring: how much a candidate completes the team a role joins.
 *
 * The needs (teamNeeds) are the role's required traits, each with its threshold (and ceiling) and
 * weight, plus what the team's plan needs of it: the core needs of the other seats of the team's
 * unit in an org scenario, so that a sales team whose plan has a researcher's seat values research at
 * a researcher's level. Where a plan seat's core bar is higher than the role's, the need takes that
 * bar (a trait the role does not require becomes a useful need). The plan only orders; fit for the
 * role's own targets gates.
 *
 * For each need t and each person m, p_mt = P(m truly meets the need), from their estimate and its
 * SE (probabilityMeets, the same probability the fit model uses), so measurement uncertainty is
 * carried through every figure below.
 *
 *   coverage_t(team)  = max over members of p_mt   (the team's best chance of having the need met)
 *   gain_t(candidate) = max(0, p_ct − coverage_t)  (how far the candidate raises it)
 *   teamGain          = 100 · Σ_t w_t · gain_t / Σ_t w_t
 *   team coverage     = 100 · Σ_t w_t · coverage_t / Σ_t w_t
 *
 * on the 0–100 scale of fit: a gain of 20 means the candidate raises the team's weighted chance of
 * covering the needs by 20 percentage points.
 *
 * The best member, not a union of chances, defines coverage: a need is covered when someone in the
 * team can do it, and a second person just like them covers nothing new, so a candidate identical
 * to a member adds exactly nothing. Raising a candidate's level on a trait never lowers their gain.
 *
 * Fit gates, gain orders (orderForTeam): candidates who clearly meet every core need come first,
 * then those who may or may not, then those who clearly do not (coreGate). Within the first two
 * groups the larger team gain goes first, then the larger fit; the last group follows in fit order,
 * since what someone would add to the team does not make them a hire for this role. A candidate clearly short of
 * a core need is therefore never ranked above one who meets the core needs, however much they add.
 */
import { traitById } from "~/domain/instrument/traits";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import { CLEAR, probabilityMeets, roleFit, type RoleFit } from "./fit";
import { isRequired, type Profile, type RoleTargets } from "./types";

/** A need counts as one the team lacks when its coverage is below this. */
export const LACKING_COVERAGE = 0.5;

export interface TraitGain {
  trait: TraitId;
  weight: number;
  /** The team's coverage before the candidate joins: the best member's P(meets). */
  before: number;
  /** After the candidate joins. */
  after: number;
  /** P(the candidate meets the need). */
  candidate: number;
}

export interface TeamGain {
  /** Weighted mean gain over the needs, 0–100. */
  teamGain: number;
  /** Weighted team coverage before and after, 0–100. */
  coverageBefore: number;
  coverageAfter: number;
  traits: TraitGain[];
  /** Needs the team lacks (coverage below LACKING_COVERAGE) that the candidate clearly meets, largest gain first. */
  adds: TraitId[];
}

/**
 * The gate of "fit gates, gain orders", from P(the candidate meets every core need), the product of
 * the core needs' probabilities (their estimates are independent): 0 when that is at least CLEAR
 * (then every core need is clearly met), 2 when it is at most 1 − CLEAR (which it is whenever one
 * core need is clearly short, and also when several are each doubtful), 1 otherwise.
 */
export type CoreGate = 0 | 1 | 2;

export function coreGate(fit: RoleFit): CoreGate {
  const meetsAll = fit.traits.filter((t) => t.need === "core").reduce((p, t) => p * t.probability, 1);
  return meetsAll >= CLEAR ? 0 : meetsAll <= 1 - CLEAR ? 2 : 1;
}

/**
 * The needs team gain reads: the role's required traits, with the bar raised to the strictest core
 * bar among `plan` (the templates of the team's other seats) where that is higher; a trait only the
 * plan needs enters as a useful need.
 */
export function teamNeeds(targets: RoleTargets, plan: readonly RoleTargets[] = []): RoleTargets {
  const needs = { ...targets } as Record<TraitId, RoleTargets[TraitId]>;
  for (const trait of TRAIT_IDS) {
    for (const seat of plan) {
      const target = seat[trait];
      if (!isRequired(target) || target.need !== "core") continue;
      const current = needs[trait];
      if (isRequired(current) && current.min >= target.min) continue;
      needs[trait] = {
        need: isRequired(current) ? current.need : "useful",
        min: target.min,
        weight: isRequired(current) ? Math.max(current.weight, target.weight) : target.weight,
        ...(isRequired(current) && current.ceiling ? { ceiling: current.ceiling } : {}),
      };
    }
  }
  return needs;
}

/** Team coverage of the needs: per need, the best member's chance of meeting it (0 for an empty team). */
export function teamCoverage(targets: RoleTargets, team: readonly Profile[]): Map<TraitId, number> {
  const coverage = new Map<TraitId, number>();
  for (const trait of TRAIT_IDS) {
    const target = targets[trait];
    if (!isRequired(target) || !(target.weight > 0)) continue;
    let best = 0;
    for (const member of team)
      best = Math.max(best, probabilityMeets(member[trait], target.min, target.ceiling));
    coverage.set(trait, best);
  }
  return coverage;
}

/** The candidate's team gain against a team's coverage (teamCoverage, computed once per team). */
export function teamGain(
  targets: RoleTargets,
  coverage: ReadonlyMap<TraitId, number>,
  candidate: Profile,
): TeamGain {
  const traits: TraitGain[] = [];
  let weights = 0;
  let gain = 0;
  let before = 0;
  let after = 0;
  for (const [trait, covered] of coverage) {
    const target = targets[trait];
    if (!isRequired(target)) continue;
    const p = probabilityMeets(candidate[trait], target.min, target.ceiling);
    const raised = Math.max(covered, p);
    traits.push({ trait, weight: target.weight, before: covered, after: raised, candidate: p });
    weights += target.weight;
    gain += target.weight * (raised - covered);
    before += target.weight * covered;
    after += target.weight * raised;
  }
  const adds = traits
    .filter((t) => t.before < LACKING_COVERAGE && t.candidate >= CLEAR)
    .sort(
      (a, b) =>
        b.after - b.before - (a.after - a.before) || TRAIT_IDS.indexOf(a.trait) - TRAIT_IDS.indexOf(b.trait),
    )
    .map((t) => t.trait);
  return weights === 0
    ? { teamGain: 0, coverageBefore: 0, coverageAfter: 0, traits, adds }
    : {
        teamGain: (100 * gain) / weights,
        coverageBefore: (100 * before) / weights,
        coverageAfter: (100 * after) / weights,
        traits,
        adds,
      };
}

export interface TeamOrdered<T> {
  candidate: T;
  fit: RoleFit;
  gain: TeamGain;
  gate: CoreGate;
  /** 1-based position in the team order. */
  rank: number;
}

/**
 * Orders candidates for the team: fit for the role's `targets` gates (coreGate), team gain over
 * `needs` (teamNeeds; the role's targets when there is no plan) orders, fit breaks ties, then `key`.
 */
export function orderForTeam<T>(
  targets: RoleTargets,
  needs: RoleTargets,
  team: readonly Profile[],
  candidates: readonly T[],
  profileOf: (candidate: T) => Profile,
  key: (candidate: T) => string,
  fitOf: (candidate: T) => RoleFit = (candidate) => roleFit(profileOf(candidate), targets),
): TeamOrdered<T>[] {
  const coverage = teamCoverage(needs, team);
  return candidates
    .map((candidate) => {
      const fit = fitOf(candidate);
      return {
        candidate,
        fit,
        gain: teamGain(needs, coverage, profileOf(candidate)),
        gate: coreGate(fit),
        key: key(candidate),
      };
    })
    .sort(
      (x, y) =>
        x.gate - y.gate ||
        // Past the gate, what a candidate would add does not make them a hire for this role.
        (x.gate === 2 ? y.fit.fit - x.fit.fit : 0) ||
        y.gain.teamGain - x.gain.teamGain ||
        y.fit.fit - x.fit.fit ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
    )
    .map(({ key: _key, ...row }, i) => ({ ...row, rank: i + 1 }));
}

/** "adds market research and storytelling the team lacks", or null when the candidate adds no lacking need. */
export function addsInWords(adds: readonly TraitId[], nameOf: (trait: TraitId) => string): string | null {
  if (adds.length === 0) return null;
  // Trait names contain "and" themselves, so the list is comma-separated, largest gain first.
  return `adds what the team lacks: ${adds.map((t) => nameOf(t).toLowerCase()).join(", ")}`;
}

/** What a candidate adds to the team, in one sentence (the candidate report and the comparison). */
export function describeTeamGain(
  gain: Pick<TeamGain, "adds" | "coverageBefore" | "coverageAfter" | "teamGain">,
): string {
  const adds = addsInWords(gain.adds, (t) => traitById(t).name) ?? "adds nothing the team lacks";
  const percent = (value: number) => `${Math.round(value)}%`;
  return `${adds[0]!.toUpperCase()}${adds.slice(1)}. The team's coverage of this role's needs goes from ${percent(gain.coverageBefore)} to ${percent(gain.coverageAfter)} (team gain ${Math.round(gain.teamGain)} of 100).`;
}
