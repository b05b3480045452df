import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import type { candidateReportSchema } from "~/domain/api/schemas";
import { candidateReport } from "~/domain/hiring/candidate-report";
import { candidateStatus } from "~/domain/hiring/candidate-status";
import { apiRoute, auditApiCall, jsonResponse, requireApiKey } from "~/server/api.server";
import { requireApiCandidate } from "~/server/api-bodies.server";
import { listOutcomes } from "~/server/outcomes.server";

// GET /api/v1/roles/{roleId}/candidates/{candidateId}: the candidate's report, as the JSON export gives it.
export const loader = apiRoute(async ({ request, params, context }: LoaderFunctionArgs) => {
  const client = await requireApiKey(request, context, "read");
  const { role, candidate } = await requireApiCandidate(context, client, params);
  await auditApiCall(context, client, request, {
    action: "candidate.view",
    subjectType: "candidate",
    subjectId: candidate.id,
  });
  const body: z.infer<typeof candidateReportSchema> = {
    role: { id: role.id, title: role.title },
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      status: candidateStatus(candidate, candidate.attempt?.status ?? null),
      invitedAt: candidate.createdAt,
      completedAt: candidate.attempt?.completedAt ?? null,
      instrumentVersion: candidate.attempt?.versionId ?? null,
    },
    scores: candidate.scores as unknown as Record<string, unknown> | null,
    fit: candidate.scores ? candidateReport(role.targets, candidate.scores).fit : null,
    decisions: candidate.decisions,
    notes: candidate.notes,
    outcomes: (await listOutcomes(context.db, client.organizationId, candidate.id)) as unknown as Array<
      Record<string, unknown>
    >,
  };
  return jsonResponse(body);
});
