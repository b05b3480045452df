import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { requireCandidate } from "~/server/hiring-guards.server";
import { actorOf } from "~/server/audit-log.server";

import { eraseCandidates } from "~/server/erasure.server";
import { redirectWithFlash } from "~/server/flash.server";

export const meta: MetaFunction = () => [{ title: "Erase candidate — RoleFit" }];

// Erasing is an owner's decision: it removes the candidate from every table and cannot be undone.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { role, candidate } = await requireCandidate(request, context, params, "owner");
  return {
    role: { id: role.id, title: role.title },
    candidate: { id: candidate.id, name: candidate.name, email: candidate.email },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, role, candidate } = await requireCandidate(request, context, params, "owner");
  await eraseCandidates(context.db, member.organizationId, [candidate.id], actorOf(member));
  return redirectWithFlash(context, `/roles/${role.id}`, {
    kind: "success",
    message: "The candidate was erased from every table. The audit log keeps only that an erasure happened.",
  });
}

export default function EraseCandidate() {
  const d = useLoaderData<typeof loader>();
  return (
    <div className="max-w-2xl">
      <PageHeader title={`Erase ${d.candidate.name}?`} />
      <div className="card">
        <p className="text-slate-700">
          This permanently removes {d.candidate.name} ({d.candidate.email}) from {d.role.title}: the
          invitation, every answer, the scores, the background answers, decisions, notes and the emails sent
          to them. Use it when the candidate asks to be forgotten. It cannot be undone.
        </p>
        <Form method="post" className="mt-6 flex flex-wrap gap-3">
          <SubmitButton className="btn-danger" pendingText="Erasing…">
            Erase permanently
          </SubmitButton>
          <Link to={`/roles/${d.role.id}/candidates/${d.candidate.id}`} className="btn-secondary">
            Keep
          </Link>
        </Form>
      </div>
    </div>
  );
}
