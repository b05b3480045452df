import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { pageQuerySchema, type scenarioListSchema } from "~/domain/api/schemas";
import {
  apiRoute,
  auditApiCall,
  jsonResponse,
  paginate,
  parseQuery,
  requireApiKey,
} from "~/server/api.server";
import { listScenarios } from "~/server/org-scenarios.server";

// GET /api/v1/scenarios: the organization's org-design scenarios, paged.
export const loader = apiRoute(async ({ request, context }: LoaderFunctionArgs) => {
  const client = await requireApiKey(request, context, "read");
  const query = parseQuery(request, pageQuerySchema);
  const page = paginate(await listScenarios(context.db, client.organizationId), query);
  await auditApiCall(context, client, request, {
    action: "scenarios.list",
    subjectType: "organization",
    subjectId: client.organizationId,
  });
  const body: z.infer<typeof scenarioListSchema> = {
    data: page.data.map((s) => ({ id: s.id, name: s.name, updatedAt: s.updatedAt })),
    next: page.next,
  };
  return jsonResponse(body);
});
