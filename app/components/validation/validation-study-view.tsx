import type { ValidationStudy } from "~/domain/validation/study";
import { describeCell } from "~/domain/validation/study";
import { VALIDITY_SMALL_SAMPLE, fisherInterval } from "~/domain/psychometrics/validity";

const num = (x: number | null, digits = 2) =>
  x === null || !Number.isFinite(x) ? "—" : x.toFixed(digits).replace(/^(-?)0\./, "$1.");
const pValue = (p: number) => (!Number.isFinite(p) ? "—" : p < 0.001 ? "< .001" : num(p, 3));

/** How wide the 95% range of an observed r of .30 is at this sample size: the plain cost of a small n. */
function illustration(n: number): string | null {
  if (n < 4) return null;
  const [lo, hi] = fisherInterval(0.3, n);
  return `With ${n} people, an observed correlation of .30 is compatible with a true value anywhere from ${num(lo)} to ${num(hi)}.`;
}

export function ValidationStudyView({ study, roleTitle }: { study: ValidationStudy; roleTitle: string }) {
  if (study.outcomes.length === 0) {
    return (
      <section className="card" aria-labelledby="no-outcomes-heading">
        <h2 id="no-outcomes-heading">No outcomes recorded yet</h2>
        <p className="mt-2 text-sm text-slate-700">
          {study.completed} candidates of {roleTitle} completed the assessment. Once you record how the people
          you hired are doing (from a candidate's “Job outcomes” page or by importing a CSV below), this page
          shows how their scores relate to those outcomes.
        </p>
      </section>
    );
  }
  return (
    <div className="space-y-6">
      {study.outcomes.map((outcome) => (
        <section key={outcome.measure} className="card" aria-labelledby={`outcome-${outcome.measure}`}>
          <h2 id={`outcome-${outcome.measure}`}>{outcome.label}</h2>
          <p className="mt-1 text-sm text-slate-700">
            {outcome.n} hired {outcome.n === 1 ? "person has" : "people have"} this outcome recorded, out of{" "}
            {study.completed} who completed the assessment for this role.
            {outcome.reliability !== null
              ? ` Corrected with an outcome reliability of ${outcome.reliability}.`
              : ""}
          </p>
          {outcome.small ? (
            <div
              role="alert"
              className="mt-3 rounded-md border-2 border-red-300 bg-red-50 p-3 text-sm text-red-900"
            >
              <strong>
                Too few people to draw conclusions ({outcome.n}, fewer than {VALIDITY_SMALL_SAMPLE}).
              </strong>{" "}
              At this size a correlation can land far from the truth in either direction by chance alone.{" "}
              {illustration(outcome.n)} Keep recording outcomes; do not change how you hire because of these
              numbers yet.
            </div>
          ) : null}
          <div
            className="mt-3 overflow-x-auto"
            tabIndex={0}
            role="region"
            aria-label={`Correlations with ${outcome.label}`}
          >
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Score
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    People
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Correlation r
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    95% range
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    p
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Corrected r
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    In words
                  </th>
                </tr>
              </thead>
              <tbody>
                {outcome.cells.map((cell) => (
                  <tr key={cell.predictor} className="border-t border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      {cell.predictorLabel}
                    </th>
                    <td className="py-1 pr-3 tabular-nums">{cell.n}</td>
                    <td className="py-1 pr-3 tabular-nums">{num(cell.r)}</td>
                    <td className="py-1 pr-3 tabular-nums">
                      {Number.isFinite(cell.ci95[0]) ? `${num(cell.ci95[0])} to ${num(cell.ci95[1])}` : "—"}
                    </td>
                    <td className="py-1 pr-3 tabular-nums">{pValue(cell.p)}</td>
                    <td
                      className="py-1 pr-3 tabular-nums"
                      title={cell.u !== null ? `range-restriction ratio u = ${num(cell.u)}` : undefined}
                    >
                      {num(cell.rCorrected)}
                    </td>
                    <td className="py-1 text-slate-700">{describeCell(cell)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <section className="card text-sm" aria-labelledby="reading-heading">
        <h2 id="reading-heading">How to read this, and what it cannot tell you</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          <li>
            <strong>r</strong> runs from −1 to 1: 0 means the score says nothing about the outcome and 1 would
            be a perfect relation. The <strong>95% range</strong> is where the true value plausibly lies; when
            it includes 0, this data cannot tell the relation apart from none.
          </li>
          <li>
            <strong>p</strong> is the chance of a correlation at least this far from 0 if there were no
            relation at all. With twelve scores and several outcomes, some will reach p &lt; .05 by luck alone
            (about one in twenty unrelated scores does).
          </li>
          <li>
            <strong>Corrected r</strong> estimates the relation among all applicants rather than only the
            people you hired (who are more alike than applicants, which shrinks r), and, if you gave one, for
            an outcome measured with error. The correction assumes you hired on this score alone; you did not,
            so treat it as a rough view, not a fact.
          </li>
          <li>
            A correlation is not proof that the score causes performance, and it says nothing about any single
            person. It covers only the people you hired, under the managers and markets they had.
          </li>
        </ul>
      </section>
    </div>
  );
}
