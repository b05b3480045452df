import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { SubmitButton } from "~/components/forms";
import { deleteAttemptData, findAttempt } from "~/server/attempts.server";
import { redirectWithFlash } from "~/server/flash.server";

export const handle = candidateHandle;
export const meta: MetaFunction = () => [
  { title: "Delete my data — RoleFit" },
  { name: "robots", content: "noindex" },
];

export async function loader({ params, context }: LoaderFunctionArgs) {
  const attempt = await findAttempt(context.db, params.token);
  if (!attempt)
    throw data({ message: "This link is not valid, or the data was already deleted." }, { status: 404 });
  return {
    base: `/a/${params.token}`,
    invited: attempt.kind === "invited",
    answered: attempt.answers.length,
  };
}

export async function action({ params, context }: ActionFunctionArgs) {
  if (!(await deleteAttemptData(context.db, params.token ?? "")))
    throw data({ message: "This link is not valid, or the data was already deleted." }, { status: 404 });
  return redirectWithFlash(context, "/", {
    kind: "success",
    message: "Your answers, scores and background answers were deleted. The link no longer works.",
  });
}

export default function DeleteMyData() {
  const d = useLoaderData<typeof loader>();
  return (
    <CandidateShell>
      <div className="card">
        <h1>Delete my data?</h1>
        <p className="mt-2 text-slate-700">
          This permanently deletes your {d.answered} answers, your scores and any background answers you gave.
          {d.invited ? " The organization that invited you will no longer see your results." : ""} It cannot
          be undone.
        </p>
        <Form method="post" className="mt-6 flex flex-wrap gap-3">
          <SubmitButton className="btn-danger" pendingText="Deleting…">
            Yes, delete everything
          </SubmitButton>
          <Link to={d.base} className="btn-secondary">
            Keep my data
          </Link>
        </Form>
      </div>
    </CandidateShell>
  );
}
