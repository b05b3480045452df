import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ConsentPoints } from "~/components/assessment/consent-points";
import { TraitOverview } from "~/components/assessment/trait-overview";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { SubmitButton } from "~/components/forms";
import { CONSENT_POINTS, INVITED_CONSENT_POINTS } from "~/domain/assessment/consent";
import { accommodationContact } from "~/domain/hiring/invitation-email";
import { currentInstrument, formDuration } from "~/domain/instrument";
import { reportedTraitsFor, startInvitedAttempt } from "~/server/attempts.server";
import { lookUpCandidateInvitation, markInvitationOpened } from "~/server/candidate-invitations.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";
import { missingLink } from "~/server/deleted-links.server";

export const headers = retryAfterHeaders;

export const handle = candidateHandle;
export const meta: MetaFunction = () => [
  { title: "Your assessment invitation — RoleFit" },
  { name: "robots", content: "noindex" },
];

/** Why this link cannot be used, as the response to throw. */
async function refusal(
  context: AppLoadContext,
  token: string | undefined,
  lookup: Awaited<ReturnType<typeof lookUpCandidateInvitation>>,
) {
  if (lookup.status === "unknown")
    return missingLink(
      context,
      token,
      "This invitation link is not valid. Check that you copied the whole link.",
    );
  if (lookup.status === "revoked")
    return data({ message: `${lookup.organizationName} withdrew this invitation.` }, { status: 410 });
  return data(
    {
      message: `This invitation has expired. Ask ${lookup.status === "expired" ? lookup.organizationName : "the organization"} for a new one if you still want to take part.`,
    },
    { status: 410 },
  );
}

export async function loader({ params, context }: LoaderFunctionArgs) {
  const lookup = await lookUpCandidateInvitation(context.db, params.token);
  if (lookup.status !== "valid") {
    // A finished candidate keeps access to the completion page and their data rights.
    if (lookup.status !== "unknown" && lookup.hasAttempt) throw redirect(`/a/${params.token}`);
    throw await refusal(context, params.token, lookup);
  }
  if (lookup.hasAttempt) throw redirect(`/a/${params.token}`);
  await markInvitationOpened(context.db, lookup.id);
  const version = currentInstrument();
  // The test stops once the role's required traits are measured, so its length depends on the role.
  const reported = await reportedTraitsFor(context.db, lookup.id);
  return {
    organizationName: lookup.organizationName,
    roleTitle: lookup.roleTitle,
    candidateName: lookup.candidateName,
    expiresAt: lookup.expiresAt,
    contact: accommodationContact(lookup.candidateContact, lookup.inviterEmail).contact,
    minutes: Math.round(
      formDuration(version.forms, "adaptive", reported ? { reportedTraits: reported.length } : {})
        .typicalSeconds / 60,
    ),
    traits: version.traits.map((t) => ({ id: t.id, name: t.name, side: t.side, definition: t.definition })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await enforceRateLimit(context, "start-assessment", 30, 60 * 60 * 1000);
  const token = params.token ?? "";
  const lookup = await lookUpCandidateInvitation(context.db, token);
  if (lookup.status !== "valid") throw await refusal(context, params.token, lookup);
  const form = await request.formData();
  if (form.get("consent") !== "yes")
    return data({ error: "Please confirm that you have read how your answers are used." }, { status: 400 });
  await startInvitedAttempt(context.db, { id: lookup.id, organizationId: lookup.organizationId, token });
  return redirect(`/a/${token}`);
}

export default function Invitation() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const expires = new Date(d.expiresAt).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return (
    <CandidateShell>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{d.organizationName}</p>
      <h1 className="mt-1 text-3xl">Hello {d.candidateName}</h1>
      <p className="mt-3 text-lg text-slate-700">
        {d.organizationName} invites you to a questionnaire of about {d.minutes} minutes as part of applying
        for <strong>{d.roleTitle}</strong>. The link works until {expires}, and you can stop and come back
        with it at any time.
      </p>

      <section aria-labelledby="notice" className="card mt-8">
        <h2 id="notice">Before you start</h2>
        <ConsentPoints points={[...INVITED_CONSENT_POINTS, ...CONSENT_POINTS]} />
        <p className="mt-3 text-slate-700">
          <strong>Need an accommodation or a different process?</strong> You can ask for one, for example more
          time, a screen-reader friendly format or an interview instead, and it will not count against you.{" "}
          {d.contact ? <>Contact {d.contact}.</> : <>Ask the person who invited you.</>}
        </p>
      </section>

      <section aria-labelledby="measured" className="card mt-6">
        <h2 id="measured">What it measures</h2>
        <TraitOverview traits={d.traits} />
      </section>

      <Form method="post" className="card mt-6 space-y-4">
        {actionData?.error ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {actionData.error}
          </p>
        ) : null}
        <label className="flex items-start gap-3">
          <input type="checkbox" name="consent" value="yes" className="mt-1 size-4" />
          <span>I have read how my answers are used and I want to start.</span>
        </label>
        <SubmitButton pendingText="Starting…">Start the questionnaire</SubmitButton>
      </Form>
    </CandidateShell>
  );
}
