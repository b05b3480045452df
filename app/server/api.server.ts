import type { AppLoadContext } from "@remix-run/node";
import type { z } from "zod";
import type { AuditAction, AuditEventsTable } from "#db/schema.ts";
import type { ApiScope } from "~/domain/api/openapi";
import { idSchema } from "~/domain/accounts/schemas";
import { authenticateApiKeySecret, type AuthenticatedKey } from "./api-keys.server.ts";
import { recordAuditEvent, type Actor } from "./audit-log.server.ts";

// What every API route shares: authentication by key, scope, rate limit, problem details,
// pagination and the audit row. Routes stay thin: authenticate, parse, one data call, respond.

/** Requests per key per minute. Provisional: chosen to let a sync job page through a few thousand
 * candidates in a minute while stopping a runaway loop; not yet tuned on real clients. */
export const API_RATE_LIMIT = 600;
export const API_RATE_WINDOW_MS = 60_000;

/** A failure the client can act on, answered as RFC 9457 problem details. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: {
      errors?: Array<{ field: string; message: string }>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail);
  }
}

export function problemResponse(problem: ApiProblem): Response {
  const body = {
    type: "about:blank",
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    ...(problem.extra.errors ? { errors: problem.extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: {
      "Content-Type": "application/problem+json",
      "Cache-Control": "no-store",
      ...problem.extra.headers,
    },
  });
}

export const notFoundProblem = () =>
  new ApiProblem(
    404,
    "Not Found",
    "There is nothing at this address, or it belongs to another organization.",
  );

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

type RouteArgs = { request: Request; params: Record<string, string | undefined>; context: AppLoadContext };

/**
 * The key each request authenticated with, so that a call refused after that point (403, 404, 400,
 * 409…) is still in the audit log under the key's name: an owner sees a key probing for records.
 */
const keyOfRequest = new WeakMap<Request, ApiClient>();

/**
 * Wraps a route function: a thrown ApiProblem becomes its problem response, audited when the key
 * was known. Anything else is a bug and propagates. Calls over the rate limit are not written: a
 * row per refused call would let a flood grow the log without bound (the limit itself is in the
 * answer's Retry-After).
 */
export function apiRoute(handler: (args: RouteArgs) => Promise<Response>) {
  return async (args: RouteArgs): Promise<Response> => {
    try {
      return await handler(args);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      const client = keyOfRequest.get(args.request);
      if (client && error.status !== 429) {
        await auditApiCall(args.context, client, args.request, {
          action: "api.refused",
          subjectType: "organization",
          subjectId: client.organizationId,
          details: { status: error.status },
        });
      }
      return problemResponse(error);
    }
  };
}

/** An action that accepts only `allowed`: anything else is a 405 problem. */
export function requireMethod(request: Request, allowed: "POST") {
  if (request.method.toUpperCase() !== allowed) {
    throw new ApiProblem(405, "Method Not Allowed", `Use ${allowed} here.`, { headers: { Allow: allowed } });
  }
}

export interface ApiClient extends AuthenticatedKey {
  actor: Actor;
}

/** The key's name is the actor of every audit row its calls cause. */
export const apiKeyActor = (key: { name: string }): Actor => ({
  userId: null,
  name: `API key “${key.name}”`,
});

