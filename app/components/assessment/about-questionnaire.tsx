/**
 * "About this questionnaire" on the report: how the answers became scores, and how far the scores
 * can be pushed by answering to look good. The figures come from the simulation in
 * app/domain/assessment/faking.test.ts (400 simulated candidates, FAKING_REPORT=1 FAKING_COUNT=400);
 * docs/measurement.md gives the response model.
 */
export function AboutQuestionnaire() {
  return (
    <section className="card text-sm" aria-labelledby="about-questionnaire-heading">
      <h2 id="about-questionnaire-heading">About this questionnaire</h2>
      <p className="mt-2 text-slate-700">
        The statements you rated are scored with an item response model: each trait score is the most likely
        level given your answers, with a range that narrows as you answer more. The “which is more like you”
        pairs set a sales statement against a marketing statement that is about as appealing, both in general
        and to someone hiring for a sales job, and measure where you lean between the two. Scores are
        provisional until the questionnaire has been recalibrated on real answers.
      </p>
      <h3 className="mt-3 font-medium text-slate-900">Can answers be tilted to look good?</h3>
      <p className="mt-1 text-slate-700">
        In a simulation of 400 candidates who first answered honestly and then tried to look good for a sales
        job, general “look good” answering lifted the agree/disagree trait scores by 0.4 to 0.6 standard
        deviations and did not move the lean measured by the pairs (0.00). Candidates who also pushed the
        sales side lifted the sales trait scores by 0.8 to 0.95 standard deviations and the lean worked out
        from the trait scores by 0.30, while the pairs' lean did not move (−0.01; it moved 0.33 before the
        pairs were rewritten so that the sales statement is not always the one a sales employer seems to
        want). The trait scores, the fit and the lean shown above, which also uses the trait scores, can still
        be tilted. These figures come from an assumed answering model and from provisional ratings of how
        appealing each statement is to a sales employer, not from real applicants.
      </p>
    </section>
  );
}
