import type { ActionFunctionArgs } from "@remix-run/node";
import { responseErrorRequestSchema } from "~/domain/api/greenhouse";
import {
  apiRoute,
  auditApiCall,
  jsonResponse,
  parseJsonBody,
  requireBasicApiKey,
  requireMethod,
} from "~/server/api.server";

// Greenhouse Assessment Partner API, response_error: Greenhouse reports a response of ours it could
// not use. Kept in the audit log (which call, how many errors; never the text, which may name people).
export const action = apiRoute(async ({ request, context }: ActionFunctionArgs) => {
  requireMethod(request, "POST");
  const client = await requireBasicApiKey(request, context, "read");
  const input = await parseJsonBody(request, responseErrorRequestSchema);
  await auditApiCall(context, client, request, {
    action: "greenhouse.response-error",
    subjectType: "organization",
    subjectId: client.organizationId,
    details: { apiCall: input.api_call, errors: input.errors.length },
  });
  return jsonResponse({ status: 200 });
});
