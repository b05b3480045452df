import { z } from "zod";
import {
  apiSchemas,
  biasAuditQuerySchema,
  createInvitationsRequestSchema,
  createRoleRequestSchema,
  candidateListQuerySchema,
  pageQuerySchema,
  recordDecisionRequestSchema,
  roleListQuerySchema,
} from "./schemas";

// The API's routes as data: the OpenAPI 3.1 document and the reference page are built from this
// list, and a test checks that every API route module appears in it and nothing else does.

export type ApiScope = "read" | "read-write";

export interface ApiOperation {
  method: "get" | "post";
  /** OpenAPI path template, e.g. /api/v1/roles/{roleId}. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  scope: ApiScope;
  query?: z.ZodObject;
  /** Component name of the request body. */
  request?: string;
  /** Component name of the 200/201 body. */
  response: string;
  status: 200 | 201;
  /** When the call can conflict with the record's state (409). */
  conflict?: string;
}

export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/roles",
    operationId: "listRoles",
    summary: "List roles",
    description: "Roles of the key's organization, most recently changed first.",
    scope: "read",
    query: roleListQuerySchema,
    response: "RoleList",
    status: 200,
  },
  {
    method: "post",
    path: "/api/v1/roles",
    operationId: "createRole",
    summary: "Create a role",
    description: "From one of the templates (`templateId`) or from a job analysis (`ratings` of tasks 0–4).",
    scope: "read-write",
    request: "CreateRoleRequest",
    response: "Role",
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/roles/{roleId}",
    operationId: "getRole",
    summary: "Get a role",
    scope: "read",
    response: "Role",
    status: 200,
  },
  {
    method: "post",
    path: "/api/v1/roles/{roleId}/invitations",
    operationId: "createInvitations",
    summary: "Invite candidates",
    description:
      "Creates one invitation per candidate (all or none) and returns each private link. With `send: email` RoleFit emails the links, with the organization's candidate contact (else the email of the owner who created the key) as the Reply-To.",
    scope: "read-write",
    request: "CreateInvitationsRequest",
    response: "InvitationsCreated",
    status: 201,
    conflict: "The role is archived, or emailing needs an address for replies",
  },
  {
    method: "post",
    path: "/api/v1/invitations/{invitationId}/withdraw",
    operationId: "withdrawInvitation",
    summary: "Withdraw an invitation",
    description: "The link stops working; the candidate's record stays.",
    scope: "read-write",
    response: "InvitationWithdrawn",
    status: 200,
    conflict: "The invitation was already withdrawn",
  },
  {
    method: "get",
    path: "/api/v1/roles/{roleId}/candidates",
    operationId: "listCandidates",
    summary: "List a role's candidates, ranked",
    description:
      "Ranked candidates first (best first), then the others newest first. With order=team, completed candidates come in the order for the role's team, each with its team figures.",
    scope: "read",
    query: candidateListQuerySchema,
    response: "CandidateList",
    status: 200,
  },
  {
    method: "get",
    path: "/api/v1/roles/{roleId}/candidates/{candidateId}",
    operationId: "getCandidateReport",
    summary: "Get a candidate's report",
    scope: "read",
    response: "CandidateReport",
    status: 200,
  },
  {
    method: "post",
    path: "/api/v1/roles/{roleId}/candidates/{candidateId}/decisions",
    operationId: "recordDecision",
    summary: "Record a decision",
    scope: "read-write",
    request: "RecordDecisionRequest",
    response: "DecisionRecorded",
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/bias-audit",
    operationId: "getBiasAudit",
    summary: "Bias-audit figures",
    description:
      "Selection and scoring rates by group with impact ratios, for the organization or one role (`roleId`), optionally between two dates.",
    scope: "read",
    query: biasAuditQuerySchema,
    response: "BiasAudit",
    status: 200,
  },
  {
    method: "get",
    path: "/api/v1/scenarios",
    operationId: "listScenarios",
    summary: "List org scenarios",
    scope: "read",
    query: pageQuerySchema,
    response: "ScenarioList",
    status: 200,
  },
  {
    method: "get",
    path: "/api/v1/scenarios/{scenarioId}/evaluation",
    operationId: "evaluateScenario",
    summary: "Evaluate an org scenario",
    description:
      "The org designer's verdict on a stored scenario, as the CLI's `org evaluate --json` gives it for an exported file.",
    scope: "read",
    response: "ScenarioEvaluation",
    status: 200,
  },
];

const REQUEST_COMPONENTS = new Set(
  [createRoleRequestSchema, createInvitationsRequestSchema, recordDecisionRequestSchema].map(
    (s) => apiSchemas.get(s)!.id,
  ),
);

const ERRORS: Record<number, string> = {
  400: "Invalid input: `errors` lists each field",
  401: "Missing, unknown or revoked API key",
  403: "The key's scope does not allow this",
  404: "Not found, or it belongs to another organization",
  415: "The body is not JSON",
  429: "Too many requests for this key: wait Retry-After seconds",
};

function components() {
  const settings = {
    target: "draft-2020-12",
    uri: (id: string) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  } as const;
  const output = z.toJSONSchema(apiSchemas, { ...settings, io: "output" }).schemas;
  const input = z.toJSONSchema(apiSchemas, { ...settings, io: "input" }).schemas;
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(output)) {
    const chosen = REQUEST_COMPONENTS.has(name) ? input[name]! : schema;
    // Components sit inside the OpenAPI document, which names the dialect once for all of them.
    const { $schema: _, $id: __, ...rest } = chosen as Record<string, unknown>;
    out[name] = rest;
  }
  return out;
}

function parameters(op: ApiOperation) {
  const params: unknown[] = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  }));
  if (op.query) {
    const schema = z.toJSONSchema(op.query, {
      target: "draft-2020-12",
      io: "output",
      unrepresentable: "any",
    }) as { properties?: Record<string, unknown> };
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      params.push({ name, in: "query", required: false, schema: property });
  }
  return params;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The OpenAPI 3.1 document of the API, for a server at `origin`. */
export function openApiDocument(origin: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const errors = [
      400,
      401,
      ...(op.scope === "read-write" ? [403] : []),
      404,
      ...(op.conflict ? [409] : []),
      ...(op.request ? [415] : []),
      429,
    ];
    (paths[op.path] ??= {})[op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      "x-rolefit-scope": op.scope,
      parameters: parameters(op),
      ...(op.request
        ? { requestBody: { required: true, content: { "application/json": { schema: ref(op.request) } } } }
        : {}),
      responses: {
        [op.status]: {
          description: op.status === 201 ? "Created" : "OK",
          content: { "application/json": { schema: ref(op.response) } },
        },
        ...Object.fromEntries(
          errors.map((s) => [
            s,
            { description: ERRORS[s], content: { "application/problem+json": { schema: ref("Problem") } } },
          ]),
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "RoleFit API",
      version: "1.0.0",
      description:
        "Organization-scoped JSON API. Authenticate with `Authorization: Bearer <key>` (owners create keys under Settings → API keys). Errors are RFC 9457 problem details. Lists are paged with an opaque `cursor` and `limit` (at most 100).",
    },
    servers: [{ url: origin }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key of the organization" },
      },
      schemas: components(),
    },
    paths,
  };
}
