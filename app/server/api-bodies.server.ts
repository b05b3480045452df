import type { AppLoadContext } from "@remix-run/node";
import type { z } from "zod";
import type { candidateListItemSchema, roleSchema } from "~/domain/api/schemas";
import type { ListedCandidate } from "~/domain/hiring/ranking";
import { accommodationContact, candidateInvitationEmail } from "~/domain/hiring/invitation-email";
import { currentInstrument, formDuration } from "~/domain/instrument";
import { ApiProblem, apiId, notFoundProblem, type ApiClient } from "./api.server.ts";
import type { InvitationEmailComposer } from "./candidate-invitations.server.ts";
import { publicOrigin } from "./context.server.ts";
import { findOrganizationSettings } from "./organization-settings.server.ts";
import { findCandidate } from "./candidates.server.ts";
import { findRole, type RoleRecord } from "./roles.server.ts";
import type { TeamPlace } from "./team-gap.server.ts";

// The API's response bodies built from the records the pages use, and the lookups every id route
// shares. Another organization's ids are simply not found.

export function roleBody(role: RoleRecord): z.infer<typeof roleSchema> {
  return {
    id: role.id,
    title: role.title,
    status: role.status,
    source: role.source,
    templateId: role.templateId,
    targets: role.targets as z.infer<typeof roleSchema>["targets"],
    jobAnalysis: role.jobAnalysis,
    createdAt: role.createdAt,
    updatedAt: role.updatedAt,
  };
}

export function candidateListItem(
  c: ListedCandidate,
  team?: TeamPlace,
): z.infer<typeof candidateListItemSchema> {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    status: c.status,
    fit: c.fit ? c.fit.fit : null,
    interval: c.fit ? [c.fit.interval[0], c.fit.interval[1]] : null,
    rank: c.rank,
    tied: c.tied,
    decision: c.decision,
    invitedAt: c.createdAt,
    completedAt: c.completedAt,
    ...(team
      ? {
          team: {
            rank: team.teamRank,
            teamGain: team.teamGain,
            coverageBefore: team.coverageBefore,
            coverageAfter: team.coverageAfter,
            adds: team.adds,
          },
        }
      : {}),
  };
}

export async function requireApiRole(context: AppLoadContext, client: ApiClient, roleId: string | undefined) {
  const role = await findRole(context.db, client.organizationId, apiId(roleId));
  if (!role) throw notFoundProblem();
  return role;
}

export async function requireApiCandidate(
  context: AppLoadContext,
  client: ApiClient,
  params: { roleId?: string; candidateId?: string },
) {
  const role = await requireApiRole(context, client, params.roleId);
  const candidate = await findCandidate(
    context.db,
    client.organizationId,
    role.id,
    apiId(params.candidateId),
  );
  if (!candidate) throw notFoundProblem();
  return { role, candidate };
}

/**
 * How invitations made through a key are emailed: as from the invite page, with the organization's
 * candidate contact (else the owner who created the key) as the contact and Reply-To.
 */
export async function apiInvitationEmail(context: AppLoadContext, client: ApiClient, roleTitle: string) {
  const settings = await findOrganizationSettings(context.db, client.organizationId);
  const creator = await context.db
    .selectFrom("api_keys")
    .innerJoin("users", "users.id", "api_keys.created_by_user_id")
    .select("users.email")
    .where("api_keys.id", "=", client.id)
    .executeTakeFirst();
  const { contact, replyTo } = accommodationContact(settings.candidateContact, creator?.email ?? null);
  if (!contact || !replyTo) {
    throw new ApiProblem(
      409,
      "Conflict",
      "Emailing invitations needs a candidate contact email in the organization settings (it is the Reply-To).",
    );
  }
  const minutes = Math.round(formDuration(currentInstrument().forms, "adaptive").typicalSeconds / 60);
  const compose: InvitationEmailComposer = (c, link, expiresAt, locale) =>
    candidateInvitationEmail({
      locale,
      candidateName: c.name,
      organizationName: settings.name,
      roleTitle,
      link,
      expiresAt,
      minutes,
      contact,
      replyTo,
    });
  return { origin: publicOrigin(context), compose };
}
