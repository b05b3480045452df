import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiRoute, auditApiCall, jsonResponse, requireApiKey } from "~/server/api.server";
import { requireApiRole, roleBody } from "~/server/api-bodies.server";

// GET /api/v1/roles/{roleId}: one role with its targets.
export const loader = apiRoute(async ({ request, params, context }: LoaderFunctionArgs) => {
  const client = await requireApiKey(request, context, "read");
  const role = await requireApiRole(context, client, params.roleId);
  await auditApiCall(context, client, request, {
    action: "role.view",
    subjectType: "role",
    subjectId: role.id,
  });
  return jsonResponse(roleBody(role));
});
