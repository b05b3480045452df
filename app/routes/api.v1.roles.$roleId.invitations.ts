import type { ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { createInvitationsRequestSchema, type invitationsCreatedSchema } from "~/domain/api/schemas";
import {
  ApiProblem,
  apiRoute,
  auditApiCall,
  jsonResponse,
  parseJsonBody,
  requireApiKey,
  requireMethod,
} from "~/server/api.server";
import { apiInvitationEmail, requireApiRole } from "~/server/api-bodies.server";
import { createCandidateInvitations } from "~/server/candidate-invitations.server";
import { openInvitationEmails } from "~/server/candidates.server";
import { publicOrigin } from "~/server/context.server";

/** The same hourly limit per organization as the invite page (they share the counter). */
const INVITES_PER_HOUR = 60;

// POST /api/v1/roles/{roleId}/invitations: one or many candidates, all or none; returns their links.
export const action = apiRoute(async ({ request, params, context }: ActionFunctionArgs) => {
  requireMethod(request, "POST");
  const client = await requireApiKey(request, context, "read-write");
  const role = await requireApiRole(context, client, params.roleId);
  const input = await parseJsonBody(request, createInvitationsRequestSchema);
  if (role.status === "archived")
    throw new ApiProblem(409, "Conflict", "This role is archived; restore it to invite candidates.");
  const wait = await context.limiter.hit(
    `invite-candidates:org:${client.organizationId}`,
    INVITES_PER_HOUR,
    60 * 60 * 1000,
  );
  if (wait > 0) {
    throw new ApiProblem(
      429,
      "Too Many Requests",
      `This organization sent too many invitation requests this hour. Wait ${wait} seconds.`,
      {
        headers: { "Retry-After": String(wait) },
      },
    );
  }
  const already = await openInvitationEmails(context.db, client.organizationId, role.id);
  const seen = new Set<string>();
  const errors: Array<{ field: string; message: string }> = [];
  input.candidates.forEach((c, i) => {
    if (already.has(c.email))
      errors.push({
        field: `candidates.${i}.email`,
        message: `${c.email} already has an open invitation for this role.`,
      });
    else if (seen.has(c.email))
      errors.push({ field: `candidates.${i}.email`, message: `${c.email} appears twice in this request.` });
    seen.add(c.email);
  });
  if (errors.length)
    throw new ApiProblem(400, "Bad Request", "Some candidates cannot be invited; nobody was.", { errors });

  const email = input.send === "email" ? await apiInvitationEmail(context, client, role.title) : undefined;
  const created = await createCandidateInvitations(
    context.db,
    client.organizationId,
    role.id,
    input.candidates,
    { createdByUserId: null, email },
  );
  const rows = await context.db
    .selectFrom("candidate_invitations")
    .select(["id", "expires_at"])
    .where(
      "id",
      "in",
      created.map((c) => c.id),
    )
    .execute();
  const expiry = new Map(rows.map((r) => [r.id, r.expires_at]));
  await auditApiCall(context, client, request, {
    action: "candidates.invite",
    subjectType: "role",
    subjectId: role.id,
    details: { invitations: created.map((c) => c.id), emailed: !!email },
  });
  const body: z.infer<typeof invitationsCreatedSchema> = {
    data: created.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      link: `${publicOrigin(context)}/i/${c.token}`,
      expiresAt: expiry.get(c.id)!,
    })),
    emailed: !!email,
  };
  return jsonResponse(body, 201);
});
