import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PersonalReportView } from "~/components/assessment/personal-report-view";
import { PageHeader } from "~/components/page";
import { personalReport } from "~/domain/assessment/report";
import { requireMember } from "~/server/auth.server";
import { notFound, requireId } from "~/server/guards.server";
import { actorOf, auditedRead, isNewPageView } from "~/server/audit-log.server";
import { findTeamMapEntry } from "~/server/team-map.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.name ?? "Member"} — Team map — RoleFit` },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const id = requireId(params.entryId);
  const event = (found: { id: string; scores: unknown } | undefined | null) =>
    found?.scores && isNewPageView(request)
      ? ({ action: "team-member.view", subjectType: "team-member", subjectId: found.id } as const)
      : null;
  const entry = await auditedRead(context.db, member.organizationId, actorOf(member), event, (trx) =>
    findTeamMapEntry(trx, member.organizationId, id),
  );
  if (!entry || !entry.scores) notFound();
  return { id: entry.id, name: entry.name, report: personalReport(entry.scores) };
}

export default function MemberReport() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={d.name}
        description="Shared on the team map by this member."
        actions={
          <Link to="/team" className="btn-secondary">
            Team map
          </Link>
        }
      />
      <PersonalReportView report={d.report} planeId={d.id} />
    </>
  );
}
