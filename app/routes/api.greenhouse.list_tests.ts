import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import type { listTestsResponseSchema } from "~/domain/api/greenhouse";
import { apiRoute, auditApiCall, jsonResponse, requireBasicApiKey } from "~/server/api.server";
import { listRoles } from "~/server/roles.server";

// Greenhouse Assessment Partner API, list_tests: the organization's active roles are its tests.
export const loader = apiRoute(async ({ request, context }: LoaderFunctionArgs) => {
  const client = await requireBasicApiKey(request, context, "read");
  const roles = await listRoles(context.db, client.organizationId, "active");
  await auditApiCall(context, client, request, {
    action: "roles.list",
    subjectType: "organization",
    subjectId: client.organizationId,
  });
  const body: z.infer<typeof listTestsResponseSchema> = roles.map((r) => ({
    partner_test_id: r.id,
    partner_test_name: r.title,
  }));
  return jsonResponse(body);
});
