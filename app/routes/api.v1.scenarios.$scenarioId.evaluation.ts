import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import type { scenarioEvaluationSchema } from "~/domain/api/schemas";
// The CLI's defaults, so the API and `rolefit org evaluate` agree on the same scenario.
import { DEFAULT_VERDICT_RUNS, DEFAULT_VERDICT_SEED, scenarioVerdict } from "~/domain/org/verdict";
import {
  apiId,
  apiRoute,
  auditApiCall,
  jsonResponse,
  notFoundProblem,
  requireApiKey,
} from "~/server/api.server";
import { latestRelationshipStage } from "~/server/diagnostics.server";
import { findScenario, memoizedByInput } from "~/server/org-scenarios.server";

// GET /api/v1/scenarios/{scenarioId}/evaluation: the org designer's verdict on a stored scenario.
export const loader = apiRoute(async ({ request, params, context }: LoaderFunctionArgs) => {
  const client = await requireApiKey(request, context, "read");
  const scenario = await findScenario(context.db, client.organizationId, apiId(params.scenarioId));
  if (!scenario) throw notFoundProblem();
  // As on the scenario's pages: the stage from the latest diagnostic, else "defined".
  const stage = (await latestRelationshipStage(context.db, client.organizationId))?.stage ?? "defined";
  const input = { profile: scenario.profile, weights: scenario.weights, quarters: scenario.quarters };
  const verdict = memoizedByInput({ api: input, stage }, () =>
    scenarioVerdict(input, { stage, runs: DEFAULT_VERDICT_RUNS, seed: DEFAULT_VERDICT_SEED }),
  );
  await auditApiCall(context, client, request, {
    action: "scenario.evaluate",
    subjectType: "organization",
    subjectId: client.organizationId,
    details: { scenarioId: scenario.id },
  });
  const body: z.infer<typeof scenarioEvaluationSchema> = {
    scenario: { id: scenario.id, name: scenario.name, updatedAt: scenario.updatedAt },
    relationshipStage: stage,
    ...verdict,
  };
  return jsonResponse(body);
});
