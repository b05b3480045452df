import { useT } from "~/components/i18n";

/**
 * "About this questionnaire" on the report: how the answers became scores, and how far the scores
 * can be pushed by answering to look good. The figures come from the simulation in
 * app/domain/assessment/faking.test.ts (400 simulated candidates, FAKING_REPORT=1 FAKING_COUNT=400);
 * docs/measurement.md gives the response model.
 */
export function AboutQuestionnaire() {
  const t = useT();
  return (
    <section className="card text-sm" aria-labelledby="about-questionnaire-heading">
      <h2 id="about-questionnaire-heading">{t("about.title")}</h2>
      <p className="mt-2 text-slate-700">{t("about.scoring")}</p>
      <h3 className="mt-3 font-medium text-slate-900">{t("about.fakingTitle")}</h3>
      <p className="mt-1 text-slate-700">{t("about.faking")}</p>
    </section>
  );
}
