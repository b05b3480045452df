// Account security rules in one place, so routes, data access and tests agree on them.

/** A signed-in session ends after this long without a request. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and after this long in any case, however active it is. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is refreshed at most this often, so page views do not each cost a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
export const TEAM_INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** A sign-up waits this long for its address to be confirmed. */
export const SIGNUP_CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Failed-login throttling. Counting failures per account stops guessing one person's password from
 * many addresses; counting per IP stops spraying one password over many accounts. Both stay well
 * under the checklist's ceiling of 100 failures an hour.
 */
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAccount: 10,
  maxFailuresPerIp: 50,
} as const;

export type MemberRole = "owner" | "manager" | "viewer";

const rank: Record<MemberRole, number> = { viewer: 0, manager: 1, owner: 2 };

/** Viewers read; managers also create and decide; owners also manage members and settings. */
export function roleAllows(role: MemberRole, needed: MemberRole): boolean {
  return rank[role] >= rank[needed];
}

export const memberRoleLabels: Record<MemberRole, string> = {
  owner: "Owner",
  manager: "Manager",
  viewer: "Viewer",
};
