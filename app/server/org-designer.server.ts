import type { AppLoadContext } from "@remix-run/node";
import type { MemberRole } from "#db/schema.ts";
import { requireMember } from "./auth.server.ts";
import { latestRelationshipStage } from "./diagnostics.server.ts";
import { notFound, requireId } from "./guards.server.ts";
import { findScenario } from "./org-scenarios.server.ts";

/** The guard of every scenario page: a member of the organization that owns the scenario. */
export async function requireScenario(
  request: Request,
  context: AppLoadContext,
  scenarioId: string | undefined,
  needed: MemberRole = "viewer",
) {
  const member = await requireMember(request, context, needed);
  const scenario = await findScenario(context.db, member.organizationId, requireId(scenarioId));
  if (!scenario) notFound();
  const diagnostic = await latestRelationshipStage(context.db, member.organizationId);
  return {
    member,
    scenario,
    stage: diagnostic?.stage ?? ("defined" as const),
    stageSource: diagnostic ? `from “${diagnostic.roundTitle}”` : "assumed: no diagnostic yet",
  };
}
