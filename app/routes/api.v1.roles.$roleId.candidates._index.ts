import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { candidateListQuerySchema, type candidateListSchema } from "~/domain/api/schemas";
import {
  apiRoute,
  auditApiCall,
  jsonResponse,
  paginate,
  parseQuery,
  requireApiKey,
} from "~/server/api.server";
import { candidateListItem, requireApiRole } from "~/server/api-bodies.server";
import { orderedRoleCandidates } from "~/server/team-gap.server";

// GET /api/v1/roles/{roleId}/candidates: ranked candidates with status, fit, 80% interval and rank;
// with order=team, in the order for the role's team with each one's team figures.
export const loader = apiRoute(async ({ request, params, context }: LoaderFunctionArgs) => {
  const client = await requireApiKey(request, context, "read");
  const role = await requireApiRole(context, client, params.roleId);
  const query = parseQuery(request, candidateListQuerySchema);
  const { listed, places } = await orderedRoleCandidates(
    context.db,
    client.organizationId,
    role,
    query.order,
  );
  const page = paginate(listed, query);
  await auditApiCall(context, client, request, {
    action: "candidates.list",
    subjectType: "role",
    subjectId: role.id,
  });
  const body: z.infer<typeof candidateListSchema> = {
    data: page.data.map((c) => candidateListItem(c, places.get(c.id))),
    next: page.next,
  };
  return jsonResponse(body);
});
