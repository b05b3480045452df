import type { LoaderFunctionArgs } from "@remix-run/node";
import { openApiDocument } from "~/domain/api/openapi";
import { publicOrigin } from "~/server/context.server";

// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the API's zod schemas. Public:
// it describes the API, not any organization's data.
export function loader({ context }: LoaderFunctionArgs) {
  return new Response(JSON.stringify(openApiDocument(publicOrigin(context)), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
