import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ConsentPoints } from "~/components/assessment/consent-points";
import { TraitOverview } from "~/components/assessment/trait-overview";
import { CandidateShell, candidateHandle } from "~/components/candidate-shell";
import { LanguageSwitcher, useT } from "~/components/i18n";
import { SubmitButton } from "~/components/forms";
import { INVITED_CONSENT_KEYS, SELF_CONSENT_KEYS } from "~/domain/assessment/consent";
import { formatDate, traitsInLanguage, translator, type Locale } from "~/domain/i18n";
import { accommodationContact } from "~/domain/hiring/invitation-email";
import { currentInstrument, formDuration } from "~/domain/instrument";
import { reportedTraitsFor, startInvitedAttempt } from "~/server/attempts.server";
import { lookUpCandidateInvitation, markInvitationOpened } from "~/server/candidate-invitations.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";
import { missingLink } from "~/server/deleted-links.server";
import { candidateRefusal, pageI18n, requestLocale } from "~/server/locale.server";

export const headers = retryAfterHeaders;

export const handle = candidateHandle;
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "RoleFit" },
  { name: "robots", content: "noindex" },
];

/** Why this link cannot be used, as the response to throw (in the page's language). */
async function refusal(
  context: AppLoadContext,
  token: string | undefined,
  lookup: Awaited<ReturnType<typeof lookUpCandidateInvitation>>,
  locale: Locale,
) {
  const t = translator(locale);
  if (lookup.status === "unknown") return missingLink(context, token, t("invite.invalid"), locale);
  if (lookup.status === "revoked")
    return candidateRefusal(locale, 410, t("invite.revoked", { organization: lookup.organizationName }));
  return candidateRefusal(
    locale,
    410,
    lookup.status === "expired"
      ? t("invite.expired", { organization: lookup.organizationName })
      : t("invite.expiredUnknown"),
  );
}

async function invitationLocale(
  request: Request,
  context: AppLoadContext,
  lookup: Awaited<ReturnType<typeof lookUpCandidateInvitation>>,
) {
  return requestLocale(request, context, lookup.status === "unknown" ? null : lookup.locale);
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const lookup = await lookUpCandidateInvitation(context.db, params.token);
  const locale = await invitationLocale(request, context, lookup);
  if (lookup.status !== "valid") {
    // A finished candidate keeps access to the completion page and their data rights.
    if (lookup.status !== "unknown" && lookup.hasAttempt) throw redirect(`/a/${params.token}`);
    throw await refusal(context, params.token, lookup, locale);
  }
  if (lookup.hasAttempt) throw redirect(`/a/${params.token}`);
  await markInvitationOpened(context.db, lookup.id);
  const version = currentInstrument();
  // The test stops once the role's required traits are measured, so its length depends on the role.
  const reported = await reportedTraitsFor(context.db, lookup.id);
  return {
    i18n: pageI18n(locale),
    title: translator(locale)("invite.metaTitle"),
    expires: formatDate(locale, lookup.expiresAt),
    organizationName: lookup.organizationName,
    roleTitle: lookup.roleTitle,
    candidateName: lookup.candidateName,
    contact: accommodationContact(lookup.candidateContact, lookup.inviterEmail).contact,
    minutes: Math.round(
      formDuration(version.forms, "adaptive", reported ? { reportedTraits: reported.length } : {})
        .typicalSeconds / 60,
    ),
    traits: traitsInLanguage(locale),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await enforceRateLimit(context, "start-assessment", 30, 60 * 60 * 1000);
  const token = params.token ?? "";
  const lookup = await lookUpCandidateInvitation(context.db, token);
  const locale = await invitationLocale(request, context, lookup);
  if (lookup.status !== "valid") throw await refusal(context, params.token, lookup, locale);
  const form = await request.formData();
  if (form.get("consent") !== "yes")
    return data({ error: translator(locale)("start.consentMissing") }, { status: 400 });
  await startInvitedAttempt(
    context.db,
    { id: lookup.id, organizationId: lookup.organizationId, token },
    locale,
  );
  return redirect(`/a/${token}`);
}

export default function Invitation() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <CandidateShell>
      <LanguageSwitcher />
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{d.organizationName}</p>
      <h1 className="mt-1 text-3xl">{t("invite.hello", { name: d.candidateName })}</h1>
      <p className="mt-3 text-lg text-slate-700">
        {t.rich("invite.lead", {
          organization: d.organizationName,
          minutes: d.minutes,
          role: d.roleTitle,
          expires: d.expires,
          strong: (chunks) => <strong key="role">{chunks}</strong>,
        })}
      </p>

      <section aria-labelledby="notice" className="card mt-8">
        <h2 id="notice">{t("invite.before")}</h2>
        <ConsentPoints points={[...INVITED_CONSENT_KEYS, ...SELF_CONSENT_KEYS]} />
        <p className="mt-3 text-slate-700">
          <strong>{t("invite.accommodationTitle")}</strong> {t("invite.accommodation")}{" "}
          {d.contact ? t("invite.contact", { contact: d.contact }) : t("invite.askInviter")}
        </p>
      </section>

      <section aria-labelledby="measured" className="card mt-6">
        <h2 id="measured">{t("assess.measured")}</h2>
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
          <span>{t("start.consent")}</span>
        </label>
        <SubmitButton pendingText={t("start.pending")}>{t("start.submit")}</SubmitButton>
      </Form>
    </CandidateShell>
  );
}
