import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { biasAuditQuerySchema, type biasAuditSchema } from "~/domain/api/schemas";
import { fairnessAudit } from "~/domain/fairness/audit-summary";
import { apiRoute, auditApiCall, jsonResponse, parseQuery, requireApiKey } from "~/server/api.server";
import { requireApiRole } from "~/server/api-bodies.server";
import { auditCandidates } from "~/server/fairness.server";

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();

// GET /api/v1/bias-audit[?roleId=&from=&to=]: the bias audit's figures, as on the bias audit pages.
export const loader = apiRoute(async ({ request, context }: LoaderFunctionArgs) => {
  const client = await requireApiKey(request, context, "read");
  const query = parseQuery(request, biasAuditQuerySchema);
  const role = query.roleId ? await requireApiRole(context, client, query.roleId) : null;
  const audit = fairnessAudit(
    await auditCandidates(context.db, client.organizationId, {
      roleId: role?.id,
      from: query.from ? `${query.from}T00:00:00.000Z` : undefined,
      to: query.to ? dayAfter(query.to) : undefined,
    }),
  );
  await auditApiCall(context, client, request, {
    action: "fairness.view",
    subjectType: role ? "role" : "organization",
    subjectId: role?.id ?? client.organizationId,
  });
  const body: z.infer<typeof biasAuditSchema> = {
    roleId: role?.id ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    ...audit,
  };
  return jsonResponse(body);
});
