import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireScenario } from "~/server/org-designer.server";
import { scenarioFile } from "~/server/org-scenarios.server";

// The scenario as a JSON file that the org designer's import reads back.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { scenario } = await requireScenario(request, context, params.scenarioId);
  const slug =
    scenario.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "scenario";
  return new Response(JSON.stringify(scenarioFile(scenario), null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rolefit-${slug}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
