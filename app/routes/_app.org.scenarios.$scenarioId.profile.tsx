import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { replyMessages, SubmitButton } from "~/components/forms";
import { roleAllows } from "~/domain/accounts/policy";
import { modelAssumptions } from "~/domain/org/assumptions";
import {
  COMPANY_STAGES,
  formatSource,
  PROFILE_DEFAULTS,
  rangeOf,
  SALES_MOTIONS,
  TEAM_COUNT_KEYS,
} from "~/domain/org/profile";
import { profileFormSchema } from "~/domain/org/schemas";
import { redirectWithFlash } from "~/server/flash.server";
import { requireScenario } from "~/server/org-designer.server";
import { updateScenario } from "~/server/org-scenarios.server";

export const meta: MetaFunction = () => [{ title: "Company — Org designer — RoleFit" }];

type Key = keyof typeof PROFILE_DEFAULTS;
const source = (key: Key) => ({
  text: formatSource(PROFILE_DEFAULTS[key]),
  note: PROFILE_DEFAULTS[key].note ?? null,
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, scenario } = await requireScenario(request, context, params.scenarioId);
  const p = scenario.profile;
  const pct = (key: "arrGrowthPerYear" | "selfServeBuyingShare") => {
    const r = rangeOf(p[key]);
    return { low: Math.round(r.low * 100), mode: Math.round(r.mode * 100), high: Math.round(r.high * 100) };
  };
  return {
    canEdit: roleAllows(member.role, "manager"),
    values: {
      stage: p.stage,
      salesMotion: p.salesMotion,
      gtmHeadcount: p.gtmHeadcount,
      arr: p.arr,
      marketingChannels:
        typeof p.marketingChannels === "number" ? p.marketingChannels : p.marketingChannels.length,
      collateralItems: p.collateralItems,
      arrGrowthPerYear: pct("arrGrowthPerYear"),
      selfServeBuyingShare: pct("selfServeBuyingShare"),
      averageDealSize: rangeOf(p.averageDealSize),
      salesCycleDays: rangeOf(p.salesCycleDays),
      releasesPerQuarter: rangeOf(p.releasesPerQuarter),
      featuresPerRelease: rangeOf(p.featuresPerRelease),
      salaries: p.salaries,
      team: p.team ?? {},
    },
    assumptions: modelAssumptions(),
    sources: Object.fromEntries(
      (Object.keys(PROFILE_DEFAULTS) as Key[]).map((k) => [k, source(k)]),
    ) as Record<Key, { text: string; note: string | null }>,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, scenario } = await requireScenario(request, context, params.scenarioId, "manager");
  const submission = parseWithZod(await request.formData(), { schema: profileFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await updateScenario(context.db, member.organizationId, scenario.id, { profile: submission.value });
  return redirectWithFlash(context, `/org/scenarios/${scenario.id}`, {
    kind: "success",
    message: "Company saved. Structures, plan and chart now use it.",
  });
}

function Field({
  label,
  hint,
  children,
  htmlFor,
}: {
  label: string;
  hint: { text: string; note: string | null };
  children: ReactNode;
  htmlFor?: string;
}) {
  return (
    <div>
      {htmlFor ? (
        <label htmlFor={htmlFor} className="label">
          {label}
        </label>
      ) : (
        <span className="label">{label}</span>
      )}
      {children}
      <p className="help">
        {hint.text}
        {hint.note ? ` — ${hint.note}` : ""}
      </p>
    </div>
  );
}

function RangeInputs({
  name,
  label,
  value,
}: {
  name: string;
  label: string;
  value: { low: number; mode: number; high: number };
}) {
  return (
    <fieldset className="flex flex-wrap gap-2">
      <legend className="sr-only">{label}</legend>
      {(["low", "mode", "high"] as const).map((part) => (
        <label key={part} className="text-xs text-slate-700">
          {part === "mode" ? "likely" : part}
          <input
            name={`${name}.${part}`}
            type="number"
            step="any"
            min={0}
            defaultValue={value[part]}
            className="input w-28 py-1"
            aria-label={`${label}: ${part === "mode" ? "likely" : part}`}
          />
        </label>
      ))}
    </fieldset>
  );
}

const TEAM_FIELDS: Record<(typeof TEAM_COUNT_KEYS)[number], string> = {
  sellers: "Sellers (AEs, founders who sell)",
  sdrs: "SDRs",
  accountManagers: "Account managers / customer success",
  salesEngineers: "Sales engineers",
  marketers: "Marketers",
  managers: "Managers (leads, heads, VPs)",
};

export default function CompanyProfilePage() {
  const { values: v, sources, canEdit, assumptions } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  // The form has dozens of range inputs: every problem is listed once, above them.
  const errors = replyMessages(reply);
  return (
    <Form method="post" className="space-y-6">
      {errors?.length ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-medium">Please fix these inputs:</p>
          <ul className="list-disc pl-5">
            {errors.map((e: string) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-sm text-slate-700">
        Where you are unsure, give a range (low, likely, high): the plan uses the likely value and the Monte
        Carlo samples the range. Each default shows its source and how much to trust it (H/M/L).
      </p>
      <section className="card grid gap-5 md:grid-cols-2" aria-labelledby="company-heading">
        <h2 id="company-heading" className="md:col-span-2">
          The company today
        </h2>
        <Field label="Stage" hint={sources.stage} htmlFor="stage">
          <select id="stage" name="stage" defaultValue={v.stage} className="input">
            {COMPANY_STAGES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="People in sales and marketing (founders who sell count)"
          hint={sources.gtmHeadcount}
          htmlFor="gtmHeadcount"
        >
          <input
            id="gtmHeadcount"
            name="gtmHeadcount"
            type="number"
            min={1}
            step={1}
            defaultValue={v.gtmHeadcount}
            className="input"
          />
        </Field>
        <Field label="ARR today (USD)" hint={sources.arr} htmlFor="arr">
          <input
            id="arr"
            name="arr"
            type="number"
            min={0}
            step="any"
            defaultValue={v.arr}
            className="input"
          />
        </Field>
        <Field label="Yearly ARR growth (%; 100 = doubling)" hint={sources.arrGrowthPerYear}>
          <RangeInputs name="arrGrowthPerYear" label="Yearly ARR growth" value={v.arrGrowthPerYear} />
        </Field>
      </section>
      <section className="card" aria-labelledby="team-heading">
        <h2 id="team-heading">Who does what today (optional)</h2>
        <p className="help">
          Quarter 0 of every plan is this team. Leave a box empty if you do not know: the people you do not
          place are shared out by where today&apos;s modelled hours go. The boxes may add up to less than the
          headcount above, never more.
        </p>
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          {TEAM_COUNT_KEYS.map((key) => (
            <div key={key}>
              <label htmlFor={`team-${key}`} className="label">
                {TEAM_FIELDS[key]}
              </label>
              <input
                id={`team-${key}`}
                name={`team.${key}`}
                type="number"
                min={0}
                step={1}
                defaultValue={(v.team as Record<string, number | undefined>)[key] ?? ""}
                className="input"
              />
            </div>
          ))}
        </div>
      </section>
      <section className="card grid gap-5 md:grid-cols-2" aria-labelledby="selling-heading">
        <h2 id="selling-heading" className="md:col-span-2">
          How you sell
        </h2>
        <Field label="Sales motion" hint={sources.salesMotion} htmlFor="salesMotion">
          <select id="salesMotion" name="salesMotion" defaultValue={v.salesMotion} className="input">
            {SALES_MOTIONS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Average deal size (USD, first-year value)" hint={sources.averageDealSize}>
          <RangeInputs name="averageDealSize" label="Average deal size" value={v.averageDealSize} />
        </Field>
        <Field label="Sales cycle (days)" hint={sources.salesCycleDays}>
          <RangeInputs name="salesCycleDays" label="Sales cycle" value={v.salesCycleDays} />
        </Field>
        <Field
          label="Share of the buying journey buyers do online on their own (%)"
          hint={sources.selfServeBuyingShare}
        >
          <RangeInputs
            name="selfServeBuyingShare"
            label="Buying journey done online"
            value={v.selfServeBuyingShare}
          />
        </Field>
      </section>
      <section className="card grid gap-5 md:grid-cols-2" aria-labelledby="product-heading">
        <h2 id="product-heading" className="md:col-span-2">
          Product and marketing
        </h2>
        <Field label="Releases per quarter" hint={sources.releasesPerQuarter}>
          <RangeInputs name="releasesPerQuarter" label="Releases per quarter" value={v.releasesPerQuarter} />
        </Field>
        <Field label="Customer-visible features per release" hint={sources.featuresPerRelease}>
          <RangeInputs name="featuresPerRelease" label="Features per release" value={v.featuresPerRelease} />
        </Field>
        <Field label="Marketing channels in use" hint={sources.marketingChannels} htmlFor="marketingChannels">
          <input
            id="marketingChannels"
            name="marketingChannels"
            type="number"
            min={0}
            step={1}
            defaultValue={v.marketingChannels}
            className="input"
          />
        </Field>
        <Field
          label="Collateral pieces to keep current"
          hint={sources.collateralItems}
          htmlFor="collateralItems"
        >
          <input
            id="collateralItems"
            name="collateralItems"
            type="number"
            min={0}
            step={1}
            defaultValue={v.collateralItems}
            className="input"
          />
        </Field>
      </section>
      <section className="card" aria-labelledby="salary-heading">
        <h2 id="salary-heading">Yearly cost per seat (USD, fully loaded)</h2>
        <p className="help">
          {sources.salaries.text}
          {sources.salaries.note ? ` — ${sources.salaries.note}` : ""}
        </p>
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          {(
            [
              ["ae", "Account executive"],
              ["sdr", "SDR"],
              ["marketer", "Marketer"],
              ["salesManager", "Sales manager"],
              ["marketingManager", "Marketing manager"],
              ["vp", "VP / head of function"],
            ] as const
          ).map(([key, label]) => (
            <div key={key}>
              <label htmlFor={`salary-${key}`} className="label">
                {label}
              </label>
              <input
                id={`salary-${key}`}
                name={`salaries.${key}`}
                type="number"
                min={1}
                step="any"
                defaultValue={v.salaries[key]}
                className="input"
              />
            </div>
          ))}
        </div>
      </section>
      {canEdit ? <SubmitButton pendingText="Saving…">Save company</SubmitButton> : null}
      <section className="card" aria-labelledby="assumptions-heading">
        <h2 id="assumptions-heading">What the model assumes</h2>
        <p className="help">
          Benchmarks and RoleFit&apos;s own coefficients, each with its source and confidence (H/M/L).
          Low-confidence values are provisional.
        </p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 pr-3">
                  Input
                </th>
                <th scope="col" className="py-1 pr-3">
                  Value
                </th>
                <th scope="col" className="py-1">
                  Source
                </th>
              </tr>
            </thead>
            <tbody>
              {assumptions.map((a) => (
                <tr key={a.label} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-medium">
                    {a.label}
                  </th>
                  <td className="py-1 pr-3">{a.value}</td>
                  <td className="py-1 text-slate-700">
                    {a.source} ({a.confidence}){a.note ? ` — ${a.note}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Form>
  );
}
