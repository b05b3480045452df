import type { AppLoadContext } from "@remix-run/node";
import type { MemberRole } from "#db/schema.ts";
import { requireMember } from "./auth.server.ts";
import { findCandidate } from "./candidates.server.ts";
import { notFound, requireId } from "./guards.server.ts";
import { findRole } from "./roles.server.ts";

/** The guard of every role page: a member with the needed rights, and a role of their organization. */
export async function requireRole(
  request: Request,
  context: AppLoadContext,
  roleId: string | undefined,
  needed: MemberRole = "viewer",
) {
  const member = await requireMember(request, context, needed);
  const role = await findRole(context.db, member.organizationId, requireId(roleId));
  if (!role) notFound();
  return { member, role };
}

/** …and a candidate of that role. Another organization's ids are simply not found. */
export async function requireCandidate(
  request: Request,
  context: AppLoadContext,
  params: { roleId?: string; candidateId?: string },
  needed: MemberRole = "viewer",
) {
  const { member, role } = await requireRole(request, context, params.roleId, needed);
  const candidate = await findCandidate(
    context.db,
    member.organizationId,
    role.id,
    requireId(params.candidateId),
  );
  if (!candidate) notFound();
  return { member, role, candidate };
}
