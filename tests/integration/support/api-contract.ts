import type { AppLoadContext } from "@remix-run/node";
import { expect } from "vitest";
import type { z } from "zod";
import { API_OPERATIONS, openApiDocument } from "~/domain/api/openapi";
import {
  apiSchemas,
  biasAuditSchema,
  candidateListSchema,
  candidateReportSchema,
  decisionRecordedSchema,
  invitationWithdrawnSchema,
  invitationsCreatedSchema,
  problemSchema,
  roleListSchema,
  roleSchema,
  scenarioEvaluationSchema,
  scenarioListSchema,
} from "~/domain/api/schemas";
import { callRoute, type RouteResult } from "./call-route.ts";

// Contract checks for API calls in tests: every response is parsed with the schema the OpenAPI
// document declares for that operation (its success body, or Problem for an error).

const responseSchemas = [
  roleListSchema,
  roleSchema,
  invitationsCreatedSchema,
  invitationWithdrawnSchema,
  candidateListSchema,
  candidateReportSchema,
  decisionRecordedSchema,
  biasAuditSchema,
  scenarioListSchema,
  scenarioEvaluationSchema,
];
const schemaById = new Map<string, z.ZodType>(responseSchemas.map((s) => [apiSchemas.get(s)!.id, s]));

type RouteFn = Parameters<typeof callRoute>[0];

const documentPaths = openApiDocument("http://localhost:3000").paths as Record<
  string,
  Record<string, { responses: Record<string, unknown> }>
>;

/** Calls an API route as `operationId` and checks the response against the document. */
export async function callApi(
  operationId: string,
  fn: RouteFn | undefined,
  options: {
    context: AppLoadContext;
    path: string;
    key?: string | null;
    params?: Record<string, string>;
    json?: unknown;
    headers?: Record<string, string>;
  },
): Promise<RouteResult> {
  const op = API_OPERATIONS.find((o) => o.operationId === operationId);
  expect(op, operationId).toBeDefined();
  expect(fn, `${operationId} route function`).toBeTypeOf("function");
  const headers = { ...(options.key ? { Authorization: `Bearer ${options.key}` } : {}), ...options.headers };
  const res = await callRoute(fn!, {
    context: options.context,
    path: options.path,
    params: options.params,
    json: options.json,
    method: op!.method === "post" ? "POST" : "GET",
    headers,
  });
  // Every status an operation answers is one its entry in the document declares.
  expect(
    Object.keys(documentPaths[op!.path]![op!.method]!.responses),
    `${operationId} documents ${res.status}`,
  ).toContain(String(res.status));
  if (res.status < 400) {
    expect(res.status, `${operationId} status`).toBe(op!.status);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    const schema = schemaById.get(op!.response);
    expect(schema, `schema ${op!.response}`).toBeDefined();
    const parsed = schema!.safeParse(res.data);
    expect(
      parsed.success,
      `${operationId} response fits ${op!.response}: ${JSON.stringify(parsed.error?.issues ?? []).slice(0, 500)}`,
    ).toBe(true);
  } else {
    expectProblem(res, res.status);
  }
  return res;
}

export function expectProblem(res: RouteResult, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  const parsed = problemSchema.safeParse(res.data);
  expect(parsed.success, JSON.stringify(res.data)).toBe(true);
  expect(res.data.status).toBe(status);
}

/** The Authorization header Greenhouse sends: HTTP Basic, the API key as the username, no password. */
export const basicAuthorization = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
