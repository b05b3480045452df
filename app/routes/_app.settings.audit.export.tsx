import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditRange } from "~/domain/fairness/date-range";
import { toCsv } from "~/domain/hiring/csv-export";
import { requireMember } from "~/server/auth.server";
import { actorOf, auditedRead, listAuditEvents } from "~/server/audit-log.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const range = auditRange(new URL(request.url).searchParams);
  const event = {
    action: "audit-log.export",
    subjectType: "organization",
    subjectId: member.organizationId,
  } as const;
  const { rows } = await auditedRead(context.db, member.organizationId, actorOf(member), event, (trx) =>
    listAuditEvents(trx, member.organizationId, { from: range.fromIso, to: range.toIso, limit: 1_000_000 }),
  );
  const csv = toCsv(
    ["at", "actor", "action", "subject_type", "subject_id", "details"],
    rows.map((r) => [r.created_at, r.actor_name, r.action, r.subject_type, r.subject_id, r.details]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="rolefit-audit-log.csv"',
      "Cache-Control": "no-store",
    },
  });
}
