import type { ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import type { invitationWithdrawnSchema } from "~/domain/api/schemas";
import {
  ApiProblem,
  apiId,
  apiRoute,
  auditApiCall,
  jsonResponse,
  notFoundProblem,
  requireApiKey,
  requireMethod,
} from "~/server/api.server";
import { withdrawInvitation } from "~/server/candidates.server";

// POST /api/v1/invitations/{invitationId}/withdraw: the link stops working; the record stays.
export const action = apiRoute(async ({ request, params, context }: ActionFunctionArgs) => {
  requireMethod(request, "POST");
  const client = await requireApiKey(request, context, "read-write");
  const invitationId = apiId(params.invitationId);
  const row = await context.db
    .selectFrom("candidate_invitations")
    .select(["id", "revoked_at"])
    .where("organization_id", "=", client.organizationId)
    .where("id", "=", invitationId)
    .executeTakeFirst();
  if (!row) throw notFoundProblem();
  if (row.revoked_at) throw new ApiProblem(409, "Conflict", "This invitation was already withdrawn.");
  await withdrawInvitation(context.db, client.organizationId, invitationId);
  const at = (
    await context.db
      .selectFrom("candidate_invitations")
      .select("revoked_at")
      .where("id", "=", invitationId)
      .executeTakeFirstOrThrow()
  ).revoked_at!;
  await auditApiCall(context, client, request, {
    action: "candidate.withdraw",
    subjectType: "candidate",
    subjectId: invitationId,
  });
  const body: z.infer<typeof invitationWithdrawnSchema> = { id: invitationId, withdrawnAt: at };
  return jsonResponse(body);
});
