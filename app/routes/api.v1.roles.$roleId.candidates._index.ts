import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { pageQuerySchema, type candidateListSchema } from "~/domain/api/schemas";
import {
  apiRoute,
  auditApiCall,
  jsonResponse,
  paginate,
  parseQuery,
  requireApiKey,
} from "~/server/api.server";
import { candidateListItem, requireApiRole } from "~/server/api-bodies.server";
import { rankedRoleCandidates } from "~/server/candidates.server";

// GET /api/v1/roles/{roleId}/candidates: ranked candidates with status, fit, 80% interval and rank.
export const loader = apiRoute(async ({ request, params, context }: LoaderFunctionArgs) => {
  const client = await requireApiKey(request, context, "read");
  const role = await requireApiRole(context, client, params.roleId);
  const query = parseQuery(request, pageQuerySchema);
  const page = paginate(await rankedRoleCandidates(context.db, client.organizationId, role), query);
  await auditApiCall(context, client, request, {
    action: "candidates.list",
    subjectType: "role",
    subjectId: role.id,
  });
  const body: z.infer<typeof candidateListSchema> = {
    data: page.data.map(candidateListItem),
    next: page.next,
  };
  return jsonResponse(body);
});
