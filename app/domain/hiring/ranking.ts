import type { Locale } from "~/domain/i18n/locales";
// The ranked candidate list of a role: fit with its interval for every completed candidate, ties
// where the intervals say the order is not real, then filters, search and paging. Pure, so the
// page, the CSV export and the tests agree on every rank.
import { rankCandidates, roleFit, type RoleFit } from "~/domain/fit/fit";
import type { Profile, RoleTargets } from "~/domain/fit/types";
import { TRAIT_IDS } from "~/domain/instrument";
import { candidateStatus, type CandidateStatus, type Decision } from "./candidate-status";

export interface CandidateRecord {
  id: string;
  name: string;
  email: string;
  createdAt: string;
  expiresAt: string;
  openedAt: string | null;
  revokedAt: string | null;
  attemptStatus: "in_progress" | "completed" | null;
  completedAt: string | null;
  /** The language the candidate answers in, once started (absent or null: not started). */
  locale?: Locale | null;
  /** {trait: [θ, SE]} when completed. */
  profile: Record<string, [number, number]> | null;
  qualityFlagCount: number;
  decision: { decision: Decision; by: string; at: string } | null;
}

export interface ListedCandidate extends CandidateRecord {
  status: CandidateStatus;
  fit: RoleFit | null;
  /** 1 for the best; candidates whose fits cannot be told apart share a rank. */
  rank: number | null;
  /** "=2" for a shared rank, for display. */
  rankLabel: string | null;
  tied: boolean;
}

export function profileFromCompact(compact: Record<string, [number, number]>): Profile {
  return Object.fromEntries(
    TRAIT_IDS.map((t) => [t, { theta: compact[t]?.[0] ?? 0, se: compact[t]?.[1] ?? 1 }]),
  ) as Profile;
}

/**
 * Every candidate with status; completed ones with fit and rank (ranks over all completed), ranked
 * ones first in rank order, then the rest newest first. Written to stay fast for a role with
 * thousands of candidates: one pass per step, no per-comparison lookups.
 */
export function rankRole(
  targets: RoleTargets,
  records: readonly CandidateRecord[],
  now = Date.now(),
  /** The fit of a profile for these targets; a caller may pass a remembered one (same result). */
  fitOf: (profile: NonNullable<CandidateRecord["profile"]>) => ReturnType<typeof roleFit> = (profile) =>
    roleFit(profileFromCompact(profile), targets),
): ListedCandidate[] {
  const completed = records.filter((r) => r.attemptStatus === "completed" && r.profile);
  const ranked = rankCandidates(
    completed,
    (r) => fitOf(r.profile!),
    (r) => r.id,
  );
  // Properties spelled out rather than spread: one object shape, which V8 builds much faster.
  const listed = (r: CandidateRecord, rank: (typeof ranked)[number] | null): ListedCandidate => ({
    id: r.id,
    name: r.name,
    email: r.email,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    openedAt: r.openedAt,
    revokedAt: r.revokedAt,
    attemptStatus: r.attemptStatus,
    completedAt: r.completedAt,
    profile: r.profile,
    qualityFlagCount: r.qualityFlagCount,
    decision: r.decision,
    status: candidateStatus(r, r.attemptStatus, now),
    fit: rank?.fit ?? null,
    rank: rank?.rank ?? null,
    rankLabel: rank?.label ?? null,
    tied: rank?.tied ?? false,
  });
  const rankedIds = new Set(ranked.map((r) => r.candidate.id));
  const rest = records
    .filter((r) => !rankedIds.has(r.id))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return [...ranked.map((r) => listed(r.candidate, r)), ...rest.map((r) => listed(r, null))];
}

export interface CandidateFilter {
  status: CandidateStatus | "all";
  flags: "any" | "flagged" | "clean";
  q: string;
  page: number;
}

export const PAGE_SIZE = 25;

export function filterCandidates(listed: readonly ListedCandidate[], filter: CandidateFilter) {
  const q = filter.q.toLowerCase();
  const matches = listed.filter(
    (c) =>
      (filter.status === "all" || c.status === filter.status) &&
      (filter.flags === "any" ||
        (filter.flags === "flagged" ? c.qualityFlagCount > 0 : c.qualityFlagCount === 0)) &&
      (!q || c.name.toLowerCase().includes(q) || c.email.includes(q)),
  );
  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const counts: Record<CandidateStatus, number> = {
    completed: 0,
    "in-progress": 0,
    opened: 0,
    invited: 0,
    expired: 0,
    revoked: 0,
  };
  for (const c of listed) counts[c.status]++;
  return {
    rows: matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: matches.length,
    page,
    pages,
    counts,
    all: listed.length,
  };
}
