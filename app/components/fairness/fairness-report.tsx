import { Form } from "@remix-run/react";
import { PrintButton } from "~/components/assessment/print-button";
import { ScrollX } from "~/components/scroll-x";
import {
  SIGNIFICANCE,
  type AuditCell,
  type AuditTable,
  type FairnessAudit,
} from "~/domain/fairness/audit-summary";

const pct = (x: number) => `${Math.round(x * 100)}%`;
const pValue = (p: number) => (p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(p < 0.01 ? 3 : 2)}`);

function Note({ cell }: { cell: AuditCell }) {
  if (cell.hidden) return <>hidden: under 5 people</>;
  if (cell.excluded) return <>left out of ratios (under 2%)</>;
  if (cell.reference) return <>comparison group</>;
  if (cell.belowFourFifths) {
    return (
      <>
        <strong className="text-red-800">below four fifths</strong>
        {cell.pValue !== null
          ? cell.pValue < SIGNIFICANCE
            ? `, ${pValue(cell.pValue)}`
            : `; ${pValue(cell.pValue)}: may be chance`
          : null}
      </>
    );
  }
  return <>{cell.pValue !== null ? pValue(cell.pValue) : ""}</>;
}

function Table({ table, rateLabel }: { table: AuditTable; rateLabel: string }) {
  return (
    <div>
      <h3 className="font-semibold text-slate-900">{table.title}</h3>
      <p className="text-xs text-slate-600">
        {table.reference
          ? `Compared with ${table.reference}, the highest rate among the groups shown.`
          : table.cells.length
            ? "No comparison: fewer than two groups of 5 or more people."
            : ""}
      </p>
      <ScrollX label={`${table.title}: ${rateLabel.toLowerCase()}`}>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">{table.title}</caption>
          <thead>
            <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
              <th scope="col" className="py-1 pr-3 font-medium">
                Group
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                People
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {rateLabel} <span className="normal-case">(95% range)</span>
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Impact ratio
              </th>
              <th scope="col" className="py-1 font-medium">
                Note
              </th>
            </tr>
          </thead>
          <tbody>
            {table.cells.length === 0 ? (
              <tr>
                <td colSpan={5} className="py-2 text-slate-600">
                  No one in this audit reported these categories.
                </td>
              </tr>
            ) : (
              table.cells.map((c) => (
                <tr key={c.key} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {c.label}
                  </th>
                  <td className="py-1 pr-3 tabular-nums">{c.hidden ? "fewer than 5" : c.n}</td>
                  <td className="py-1 pr-3 tabular-nums">
                    {c.rate === null ? "hidden" : pct(c.rate)}
                    {c.interval ? (
                      <span className="whitespace-nowrap text-slate-600">
                        {" "}
                        ({pct(c.interval[0])}–{pct(c.interval[1])})
                      </span>
                    ) : null}
                  </td>
                  <td className="py-1 pr-3 tabular-nums">
                    {c.impactRatio === null ? "—" : c.impactRatio.toFixed(2)}
                  </td>
                  <td className="py-1">
                    <Note cell={c} />
                  </td>
                </tr>
              ))
            )}
            {table.unknown !== null ? (
              <tr className="border-t border-slate-100 text-slate-600">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  Unknown (not reported)
                </th>
                <td className="py-1 pr-3 tabular-nums" colSpan={4}>
                  {table.unknown}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </ScrollX>
    </div>
  );
}

export function FairnessReport({
  audit,
  scope,
  from,
  to,
}: {
  audit: FairnessAudit;
  scope: string;
  from: string | null;
  to: string | null;
}) {
  return (
    <div className="space-y-6">
      <Form method="get" className="card no-print flex flex-wrap items-end gap-3" aria-label="Audit period">
        <div>
          <label htmlFor="from" className="label">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={from ?? ""} className="input py-1.5" />
        </div>
        <div>
          <label htmlFor="to" className="label">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={to ?? ""} className="input py-1.5" />
        </div>
        <button type="submit" className="btn-secondary">
          Apply
        </button>
        <div className="ml-auto">
          <PrintButton />
        </div>
      </Form>
      <section className="card" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <p className="mt-1 text-slate-700">
          {scope}, candidates who completed the assessment {from ? `from ${from}` : "from the start"}{" "}
          {to ? `to ${to}` : "to today"}: {audit.n} people.
          {audit.medianFit !== null ? ` Median fit ${audit.medianFit.toFixed(1)}.` : ""}
        </p>
        {audit.n === 0 ? (
          <p className="mt-2 text-slate-700">
            No completed assessments in this period, so there is nothing to audit yet.
          </p>
        ) : null}
      </section>
      {audit.n > 0 ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <section className="card min-w-0 space-y-5" aria-labelledby="selection-heading">
            <h2 id="selection-heading">Selection rates (decisions)</h2>
            {audit.selection.map((t) => (
              <Table key={t.title} table={t} rateLabel="Selected" />
            ))}
          </section>
          <section className="card min-w-0 space-y-5" aria-labelledby="scoring-heading">
            <h2 id="scoring-heading">Scoring rates (fit above the median)</h2>
            {audit.scoring.map((t) => (
              <Table key={t.title} table={t} rateLabel="Above median" />
            ))}
          </section>
        </div>
      ) : null}
      <section className="card" aria-labelledby="definitions-heading">
        <h2 id="definitions-heading">Definitions</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {audit.definitions.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
