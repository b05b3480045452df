import type { LoaderFunctionArgs } from "@remix-run/node";
import { CANDIDATE_STATUS_LABELS } from "~/domain/hiring/candidate-status";
import { data } from "@remix-run/node";
import { bulkFields, roleExportSchema } from "~/domain/hiring/bulk-actions";
import { toCsv } from "~/domain/hiring/csv-export";
import { rankRole } from "~/domain/hiring/ranking";
import { TRAITS } from "~/domain/instrument";
import { requireRole } from "~/server/hiring-guards.server";
import { actorOf, auditedRead } from "~/server/audit-log.server";
import { listRoleCandidates } from "~/server/candidates.server";

const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100);

// A role's candidates with ranks, fit ranges, decisions and trait estimates, for a spreadsheet (CSV)
// or a program (JSON): all of them, or those selected on the ranked list (`c`, repeated). It
// carries every candidate's email, so only managers and owners may take it out; viewers read on screen.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId, "manager");
  const query = roleExportSchema.safeParse(bulkFields(new URL(request.url).searchParams));
  if (!query.success) throw data({ message: query.error.issues[0]!.message }, { status: 400 });
  const { ids, format } = query.data;
  // An id that is not a candidate of this role is refused (and no export recorded), not left out.
  const foreign = (list: Array<{ id: string }>) => ids.some((id) => !list.some((c) => c.id === id));
  const event = (list: Array<{ id: string }>) =>
    foreign(list)
      ? null
      : ({
          action: "role.export",
          subjectType: "role",
          subjectId: role.id,
          ...(ids.length ? { details: { candidates: ids, format } } : {}),
        } as const);
  const candidates = await auditedRead(context.db, member.organizationId, actorOf(member), event, (trx) =>
    listRoleCandidates(trx, member.organizationId, role.id),
  );
  // Ranks are those of the whole role; a selection only narrows the rows.
  const wanted = new Set(ids);
  if (foreign(candidates))
    throw data({ message: "Some of the selected candidates are not in this role." }, { status: 404 });
  const listed = rankRole(role.targets, candidates).filter((c) => !ids.length || wanted.has(c.id));
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
  if (format === "json") {
    const records = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
    return new Response(
      JSON.stringify({ role: { id: role.id, title: role.title }, candidates: records }, null, 2),
      {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": `attachment; filename="rolefit-${slug}-candidates.json"`,
          "Cache-Control": "no-store",
        },
      },
    );
  }
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rolefit-${slug}-candidates.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
