import type { LoaderFunctionArgs } from "@remix-run/node";
import { CANDIDATE_STATUS_LABELS } from "~/domain/hiring/candidate-status";
import { toCsv } from "~/domain/hiring/csv-export";
import { rankRole } from "~/domain/hiring/ranking";
import { TRAITS } from "~/domain/instrument";
import { requireRole } from "~/server/hiring-guards.server";
import { actorOf, auditedRead } from "~/server/audit-log.server";
import { listRoleCandidates } from "~/server/candidates.server";

const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100);

// A role's candidates with ranks, fit ranges, decisions and trait estimates, for a spreadsheet.
// It carries every candidate's email, so only managers and owners may take it out; viewers read on screen.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId, "manager");
  const event = { action: "role.export", subjectType: "role", subjectId: role.id } as const;
  const candidates = await auditedRead(context.db, member.organizationId, actorOf(member), event, (trx) =>
    listRoleCandidates(trx, member.organizationId, role.id),
  );
  const listed = rankRole(role.targets, candidates);
  // The rank as a number with a separate "tied" column: "=2" would read as a formula in a spreadsheet.
  const header = [
    "rank",
    "tied",
    "name",
    "email",
    "status",
    "fit",
    "fit_low_80",
    "fit_high_80",
    "fit_model",
    "quality_notes",
    "decision",
    "decided_by",
    "decided_at",
    ...TRAITS.flatMap((t) => [`${t.id}_theta`, `${t.id}_se`]),
  ];
  const rows = listed.map((c) => [
    c.rank,
    c.rank === null ? null : c.tied ? "yes" : "no",
    c.name,
    c.email,
    CANDIDATE_STATUS_LABELS[c.status],
    round(c.fit?.fit),
    round(c.fit?.interval[0]),
    round(c.fit?.interval[1]),
    c.fit?.model ?? null,
    c.attemptStatus === "completed" ? c.qualityFlagCount : null,
    c.decision?.decision ?? null,
    c.decision?.by ?? null,
    c.decision?.at ?? null,
    ...TRAITS.flatMap((t) => [round(c.profile?.[t.id]?.[0]), round(c.profile?.[t.id]?.[1])]),
  ]);
  const slug =
    role.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "role";
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rolefit-${slug}-candidates.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
