import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SalesMarketingPlane } from "~/components/charts/sales-marketing-plane";
import { theta1 } from "~/components/charts/scale";
import { SubmitButton } from "~/components/forms";
import { EmptyState, PageHeader } from "~/components/page";
import { currentInstrument, formDuration } from "~/domain/instrument";
import { requireMember } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { joinTeamMap, leaveTeamMap, listTeamMap } from "~/server/team-map.server";

export const meta: MetaFunction = () => [{ title: "Team map — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const entries = await listTeamMap(context.db, member.organizationId);
  const mine = entries.find((e) => e.userId === member.user.id);
  const points = entries
    .filter((e) => e.scores)
    .map((e) => ({
      id: e.id,
      label: e.name,
      href: `/team/${e.id}`,
      marketing: e.scores!.composites.marketing,
      sales: e.scores!.composites.sales,
    }));
  return {
    organizationName: member.organizationName,
    points,
    pending: entries.filter((e) => !e.scores).map((e) => e.name),
    mine: mine ? { status: mine.status } : null,
    minutes: Math.round(formDuration(currentInstrument().forms, "adaptive").typicalSeconds / 60),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context);
  const intent = (await request.formData()).get("intent");
  if (intent === "leave") {
    await leaveTeamMap(context.db, member.organizationId, member.user.id);
    return redirectWithFlash(context, "/team", {
      kind: "success",
      message: "You are no longer on the team map. Your own report stays yours.",
    });
  }
  const token = await joinTeamMap(context.db, member.organizationId, member.user.id);
  return redirect(`/a/${token}`);
}

export default function TeamMap() {
  const d = useLoaderData<typeof loader>();
  const description = `${d.points.length} members of ${d.organizationName} on the sales–marketing plane.`;
  return (
    <>
      <PageHeader
        title="Team map"
        description="Members who chose to share their own assessment. Each dot links to that person's report; ellipses show the uncertainty."
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section className="card" aria-labelledby="map-heading">
          <h2 id="map-heading" className="sr-only">
            Map
          </h2>
          {d.points.length === 0 ? (
            <EmptyState title="Nobody has shared an assessment yet">
              Be the first: it takes about {d.minutes} minutes.
            </EmptyState>
          ) : (
            <>
              <SalesMarketingPlane
                points={d.points}
                title="Team on the sales–marketing plane"
                description={description}
                size={480}
              />
              <ul className="mt-4 grid gap-1 text-sm sm:grid-cols-2">
                {d.points.map((p) => (
                  <li key={p.id}>
                    <Link to={p.href}>{p.label}</Link>{" "}
                    <span className="text-slate-600">
                      (sales {theta1(p.sales.theta)}, marketing {theta1(p.marketing.theta)})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {d.pending.length ? (
            <p className="mt-3 text-sm text-slate-600">Still answering: {d.pending.join(", ")}.</p>
          ) : null}
        </section>
        <aside className="card h-fit">
          <h2>Your place on the map</h2>
          {d.mine ? (
            <>
              <p className="mt-1 text-sm text-slate-700">
                {d.mine.status === "completed"
                  ? "You share your assessment with this organization."
                  : "You started your assessment; finish it from the link you were given."}
              </p>
              <Form method="post" className="mt-3 flex flex-wrap gap-2">
                {d.mine.status === "completed" ? null : (
                  <SubmitButton name="intent" value="join" className="btn-secondary" pendingText="Starting…">
                    Start over
                  </SubmitButton>
                )}
                <SubmitButton name="intent" value="leave" className="btn-danger" pendingText="Removing…">
                  Remove me from the map
                </SubmitButton>
              </Form>
            </>
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-700">
                Take the assessment and share it with the members of {d.organizationName}. They will see your
                report; you can remove it from the map at any time.
              </p>
              <Form method="post" className="mt-3">
                <SubmitButton name="intent" value="join" pendingText="Starting…">
                  Take the assessment and share it
                </SubmitButton>
              </Form>
            </>
          )}
        </aside>
      </div>
    </>
  );
}
