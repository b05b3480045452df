import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { PrintButton } from "~/components/assessment/print-button";
import { SubmitButton } from "~/components/forms";
import { EmptyState, PageHeader } from "~/components/page";
import { roleAllows } from "~/domain/accounts/policy";
import { MIN_GROUP_SIZE, STAGE_DESCRIPTIONS } from "~/domain/org/diagnostic";
import { requireMember } from "~/server/auth.server";
import { closeDiagnosticRound, diagnosticResults } from "~/server/diagnostics.server";
import { redirectWithFlash } from "~/server/flash.server";
import { notFound, requireId } from "~/server/guards.server";

export const meta: MetaFunction = () => [{ title: "Relationship diagnostic — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const results = await diagnosticResults(context.db, member.organizationId, requireId(params.roundId));
  if (!results) notFound();
  const r = results.result;
  return {
    round: results.round,
    responses: results.responses,
    canEdit: roleAllows(member.role, "manager"),
    minGroup: MIN_GROUP_SIZE,
    result:
      r && r.stage !== null && r.overallTotal !== null
        ? {
            stage: r.stage,
            stageText: STAGE_DESCRIPTIONS[r.stage],
            overall: r.overallTotal,
            counts: r.counts,
            teamGap: r.teamGap,
            sales: r.sales ? { n: r.sales.respondents, mean: r.sales.meanTotal, stage: r.sales.stage } : null,
            marketing: r.marketing
              ? { n: r.marketing.respondents, mean: r.marketing.meanTotal, stage: r.marketing.stage }
              : null,
            widest: r.widestDisagreements,
          }
        : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "manager");
  const roundId = requireId(params.roundId);
  if (!(await closeDiagnosticRound(context.db, member.organizationId, roundId)))
    notFound("That round was not found or is already closed.");
  return redirectWithFlash(context, `/org/diagnostics/${roundId}`, {
    kind: "success",
    message: "The round is closed; its link no longer takes answers.",
  });
}

export default function DiagnosticResults() {
  const d = useLoaderData<typeof loader>();
  const r = d.result;
  return (
    <>
      <PageHeader
        title={d.round.title}
        description={`${d.responses} anonymous responses${d.round.closed_at ? " · closed" : " · open"}`}
        actions={
          <div className="no-print flex gap-2">
            <Link to="/org" className="btn-secondary">
              Org designer
            </Link>
            <PrintButton />
          </div>
        }
      />
      {!r ? (
        <EmptyState title={d.responses === 0 ? "No answers yet" : "Not enough answers yet"}>
          Share the round&apos;s link with your sales and marketing staff. Results appear from {d.minGroup}{" "}
          answers, so no one&apos;s ratings can be singled out.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <section className="card" aria-labelledby="stage-heading">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Relationship stage</p>
            <h2 id="stage-heading" className="text-xl capitalize">
              {r.stage}
            </h2>
            <p className="mt-1 text-slate-700">{r.stageText}</p>
            <p className="mt-2 text-sm text-slate-700">
              Overall {r.overall.toFixed(0)} of 100 (20–39 undefined, 40–59 defined, 60–79 aligned, 80–100
              integrated).
            </p>
          </section>
          <div className="grid gap-6 md:grid-cols-2">
            {(["sales", "marketing"] as const).map((team) => {
              const t = r[team];
              return (
                <section key={team} className="card" aria-labelledby={`${team}-heading`}>
                  <h2 id={`${team}-heading`}>How {team} sees it</h2>
                  {t ? (
                    <p className="mt-1 text-slate-700">
                      {t.mean.toFixed(0)} of 100 from {t.n} people: <strong>{t.stage}</strong>
                    </p>
                  ) : r.counts[team] === 0 ? (
                    <p className="mt-1 text-slate-600">No answers from {team} yet.</p>
                  ) : (
                    <p className="mt-1 text-slate-600">
                      {r.counts[team]} {r.counts[team] === 1 ? "answer" : "answers"} from {team} so far: shown
                      from {d.minGroup}, so no one&apos;s ratings can be singled out.{" "}
                      {r.sales || r.marketing
                        ? "They are left out of the overall too."
                        : "The overall pools everyone's answers."}
                    </p>
                  )}
                </section>
              );
            })}
          </div>
          {r.teamGap !== null ? (
            <section className="card" aria-labelledby="gap-heading">
              <h2 id="gap-heading">Where the teams see it differently</h2>
              <p className="mt-1 text-sm text-slate-700">
                Sales rates the relationship {Math.abs(r.teamGap).toFixed(0)} points{" "}
                {r.teamGap >= 0 ? "higher" : "lower"} than marketing. The statements with the widest gaps:
              </p>
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">Statements with the widest disagreement</caption>
                <thead>
                  <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
                    <th scope="col" className="py-1 pr-3">
                      Statement
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Sales
                    </th>
                    <th scope="col" className="py-1">
                      Marketing
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.widest.map((w) => (
                    <tr key={w.statementId} className="border-t border-slate-100 align-top">
                      <td className="py-1.5 pr-3">{w.text}</td>
                      <td className="py-1.5 pr-3 tabular-nums">{w.salesMean.toFixed(1)}</td>
                      <td className="py-1.5 tabular-nums">{w.marketingMean.toFixed(1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </div>
      )}
      {d.canEdit && !d.round.closed_at ? (
        <Form method="post" className="no-print mt-6">
          <SubmitButton className="btn-secondary" pendingText="Closing…">
            Close this round
          </SubmitButton>
        </Form>
      ) : null}
    </>
  );
}
