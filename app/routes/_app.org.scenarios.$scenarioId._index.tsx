import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { SubmissionErrors, SubmitButton } from "~/components/forms";
import { roleAllows } from "~/domain/accounts/policy";
import {
  CRITERIA,
  CRITERION_IDS,
  defaultWeights,
  normaliseWeights,
  type CriterionWeights,
} from "~/domain/org/criteria";
import { STAGE_DESCRIPTIONS } from "~/domain/org/diagnostic";
import { closeCallSentence, criterionDifferences, evaluateStructures } from "~/domain/org/evaluate";
import { flipAnalysis } from "~/domain/org/flip";
import { structuresActionSchema } from "~/domain/org/schemas";
import { STRUCTURES } from "~/domain/org/structures";
import { redirectWithFlash } from "~/server/flash.server";
import { requireScenario } from "~/server/org-designer.server";
import { memoizedByInput, updateScenario } from "~/server/org-scenarios.server";

export const meta: MetaFunction = () => [{ title: "Structures — Org designer — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, scenario, stage, stageSource } = await requireScenario(request, context, params.scenarioId);
  const options = { stage, weights: scenario.weights };
  const flip = memoizedByInput({ p: scenario.profile, o: options }, () =>
    flipAnalysis(scenario.profile, options),
  );
  const evaluation = memoizedByInput({ e: scenario.profile, o: options }, () =>
    evaluateStructures(scenario.profile, options),
  );
  const assessment = evaluation.assessment;
  const odds = Object.fromEntries(evaluation.odds.map((o) => [o.structureId, o.probabilityBest]));
  const close = evaluation.closeCall;
  // A flip under 5% of a plausible range means the same as a close call: the two are practically tied.
  const tiedWith = close.isClose ? close.runnerUp : (flip.fragility?.newWinner ?? null);
  const runnerUp = tiedWith ? STRUCTURES[tiedWith] : null;
  const closeText = close.isClose
    ? closeCallSentence(close)
    : flip.fragility
      ? `“${STRUCTURES[assessment.recommended].name}” and “${runnerUp?.name}” are too close to call: a change of under 5% of one input's plausible range swaps them.`
      : "";
  return {
    canEdit: roleAllows(member.role, "manager"),
    chosen: scenario.structureId,
    stage,
    stageText: STAGE_DESCRIPTIONS[stage],
    stageSource,
    recommended: {
      id: assessment.recommended,
      name: STRUCTURES[assessment.recommended].name,
      description: STRUCTURES[assessment.recommended].description,
    },
    flip: {
      summary: flip.summary,
      robust: flip.robust,
      fragile: flip.fragility !== null,
      whatIf: flip.whatIf.map((w) => w.description),
    },
    runs: evaluation.runs,
    closeCall: runnerUp
      ? {
          text: closeText,
          runnerUp: { id: runnerUp.id, name: runnerUp.name, description: runnerUp.description },
          differences: criterionDifferences(assessment, assessment.recommended, runnerUp.id).map((x) => ({
            name: x.name,
            leader: x.leader,
            runnerUp: x.runnerUp,
            leaderReason: x.leaderReason,
            runnerUpReason: x.runnerUpReason,
          })),
        }
      : null,
    criteria: CRITERION_IDS.map((id) => ({
      id,
      name: CRITERIA[id].name,
      question: CRITERIA[id].question,
      weight: assessment.weights[id],
    })),
    ranking: assessment.ranking.map((r) => ({
      id: r.structureId,
      name: r.name,
      rank: r.rank,
      total: r.total,
      feasible: r.feasible,
      feasibilityReason: r.feasibilityReason,
      probabilityBest: odds[r.structureId] ?? 0,
      description: STRUCTURES[r.structureId].description,
      arbiter: STRUCTURES[r.structureId].arbiter,
      criteria: r.criteria.map((c) => ({
        id: c.criterionId,
        name: CRITERIA[c.criterionId].name,
        score: c.score,
        reason: c.reason,
      })),
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, scenario } = await requireScenario(request, context, params.scenarioId, "manager");
  const submission = parseWithZod(await request.formData(), { schema: structuresActionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const here = `/org/scenarios/${scenario.id}`;
  const value = submission.value;
  switch (value.intent) {
    case "reset-weights":
      await updateScenario(context.db, member.organizationId, scenario.id, { weights: defaultWeights() });
      return redirectWithFlash(context, here, { kind: "success", message: "Weights reset to equal." });
    case "choose":
      await updateScenario(context.db, member.organizationId, scenario.id, {
        structureId: value.structureId,
      });
      return redirectWithFlash(context, here, {
        kind: "success",
        message: `The plan and org chart now use “${STRUCTURES[value.structureId].name}”.`,
      });
    case "weights":
      await updateScenario(context.db, member.organizationId, scenario.id, {
        weights: normaliseWeights(value.weight as Partial<CriterionWeights>),
      });
      return redirectWithFlash(context, here, {
        kind: "success",
        message: "Weights saved; the ranking below uses them.",
      });
  }
}

export default function Structures() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <SubmissionErrors result={actionData} />
      <section className="card" aria-labelledby="rec-heading">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          Recommended for this company today
        </p>
        <h2 id="rec-heading" className="mt-1 text-xl">
          {d.closeCall
            ? `Too close to call: ${d.recommended.name} or ${d.closeCall.runnerUp.name}`
            : d.recommended.name}
        </h2>
        <p className="mt-1 text-slate-700">{d.recommended.description}</p>
        {d.closeCall ? (
          <div className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            <p>{d.closeCall.text}</p>
            <p className="mt-1">{d.closeCall.runnerUp.description}</p>
            <p className="mt-2 font-medium">What tells them apart</p>
            <ul className="list-disc pl-5">
              {d.closeCall.differences.map((x) => (
                <li key={x.name}>
                  {x.name}: {d.recommended.name} {x.leader.toFixed(1)}, {d.closeCall!.runnerUp.name}{" "}
                  {x.runnerUp.toFixed(1)}. {x.leaderReason} {x.runnerUpReason}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="mt-3 text-sm text-slate-700">
          <strong>What would change it.</strong> {d.flip.summary}
        </p>
        {d.flip.whatIf.length ? (
          <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
            {d.flip.whatIf.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
        <p className="mt-3 text-sm text-slate-600">
          Relationship stage: <strong>{d.stage}</strong> ({d.stageSource}). {d.stageText}
        </p>
      </section>

      <section className="card" aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">All six structures, scored for this company</h2>
        <p className="mt-1 text-sm text-slate-600">
          Scores are 0–10 per criterion; the total is the weighted mean, less any penalty for a size where the
          structure is doubtful. “Best in” is the share of {d.runs} simulated futures (every uncertain input
          drawn from its range) in which the structure came out on top. Structures that cannot work at your
          size are listed last and never recommended.
        </p>
        <ol className="mt-4 space-y-3">
          {d.ranking.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200">
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center justify-between gap-3 p-3">
                  <span>
                    <span className="mr-2 tabular-nums text-slate-600">{r.rank}.</span>
                    <span className="font-medium">{r.name}</span>
                    {r.id === d.chosen ? (
                      <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">
                        used in plan &amp; chart
                      </span>
                    ) : null}
                    {!r.feasible ? (
                      <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs text-red-800">
                        not feasible
                      </span>
                    ) : null}
                  </span>
                  <span className="tabular-nums">
                    <span className="font-semibold">{r.total.toFixed(2)} / 10</span>
                    {r.feasible ? (
                      <span className="ml-2 text-sm text-slate-600">
                        best in {Math.round(r.probabilityBest * 100)}%
                      </span>
                    ) : null}
                  </span>
                </summary>
                <div className="border-t border-slate-200 p-3">
                  {r.feasibilityReason ? (
                    <p className={`mb-2 text-sm ${r.feasible ? "text-amber-900" : "text-red-800"}`}>
                      {r.feasibilityReason}
                    </p>
                  ) : null}
                  <p className="text-sm text-slate-700">{r.description}</p>
                  <p className="mt-1 text-sm text-slate-600">
                    When sales and marketing disagree: {r.arbiter}
                  </p>
                  <table className="mt-3 w-full text-sm">
                    <caption className="sr-only">Scores of {r.name} by criterion</caption>
                    <thead className="sr-only">
                      <tr>
                        <th scope="col">Criterion</th>
                        <th scope="col">Score</th>
                        <th scope="col">Reason</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.criteria.map((c) => (
                        <tr key={c.id} className="border-t border-slate-100 align-top">
                          <th scope="row" className="py-1.5 pr-3 text-left font-medium sm:w-48">
                            {c.name}
                          </th>
                          <td className="w-12 py-1.5 pr-3 tabular-nums">{c.score.toFixed(1)}</td>
                          <td className="py-1.5 text-slate-700">{c.reason}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {d.canEdit && r.id !== d.chosen ? (
                    <Form method="post" className="mt-3">
                      <input type="hidden" name="structureId" value={r.id} />
                      <SubmitButton
                        name="intent"
                        value="choose"
                        className="btn-secondary"
                        pendingText="Switching…"
                      >
                        Use {r.name} in the plan and chart
                      </SubmitButton>
                    </Form>
                  ) : null}
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="weights-heading">
        <h2 id="weights-heading">What matters to you</h2>
        <p className="mt-1 text-sm text-slate-600">
          Each box is a criterion&apos;s share of the decision in percent (0 = ignore). If the boxes do not
          add up to 100, they are scaled to: raising one from 10 to 20 while the others stay at 10 gives it 20
          ÷ 110 ≈ 18%.
        </p>
        <Form method="post" className="mt-4">
          <div className="grid gap-3 md:grid-cols-2">
            {d.criteria.map((c) => (
              <div key={c.id} className="flex items-start gap-3">
                <input
                  // Keyed by the weight so a saved change shows the normalised value, not the typed one.
                  key={`${c.id}-${c.weight}`}
                  id={`weight-${c.id}`}
                  name={`weight.${c.id}`}
                  type="number"
                  min={0}
                  max={100}
                  step={0.1}
                  defaultValue={Math.round(c.weight * 1000) / 10}
                  className="input w-20 py-1"
                  aria-describedby={`weight-${c.id}-q`}
                />
                <label htmlFor={`weight-${c.id}`} className="text-sm">
                  <span className="font-medium">{c.name}</span>{" "}
                  <span className="text-slate-600">(now {Math.round(c.weight * 1000) / 10}%)</span>
                  <span id={`weight-${c.id}-q`} className="block text-slate-600">
                    {c.question}
                  </span>
                </label>
              </div>
            ))}
          </div>
          {d.canEdit ? (
            <div className="mt-4 flex gap-2">
              <SubmitButton name="intent" value="weights" pendingText="Saving…">
                Save weights
              </SubmitButton>
              <SubmitButton
                name="intent"
                value="reset-weights"
                className="btn-secondary"
                pendingText="Resetting…"
              >
                Reset to equal
              </SubmitButton>
            </div>
          ) : null}
        </Form>
      </section>
    </div>
  );
}
