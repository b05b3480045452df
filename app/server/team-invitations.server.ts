import type { Kysely } from "kysely";
import type { Database, MemberRole } from "#db/schema.ts";
import { teamInvitationEmail } from "~/domain/accounts/emails.ts";
import { memberRoleLabels, TEAM_INVITATION_TTL_MS } from "~/domain/accounts/policy.ts";
import { enqueueMail } from "./mail.server.ts";
import { hashToken, isoIn, looksLikeToken, newId, nowIso, randomToken } from "./ids.server.ts";
import { addMembership } from "./organizations.server.ts";

/** Creates an invitation to join the organization and queues its email in the same transaction. */
export async function inviteColleague(
  db: Kysely<Database>,
  organizationId: string,
  input: { email: string; role: MemberRole; invitedByUserId: string },
  mail: { origin: string; inviterName: string; organizationName: string },
): Promise<{ token: string; alreadyMember: boolean }> {
  const member = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("memberships.id")
    .where("memberships.organization_id", "=", organizationId)
    .where("users.email", "=", input.email)
    .executeTakeFirst();
  if (member) return { token: "", alreadyMember: true };
  const token = randomToken();
  await db.transaction().execute(async (trx) => {
    // A newer invitation to the same address replaces older open ones, so only one link works.
    await trx
      .updateTable("team_invitations")
      .set({ revoked_at: nowIso() })
      .where("organization_id", "=", organizationId)
      .where("email", "=", input.email)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .execute();
    await trx
      .insertInto("team_invitations")
      .values({
        id: newId(),
        organization_id: organizationId,
        email: input.email,
        role: input.role,
        token_hash: hashToken(token),
        invited_by_user_id: input.invitedByUserId,
        created_at: nowIso(),
        expires_at: isoIn(TEAM_INVITATION_TTL_MS),
        accepted_at: null,
        revoked_at: null,
      })
      .execute();
    const content = teamInvitationEmail({
      ...mail,
      roleLabel: memberRoleLabels[input.role],
      link: `${mail.origin}/join/${token}`,
    });
    await enqueueMail(trx, { to: input.email, ...content }, { organizationId });
  });
  return { token, alreadyMember: false };
}

export async function listOpenInvitations(db: Kysely<Database>, organizationId: string) {
  return db
    .selectFrom("team_invitations")
    .select(["id", "email", "role", "created_at", "expires_at"])
    .where("organization_id", "=", organizationId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", nowIso())
    .orderBy("created_at", "desc")
    .execute();
}

export async function revokeInvitation(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
): Promise<boolean> {
  const result = await db
    .updateTable("team_invitations")
    .set({ revoked_at: nowIso() })
    .where("organization_id", "=", organizationId)
    .where("id", "=", invitationId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type InvitationLookup =
  | {
      status: "valid";
      id: string;
      email: string;
      role: MemberRole;
      organizationId: string;
      organizationName: string;
      invitedBy: string | null;
      expiresAt: string;
    }
  | { status: "unknown" | "expired" | "used" | "revoked" };

export async function lookUpInvitation(
  db: Kysely<Database>,
  token: unknown,
  now = Date.now(),
): Promise<InvitationLookup> {
  if (!looksLikeToken(token)) return { status: "unknown" };
  const row = await db
    .selectFrom("team_invitations")
    .innerJoin("organizations", "organizations.id", "team_invitations.organization_id")
    .leftJoin("users", "users.id", "team_invitations.invited_by_user_id")
    .select([
      "team_invitations.id",
      "team_invitations.email",
      "team_invitations.role",
      "team_invitations.expires_at",
      "team_invitations.accepted_at",
      "team_invitations.revoked_at",
      "organizations.id as organizationId",
      "organizations.name as organizationName",
      "users.name as invitedBy",
    ])
    .where("team_invitations.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return { status: "unknown" };
  if (row.accepted_at) return { status: "used" };
  if (row.revoked_at) return { status: "revoked" };
  if (Date.parse(row.expires_at) <= now) return { status: "expired" };
  return {
    status: "valid",
    id: row.id,
    email: row.email,
    role: row.role,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    invitedBy: row.invitedBy,
    expiresAt: row.expires_at,
  };
}

/**
 * Marks the invitation used and adds the membership in one transaction. The update only succeeds
 * while the invitation is still open, so two tabs accepting at once add one membership.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  invitationId: string,
  userId: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const invitation = await trx
      .selectFrom("team_invitations")
      .select(["organization_id", "role"])
      .where("id", "=", invitationId)
      .executeTakeFirst();
    if (!invitation) return false;
    const claimed = await trx
      .updateTable("team_invitations")
      .set({ accepted_at: nowIso() })
      .where("id", "=", invitationId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", nowIso())
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    await addMembership(trx, invitation.organization_id, userId, invitation.role);
    return true;
  });
}
