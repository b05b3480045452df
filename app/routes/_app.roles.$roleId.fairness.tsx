import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FairnessReport } from "~/components/fairness/fairness-report";
import { PageHeader } from "~/components/page";
import { fairnessAudit } from "~/domain/fairness/audit-summary";
import { auditRange } from "~/domain/fairness/date-range";
import { requireRole } from "~/server/hiring-guards.server";
import { actorOf, auditedRead, isNewPageView } from "~/server/audit-log.server";
import { auditCandidates } from "~/server/fairness.server";

export const meta: MetaFunction = () => [{ title: "Bias audit — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role } = await requireRole(request, context, params.roleId);
  const range = auditRange(new URL(request.url).searchParams);
  const event = isNewPageView(request)
    ? ({ action: "fairness.view", subjectType: "role", subjectId: role.id } as const)
    : () => null;
  const candidates = await auditedRead(context.db, member.organizationId, actorOf(member), event, (trx) =>
    auditCandidates(trx, member.organizationId, { roleId: role.id, from: range.fromIso, to: range.toIso }),
  );
  const audit = fairnessAudit(candidates);
  return { audit, from: range.from, to: range.to, role: { id: role.id, title: role.title } };
}

export default function RoleFairness() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={`Bias audit: ${d.role.title}`}
        description="Impact ratios for this role, from voluntarily reported groups."
        actions={
          <Link to={`/roles/${d.role.id}`} className="btn-secondary no-print">
            Back to the role
          </Link>
        }
      />
      <FairnessReport audit={d.audit} scope={d.role.title} from={d.from} to={d.to} />
    </>
  );
}
