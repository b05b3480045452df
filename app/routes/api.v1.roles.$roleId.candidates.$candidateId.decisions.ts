import type { ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { recordDecisionRequestSchema, type decisionRecordedSchema } from "~/domain/api/schemas";
import {
  apiRoute,
  auditApiCall,
  jsonResponse,
  parseJsonBody,
  requireApiKey,
  requireMethod,
} from "~/server/api.server";
import { requireApiCandidate } from "~/server/api-bodies.server";
import { recordDecision } from "~/server/candidates.server";

// POST /api/v1/roles/{roleId}/candidates/{candidateId}/decisions: advance, hold or reject.
export const action = apiRoute(async ({ request, params, context }: ActionFunctionArgs) => {
  requireMethod(request, "POST");
  const client = await requireApiKey(request, context, "read-write");
  const { candidate } = await requireApiCandidate(context, client, params);
  const input = await parseJsonBody(request, recordDecisionRequestSchema);
  await recordDecision(context.db, client.organizationId, candidate.id, input.decision, client.actor);
  const latest = await context.db
    .selectFrom("candidate_decisions")
    .select(["decision", "decided_by_name", "decided_at"])
    .where("organization_id", "=", client.organizationId)
    .where("invitation_id", "=", candidate.id)
    .orderBy("decided_at", "desc")
    .executeTakeFirstOrThrow();
  await auditApiCall(context, client, request, {
    action: "candidate.decide",
    subjectType: "candidate",
    subjectId: candidate.id,
    details: { decision: input.decision },
  });
  const body: z.infer<typeof decisionRecordedSchema> = {
    candidateId: candidate.id,
    decision: latest.decision,
    by: latest.decided_by_name,
    at: latest.decided_at,
  };
  return jsonResponse(body, 201);
});
