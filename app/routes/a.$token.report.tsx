import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PersonalReportView } from "~/components/assessment/personal-report-view";
import { PrintButton } from "~/components/assessment/print-button";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { personalReport } from "~/domain/assessment/report";
import { attemptAccess } from "~/server/attempt-access.server";
import { attemptScores, findAttempt } from "~/server/attempts.server";
import { missingLink } from "~/server/deleted-links.server";

export const handle = candidateHandle;

export const meta: MetaFunction = () => [
  { title: "Your results — RoleFit" },
  { name: "robots", content: "noindex" },
];

export async function loader({ params, context }: LoaderFunctionArgs) {
  const attempt = await findAttempt(context.db, params.token);
  if (!attempt)
    throw await missingLink(
      context,
      params.token,
      "This report link is not valid. Check that you copied the whole link.",
    );
  if (attempt.status !== "completed") throw redirect(`/a/${params.token}`);
  const access = await attemptAccess(context.db, attempt);
  if (!access.reportVisible) {
    throw data(
      {
        message: `${access.organizationName ?? "The organization"} does not share reports with candidates. Your answers were received.`,
      },
      { status: 403 },
    );
  }
  const scores = await attemptScores(context.db, attempt.id);
  if (!scores) throw data({ message: "This report is not ready yet." }, { status: 404 });
  return {
    report: personalReport(scores),
    completedAt: attempt.completedAt,
    versionId: attempt.version.id,
    form: attempt.form,
    base: `/a/${params.token}`,
    attemptId: attempt.id,
  };
}

export default function Report() {
  const d = useLoaderData<typeof loader>();
  return (
    <CandidateShell wide>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl">Your results</h1>
          <p className="mt-1 text-sm text-slate-600">
            Completed{" "}
            {d.completedAt
              ? new Date(d.completedAt).toLocaleDateString("en-GB", {
                  day: "numeric",
                  month: "long",
                  year: "numeric",
                })
              : ""}{" "}
            · {d.form === "short" ? "short form" : "adaptive form"} · questionnaire version {d.versionId}
          </p>
        </div>
        <div className="no-print flex gap-2">
          <PrintButton />
        </div>
      </div>
      <PersonalReportView report={d.report} planeId={d.attemptId} />
      <section className="card no-print mt-6" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p className="mt-1 text-sm text-slate-700">
          This page's address is private: anyone with it can see this report, so share it only if you want to.
          Bookmark it to come back.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link to={`${d.base}/data`} reloadDocument className="btn-secondary">
            Download my data (JSON)
          </Link>
          <Link to={`${d.base}/delete`} className="btn-danger">
            Delete my data
          </Link>
        </div>
      </section>
    </CandidateShell>
  );
}