function bearerSecret(request: Request): string | null {
  const header = request.headers.get("Authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}

const unauthorized = (detail: string, scheme = "Bearer") =>
  new ApiProblem(401, "Unauthorized", detail, {
    headers: { "WWW-Authenticate": `${scheme} realm="RoleFit"` },
  });

/**
 * The key of the request, counted against its rate limit and checked for the scope. Throws 401 for
 * a missing, unknown or revoked key, 429 over the limit, 403 when the scope is too narrow.
 */
async function authenticateApi(
  request: Request,
  context: AppLoadContext,
  secret: string | null,
  needed: ApiScope,
  scheme = "Bearer",
): Promise<ApiClient> {
  if (!secret)
    throw unauthorized(
      scheme === "Basic"
        ? "Send an API key as the Basic username."
        : "Send an API key: Authorization: Bearer <key>.",
      scheme,
    );
  const key = await authenticateApiKeySecret(context.db, secret);
  if (!key) throw unauthorized("This API key is unknown or has been revoked.", scheme);
  const client: ApiClient = { ...key, actor: apiKeyActor(key) };
  keyOfRequest.set(request, client);
  const wait = await context.limiter.hit(`api:key:${key.id}`, API_RATE_LIMIT, API_RATE_WINDOW_MS);
  if (wait > 0) {
    throw new ApiProblem(
      429,
      "Too Many Requests",
      `This key made more than ${API_RATE_LIMIT} requests in a minute. Wait ${wait} seconds.`,
      {
        headers: { "Retry-After": String(wait) },
      },
    );
  }
  if (needed === "read-write" && key.scope !== "read-write") {
    throw new ApiProblem(403, "Forbidden", "This key is read-only; this call needs a read-write key.");
  }
  return client;
}

export const requireApiKey = (request: Request, context: AppLoadContext, needed: ApiScope) =>
  authenticateApi(request, context, bearerSecret(request), needed);

/**
 * HTTP Basic with the key as the username and an empty password, as Greenhouse sends it. Exported
 * for send_test only, which keeps the key (sealed) for the PATCH that must carry it back.
 */
export function basicApiKey(request: Request): string | null {
  const match = request.headers.get("Authorization")?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon >= 0 ? decoded.slice(0, colon) : decoded;
}

export const requireBasicApiKey = (request: Request, context: AppLoadContext, needed: ApiScope) =>
  authenticateApi(request, context, basicApiKey(request), needed, "Basic");

/** An id from the URL: a malformed one is simply not found. */
export function apiId(value: unknown): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFoundProblem();
  return parsed.data;
}

function fieldErrors(error: z.ZodError) {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
}

/** Query parameters through a schema; 400 with per-field errors when they do not fit. */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    throw new ApiProblem(400, "Bad Request", "Some query parameters are not valid.", {
      errors: fieldErrors(parsed.error),
    });
  return parsed.data;
}

/** A JSON body through a schema; 415 for another content type, 400 for bad JSON or bad fields. */
export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const type = request.headers.get("Content-Type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new ApiProblem(
      415,
      "Unsupported Media Type",
      "Send the body as JSON with Content-Type: application/json.",
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await request.text());
  } catch {
    throw new ApiProblem(400, "Bad Request", "The body is not valid JSON.", {
      errors: [{ field: "", message: "Not valid JSON." }],
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ApiProblem(400, "Bad Request", "Some fields are not valid.", {
      errors: fieldErrors(parsed.error),
    });
  return parsed.data;
}

/**
 * One page of an ordered list. The cursor is opaque to clients: it names the last item of the
 * previous page, so a page never repeats or skips an item when others are added before it.
 */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  query: { limit: number; cursor?: string },
) {
  let start = 0;
  if (query.cursor) {
    let after: unknown;
    try {
      after = (JSON.parse(Buffer.from(query.cursor, "base64url").toString("utf8")) as { after?: unknown })
        .after;
    } catch {
      after = undefined;
    }
    const index = typeof after === "string" ? items.findIndex((item) => item.id === after) : -1;
    if (index < 0) {
      throw new ApiProblem(
        400,
        "Bad Request",
        "This cursor is not valid (or its item is gone); start again without one.",
        {
          errors: [{ field: "cursor", message: "Not a cursor of this list." }],
        },
      );
    }
    start = index + 1;
  }
  const data = items.slice(start, start + query.limit);
  const more = start + query.limit < items.length;
  const next = more
    ? Buffer.from(JSON.stringify({ after: data[data.length - 1]!.id })).toString("base64url")
    : null;
  return { data, next };
}

/** The audit row of an API call: the key's name as the actor, the method and path as details. */
export async function auditApiCall(
  context: AppLoadContext,
  client: ApiClient,
  request: Request,
  event: {
    action: AuditAction;
    subjectType: AuditEventsTable["subject_type"];
    subjectId: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const url = new URL(request.url);
  await recordAuditEvent(context.db, client.organizationId, client.actor, {
    ...event,
    details: {
      ...event.details,
      via: "api",
      keyId: client.id,
      request: `${request.method.toUpperCase()} ${url.pathname}`,
    },
  });
}
