import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { testStatusQuerySchema, type testStatusResponseSchema } from "~/domain/api/greenhouse";
import {
  apiId,
  apiRoute,
  auditApiCall,
  jsonResponse,
  notFoundProblem,
  parseQuery,
  requireBasicApiKey,
} from "~/server/api.server";
import { rankedRoleCandidates } from "~/server/candidates.server";
import { publicOrigin } from "~/server/context.server";
import { findRole } from "~/server/roles.server";

const round = (x: number) => Math.round(x);

// Greenhouse Assessment Partner API, test_status: the invitation's status; once completed, the fit
// (0–100) as the score, a summary with its 80% range and rank, and the candidate's page as the link.
export const loader = apiRoute(async ({ request, context }: LoaderFunctionArgs) => {
  const client = await requireBasicApiKey(request, context, "read");
  const invitationId = apiId(parseQuery(request, testStatusQuerySchema).partner_interview_id);
  const invitation = await context.db
    .selectFrom("candidate_invitations")
    .select(["id", "role_id"])
    .where("organization_id", "=", client.organizationId)
    .where("id", "=", invitationId)
    .executeTakeFirst();
  const role = invitation ? await findRole(context.db, client.organizationId, invitation.role_id) : null;
  if (!invitation || !role) throw notFoundProblem();
  const ranked = await rankedRoleCandidates(context.db, client.organizationId, role);
  const candidate = ranked.find((c) => c.id === invitation.id);
  if (!candidate) throw notFoundProblem();
  await auditApiCall(context, client, request, {
    action: "candidate.view",
    subjectType: "candidate",
    subjectId: candidate.id,
  });
  let body: z.infer<typeof testStatusResponseSchema>;
  if (candidate.status === "completed" && candidate.fit) {
    const completedCount = ranked.filter((c) => c.rank !== null).length;
    const [low, high] = candidate.fit.interval;
    body = {
      partner_status: "complete",
      partner_profile_url: `${publicOrigin(context)}/roles/${role.id}/candidates/${candidate.id}`,
      partner_score: round(candidate.fit.fit),
      metadata: {
        Summary: `Fit ${round(candidate.fit.fit)} of 100 for ${role.title} (80% range ${round(low)}–${round(high)}); rank ${candidate.rankLabel ?? "—"} of ${completedCount} completed.`,
        "80% range": `${round(low)}–${round(high)}`,
        Rank: `${candidate.rankLabel ?? "—"} of ${completedCount}`,
        "Completed At": candidate.completedAt,
      },
    };
  } else {
    body = {
      partner_status: candidate.status,
      partner_profile_url: null,
      partner_score: null,
      metadata: null,
    };
  }
  return jsonResponse(body);
});
