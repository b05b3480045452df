import type { LoaderFunctionArgs } from "@remix-run/node";
import { candidateReport } from "~/domain/hiring/candidate-report";
import { candidateStatus } from "~/domain/hiring/candidate-status";
import { requireCandidate } from "~/server/hiring-guards.server";
import { actorOf, auditedRead } from "~/server/audit-log.server";
import { listOutcomes } from "~/server/outcomes.server";

// One candidate as JSON: invitation, status, scores, fit to the role, decisions, notes and job outcomes.
// Like the role's CSV, for managers and owners only: viewers read on screen.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role, candidate } = await requireCandidate(request, context, params, "manager");
  const event = { action: "candidate.export", subjectType: "candidate", subjectId: candidate.id } as const;
  const outcomes = await auditedRead(context.db, member.organizationId, actorOf(member), event, (trx) =>
    listOutcomes(trx, member.organizationId, candidate.id),
  );
  const body = {
    exportedAt: new Date().toISOString(),
    role: { id: role.id, title: role.title, targets: role.targets },
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      invitedAt: candidate.createdAt,
      status: candidateStatus(candidate, candidate.attempt?.status ?? null),
      completedAt: candidate.attempt?.completedAt ?? null,
      instrumentVersion: candidate.attempt?.versionId ?? null,
    },
    scores: candidate.scores,
    fit: candidate.scores ? candidateReport(role.targets, candidate.scores).fit : null,
    decisions: candidate.decisions,
    notes: candidate.notes,
    outcomes,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rolefit-candidate-${candidate.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
