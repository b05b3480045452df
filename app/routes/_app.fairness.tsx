import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FairnessReport } from "~/components/fairness/fairness-report";
import { QuestionFairnessSection } from "~/components/fairness/question-fairness-section";
import { PageHeader } from "~/components/page";
import { fairnessAudit } from "~/domain/fairness/audit-summary";
import { auditRange } from "~/domain/fairness/date-range";
import { requireMember } from "~/server/auth.server";
import { actorOf, auditedRead, isNewPageView } from "~/server/audit-log.server";
import { auditCandidates } from "~/server/fairness.server";
import { questionFairness } from "~/domain/fairness/question-fairness";
import { questionFairnessPeople } from "~/server/question-fairness.server";

export const meta: MetaFunction = () => [{ title: "Bias audit — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const range = auditRange(new URL(request.url).searchParams);
  const event = isNewPageView(request)
    ? ({ action: "fairness.view", subjectType: "organization", subjectId: member.organizationId } as const)
    : () => null;
  const candidates = await auditedRead(context.db, member.organizationId, actorOf(member), event, (trx) =>
    auditCandidates(trx, member.organizationId, { from: range.fromIso, to: range.toIso }),
  );
  const audit = fairnessAudit(candidates);
  const questions = questionFairness(
    await questionFairnessPeople(context.db, member.organizationId, { from: range.fromIso, to: range.toIso }),
  );
  return { audit, questions, from: range.from, to: range.to, organizationName: member.organizationName };
}

export default function OrganizationFairness() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Bias audit"
        description={`Impact ratios across all roles of ${d.organizationName}, from voluntarily reported groups.`}
      />
      <FairnessReport audit={d.audit} scope={`All roles of ${d.organizationName}`} from={d.from} to={d.to} />
      <QuestionFairnessSection result={d.questions} />
    </>
  );
}
