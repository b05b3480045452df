// The ranked candidate list of a role: fit with its interval for every completed candidate, ties
// where the intervals say the order is not real, then filters, search and paging. Pure, so the
// page, the CSV export and the tests agree on every rank.
import { rankCandidates, roleFit, type RoleFit } from "~/domain/fit/fit";
import type { Profile, RoleTargets } from "~/domain/fit/types";
import { TRAIT_IDS } from "~/domain/instrument";
import { candidateStatus, type CandidateStatus } from "./candidate-status";

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
  /** {trait: [θ, SE]} when completed. */
  profile: Record<string, [number, number]> | null;
  qualityFlagCount: number;
  decision: { decision: "advance" | "hold" | "reject"; by: string; at: string } | null;
}

export interface ListedCandidate extends CandidateRecord {
  status: CandidateStatus;
  fit: RoleFit | null;
  rankLabel: string | null;
  tied: boolean;
}

export function profileFromCompact(compact: Record<string, [number, number]>): Profile {
  return Object.fromEntries(TRAIT_IDS.map((t) => [t, { theta: compact[t]?.[0] ?? 0, se: compact[t]?.[1] ?? 1 }])) as Profile;
}

/** Every candidate with status; completed ones with fit and rank (ranks over all completed). */
export function rankRole(targets: RoleTargets, records: readonly CandidateRecord[], now = Date.now()): ListedCandidate[] {
  const completed = records.filter((r) => r.attemptStatus === "completed" && r.profile);
  const ranked = rankCandidates(
    completed,
    (r) => roleFit(profileFromCompact(r.profile!), targets),
    (r) => r.id,
  );
  const byId = new Map(ranked.map((r) => [r.candidate.id, r]));
  const listed = records.map((r): ListedCandidate => {
    const rank = byId.get(r.id);
    return {
      ...r,
      status: candidateStatus({ revokedAt: r.revokedAt, expiresAt: r.expiresAt, openedAt: r.openedAt }, r.attemptStatus, now),
      fit: rank?.fit ?? null,
      rankLabel: rank?.label ?? null,
      tied: rank?.tied ?? false,
    };
  });
  // Ranked candidates first in rank order, then the rest newest first.
  const order = new Map(ranked.map((r, i) => [r.candidate.id, i]));
  return listed.sort((a, b) => {
    const ra = order.get(a.id);
    const rb = order.get(b.id);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return b.createdAt.localeCompare(a.createdAt);
  });
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
      (filter.flags === "any" || (filter.flags === "flagged" ? c.qualityFlagCount > 0 : c.qualityFlagCount === 0)) &&
      (!q || c.name.toLowerCase().includes(q) || c.email.includes(q)),
  );
  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const counts = Object.fromEntries(
    (["completed", "in-progress", "opened", "invited", "expired", "revoked"] as const).map((s) => [s, listed.filter((c) => c.status === s).length]),
  ) as Record<CandidateStatus, number>;
  return { rows: matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: matches.length, page, pages, counts, all: listed.length };
}
