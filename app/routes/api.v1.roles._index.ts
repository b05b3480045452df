import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createRoleRequestSchema, roleListQuerySchema, type roleListSchema } from "~/domain/api/schemas";
import { targetsFromJobAnalysis } from "~/domain/fit/job-analysis";
import { templateById } from "~/domain/fit/templates";
import { ALL_TASKS } from "~/domain/instrument";
import {
  apiRoute,
  auditApiCall,
  jsonResponse,
  paginate,
  parseJsonBody,
  parseQuery,
  requireApiKey,
  requireMethod,
} from "~/server/api.server";
import { createRole, findRole, listRoles } from "~/server/roles.server";
import { roleBody } from "~/server/api-bodies.server";
import type { z } from "zod";

// GET /api/v1/roles: the organization's roles, paged. POST: a role from a template or a job analysis.

export const loader = apiRoute(async ({ request, context }: LoaderFunctionArgs) => {
  const client = await requireApiKey(request, context, "read");
  const query = parseQuery(request, roleListQuerySchema);
  const roles = await listRoles(context.db, client.organizationId, query.status);
  const page = paginate(roles, query);
  await auditApiCall(context, client, request, {
    action: "roles.list",
    subjectType: "organization",
    subjectId: client.organizationId,
  });
  const body: z.infer<typeof roleListSchema> = {
    data: page.data.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      source: r.source,
      templateId: r.templateId,
      candidates: r.candidates,
      completed: r.completed,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
    next: page.next,
  };
  return jsonResponse(body);
});

export const action = apiRoute(async ({ request, context }: ActionFunctionArgs) => {
  requireMethod(request, "POST");
  const client = await requireApiKey(request, context, "read-write");
  const input = await parseJsonBody(request, createRoleRequestSchema);
  let roleId: string;
  if (input.from === "template") {
    const template = templateById(input.templateId)!;
    roleId = await createRole(context.db, client.organizationId, {
      title: input.title,
      templateId: template.id,
      source: "template",
      targets: template.targets,
      createdByUserId: null,
    });
  } else {
    // Tasks left out count 0, as on the form.
    const ratings = Object.fromEntries(ALL_TASKS.map((t) => [t.id, input.ratings[t.id] ?? 0]));
    roleId = await createRole(context.db, client.organizationId, {
      title: input.title,
      templateId: null,
      source: "job-analysis",
      targets: targetsFromJobAnalysis(ratings),
      jobAnalysis: ratings,
      createdByUserId: null,
    });
  }
  await auditApiCall(context, client, request, {
    action: "role.create",
    subjectType: "role",
    subjectId: roleId,
  });
  return jsonResponse(roleBody((await findRole(context.db, client.organizationId, roleId))!), 201);
});
