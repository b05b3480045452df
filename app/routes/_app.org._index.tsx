import { formatUsd } from "~/domain/org/money";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmissionErrors, SubmitButton } from "~/components/forms";
import { CopyLinks } from "~/components/hiring/copy-links";
import { invitationLinksCsv } from "~/domain/hiring/csv-export";
import { EmptyState, PageHeader } from "~/components/page";
import { roleAllows } from "~/domain/accounts/policy";
import { normaliseWeights } from "~/domain/org/criteria";
import { firstIssue, orgIndexActionSchema, scenarioFileSchema } from "~/domain/org/schemas";
import { STRUCTURES } from "~/domain/org/structures";
import { requireMember } from "~/server/auth.server";
import { publicOrigin } from "~/server/context.server";
import {
  createDiagnosticRound,
  latestRelationshipStage,
  listDiagnosticRounds,
} from "~/server/diagnostics.server";
import { redirectWithFlash } from "~/server/flash.server";
import { createScenario, listScenarios } from "~/server/org-scenarios.server";

export const meta: MetaFunction = () => [{ title: "Org designer — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const [scenarios, rounds, stage] = await Promise.all([
    listScenarios(context.db, member.organizationId),
    listDiagnosticRounds(context.db, member.organizationId),
    latestRelationshipStage(context.db, member.organizationId),
  ]);
  return {
    canEdit: roleAllows(member.role, "manager"),
    scenarios: scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      structure: STRUCTURES[s.structureId].name,
      updatedAt: s.updatedAt,
      headcount: s.profile.gtmHeadcount,
      arr: s.profile.arr,
    })),
    rounds,
    stage,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "manager");
  const submission = parseWithZod(await request.formData(), { schema: orgIndexActionSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const refuse = (message: string, status: number) =>
    data({ reply: submission.reply({ formErrors: [message] }) }, { status });
  const value = submission.value;
  switch (value.intent) {
    case "diagnostic": {
      const title = value.title || `Relationship check ${new Date().toISOString().slice(0, 10)}`;
      const { token } = await createDiagnosticRound(context.db, member.organizationId, title, member.user.id);
      const link = { name: title, email: "anonymous responses", link: `${publicOrigin(context)}/d/${token}` };
      return { diagnosticLink: link.link, title, linkCsv: invitationLinksCsv([link]) };
    }
    case "import": {
      if (value.file.size > 256 * 1024) return refuse("That file is too large to be a scenario.", 413);
      let json: unknown;
      try {
        json = JSON.parse(await value.file.text());
      } catch {
        return refuse("That file is not valid JSON.", 400);
      }
      // The file's content is checked against the same bounds as the forms that make scenarios.
      const parsed = scenarioFileSchema.safeParse(json);
      if (!parsed.success)
        return refuse(`The scenario could not be imported: ${firstIssue(parsed.error)}`, 400);
      const s = parsed.data;
      const existing = new Set((await listScenarios(context.db, member.organizationId)).map((x) => x.name));
      const name = importedName(s.name, existing);
      const id = await createScenario(context.db, member.organizationId, {
        name,
        profile: s.profile,
        weights: normaliseWeights(s.weights),
        structureId: s.structureId,
        quarters: s.quarters,
        chartQuarter: s.chartQuarter,
        createdByUserId: member.user.id,
      });
      return redirectWithFlash(context, `/org/scenarios/${id}`, {
        kind: "success",
        message: `Imported as “${name}”.`,
      });
    }
    case "create": {
      const id = await createScenario(context.db, member.organizationId, {
        name: value.name,
        createdByUserId: member.user.id,
      });
      throw redirect(`/org/scenarios/${id}/profile`);
    }
  }
}

/** The imported scenario's name, marked "(imported)" (numbered if needed) when the name is already taken. */
function importedName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const base = name.slice(0, 80);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base} (imported)` : `${base} (imported ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

export default function OrgDesigner() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader
        title="Org designer"
        description="Compare ways to organize sales and marketing for your company, see when one person doing both jobs has to become two, and plan who to hire when."
      />
      {actionData && "reply" in actionData ? (
        <div className="mb-4">
          <SubmissionErrors result={actionData.reply} />
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <section className="card lg:col-span-2" aria-labelledby="scenarios-heading">
          <h2 id="scenarios-heading">Scenarios</h2>
          {d.scenarios.length === 0 ? (
            <div className="mt-3">
              <EmptyState title="No scenarios yet">
                Describe your company once; RoleFit fills in benchmark defaults with their sources.
              </EmptyState>
            </div>
          ) : (
            <Form method="get" action="/org/compare">
              <ul className="mt-3 divide-y divide-slate-100">
                {d.scenarios.map((s) => (
                  <li key={s.id} className="flex flex-wrap items-center gap-3 py-2">
                    <input
                      type="checkbox"
                      name="s"
                      value={s.id}
                      aria-label={`Compare ${s.name}`}
                      className="size-4"
                    />
                    <Link to={`/org/scenarios/${s.id}`} className="font-medium">
                      {s.name}
                    </Link>
                    <span className="text-sm text-slate-600">
                      {s.structure} · {s.headcount} GTM people · {formatUsd(s.arr)} ARR
                    </span>
                  </li>
                ))}
              </ul>
              {d.scenarios.length > 1 ? (
                <button type="submit" className="btn-secondary mt-3">
                  Compare selected (2–3)
                </button>
              ) : null}
            </Form>
          )}
          {d.canEdit ? (
            <div className="mt-6 grid gap-4 md:grid-cols-2">
              <Form method="post" className="space-y-2">
                <input type="hidden" name="intent" value="create" />
                <label htmlFor="scenario-name" className="label">
                  New scenario
                </label>
                <input
                  id="scenario-name"
                  name="name"
                  required
                  maxLength={100}
                  placeholder="e.g. Plan for Series A"
                  className="input"
                />
                <SubmitButton pendingText="Creating…">Create scenario</SubmitButton>
              </Form>
              <Form method="post" encType="multipart/form-data" className="space-y-2">
                <input type="hidden" name="intent" value="import" />
                <label htmlFor="scenario-file" className="label">
                  Import a scenario (.json)
                </label>
                <input
                  id="scenario-file"
                  name="file"
                  type="file"
                  accept="application/json,.json"
                  className="block text-sm"
                />
                <SubmitButton className="btn-secondary" pendingText="Importing…">
                  Import
                </SubmitButton>
              </Form>
            </div>
          ) : null}
        </section>
        <section className="card h-fit" aria-labelledby="diagnostic-heading">
          <h2 id="diagnostic-heading">How sales and marketing work together</h2>
          <p className="mt-1 text-sm text-slate-700">
            Twenty statements rated by both teams, anonymously. The result (
            {d.stage ? <strong>{d.stage.stage}</strong> : "not run yet"}) feeds the structure advice.
          </p>
          {actionData && "diagnosticLink" in actionData ? (
            <div className="mt-3" role="status">
              <p className="text-sm font-medium">Share this link with your sales and marketing staff:</p>
              <CopyLinks
                links={[
                  { name: actionData.title, email: "anonymous responses", link: actionData.diagnosticLink },
                ]}
                csv={actionData.linkCsv}
              />
            </div>
          ) : null}
          {d.rounds.length ? (
            <ul className="mt-3 space-y-1 text-sm">
              {d.rounds.map((r) => (
                <li key={r.id}>
                  <Link to={`/org/diagnostics/${r.id}`}>{r.title}</Link>{" "}
                  <span className="text-slate-600">· {r.responses} responses</span>
                </li>
              ))}
            </ul>
          ) : null}
          {d.canEdit ? (
            <Form method="post" className="mt-4 space-y-2">
              <input type="hidden" name="intent" value="diagnostic" />
              <label htmlFor="round-title" className="label">
                Start a new round
              </label>
              <input
                id="round-title"
                name="title"
                maxLength={100}
                placeholder="e.g. Q1 check-in"
                className="input"
              />
              <SubmitButton className="btn-secondary" pendingText="Creating…">
                Create link
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      </div>
    </>
  );
}
