import type { LoaderFunctionArgs } from "@remix-run/node";
import { sql } from "kysely";

// For load balancers and uptime checks: 200 with the database reachable, else 503.
export async function loader({ context }: LoaderFunctionArgs) {
  const started = performance.now();
  try {
    await sql`select 1`.execute(context.db);
    return Response.json(
      {
        status: "ok",
        database: {
          dialect: context.database.dialect,
          status: "ok",
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
        },
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("[healthz] database check failed", error);
    return Response.json(
      { status: "error", database: { dialect: context.database.dialect, status: "unreachable" } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
