// A candidate's status is derived, never stored: it follows from the invitation's dates and the
// attempt's state, so it cannot disagree with them.

export type CandidateStatus = "invited" | "opened" | "in-progress" | "completed" | "expired" | "revoked";

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  invited: "Invited",
  opened: "Opened",
  "in-progress": "In progress",
  completed: "Completed",
  expired: "Expired",
  revoked: "Withdrawn",
};

/** The decisions a manager can record on a candidate; every layer takes the type from here. */
export const DECISIONS = ["advance", "hold", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

/** A recorded decision: advance counts as "selected" in the bias audit. */
export const DECISION_LABELS: Record<Decision, string> = {
  advance: "Advance",
  hold: "Hold",
  reject: "Reject",
};

/**
 * A decision (advance, hold, reject) is about a finished questionnaire: the candidate's page takes
 * none before that, as the bulk actions skip such candidates (bulkSkipReason).
 */
export const acceptsDecision = (attemptStatus: "in_progress" | "completed" | null): boolean =>
  attemptStatus === "completed";

export function candidateStatus(
  invitation: { revokedAt: string | null; expiresAt: string; openedAt: string | null },
  attemptStatus: "in_progress" | "completed" | null,
  now = Date.now(),
): CandidateStatus {
  if (attemptStatus === "completed") return "completed";
  if (invitation.revokedAt) return "revoked";
  if (Date.parse(invitation.expiresAt) <= now) return "expired";
  if (attemptStatus === "in_progress") return "in-progress";
  return invitation.openedAt ? "opened" : "invited";
}
