import type { AppLoadContext } from "@remix-run/node";
import type { z } from "zod";
import type { candidateListItemSchema, roleSchema } from "~/domain/api/schemas";
import type { ListedCandidate } from "~/domain/hiring/ranking";
import { apiId, notFoundProblem, type ApiClient } from "./api.server.ts";
import { findCandidate } from "./candidates.server.ts";
import { findRole, type RoleRecord } from "./roles.server.ts";

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

export function candidateListItem(c: ListedCandidate): z.infer<typeof candidateListItemSchema> {
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
  };
}

export async function requireApiRole(context: AppLoadContext, client: ApiClient, roleId: string | undefined) {
  const role = await findRole(context.db, client.organizationId, apiId(roleId));
  if (!role) throw notFoundProblem();
  return role;
}

export async function requireApiCandidate(context: AppLoadContext, client: ApiClient, params: { roleId?: string; candidateId?: string }) {
  const role = await requireApiRole(context, client, params.roleId);
  const candidate = await findCandidate(context.db, client.organizationId, role.id, apiId(params.candidateId));
  if (!candidate) throw notFoundProblem();
  return { role, candidate };
}
