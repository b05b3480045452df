import { LOCALE_NAMES_IN_ENGLISH } from "~/domain/i18n/locales";
import type { FlaggedStatement, QuestionFairness } from "~/domain/fairness/question-fairness";

const SIZE: Record<FlaggedStatement["class"], string> = {
  B: "a moderate difference (ETS class B)",
  C: "a large difference (ETS class C)",
};

const LANGUAGES = new Set<string>(Object.values(LOCALE_NAMES_IN_ENGLISH));

function plural(label: string): string {
  if (LANGUAGES.has(label)) return `candidates who answered in ${label}`;
  if (/^(Male|Female)$/.test(label)) return `${label.toLowerCase()} candidates`;
  if (label === "Another sex or gender") return "candidates of another sex or gender";
  return `candidates who identified as ${label}`;
}

/**
 * "Question fairness": statements that work differently for two groups at the same trait level
 * (differential item functioning), in plain words with what to do about each.
 */
export function QuestionFairnessSection({ result }: { result: QuestionFairness }) {
  const shown = result.comparisons.filter((c) => c.shown);
  const waiting = result.comparisons.filter((c) => !c.shown && c.referenceCount + c.focalCount > 0);
  const byKey = new Map(result.comparisons.map((c) => [c.key, c]));
  return (
    <section className="card mt-6" aria-labelledby="question-fairness-heading">
      <h2 id="question-fairness-heading">Question fairness</h2>
      <p className="mt-1 text-sm text-slate-700">
        Does any single statement work differently for one group than for another among people who stand at
        the same level of the trait? Groups are by sex and race/ethnicity (from the voluntary questions) and
        by the language the statements were read in, each translation against English. Each statement is
        checked with the Mantel–Haenszel procedure on the people who answered it, matched on their score for
        that trait. A group comparison is made only once each group has at least {result.minimumPerGroup}{" "}
        people who answered a statement; with fewer, a real difference would often go unnoticed.
      </p>
      {shown.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">
          Not enough candidates yet for any comparison.
          {waiting.length
            ? ` So far: ${waiting.map((c) => `${c.focalLabel} ${c.focalCount} and ${c.referenceLabel} ${c.referenceCount}`).join("; ")}.`
            : ""}
        </p>
      ) : (
        <>
          <p className="mt-3 text-sm text-slate-700">
            Checked:{" "}
            {shown
              .map((c) => `${c.focalLabel} against ${c.referenceLabel} (${c.analysed} statements)`)
              .join("; ")}
            . With this many statements a few flags are expected by chance (in our simulations about 3 in 100
            statements without any real difference were flagged), so a statement flagged again in a later
            period is much stronger evidence than a single flag.
          </p>
          {result.flagged.length === 0 ? (
            <p role="status" className="mt-3 text-sm font-medium">
              No statement showed a moderate or large difference in these comparisons.
            </p>
          ) : (
            <ul className="mt-3 space-y-3">
              {result.flagged.map((f) => {
                const c = byKey.get(f.comparisonKey)!;
                const lower = f.favours === "reference" ? c.focalLabel : c.referenceLabel;
                const higher = f.favours === "reference" ? c.referenceLabel : c.focalLabel;
                const language = f.comparisonKey.startsWith("language:");
                return (
                  <li
                    key={`${f.comparisonKey}-${f.itemId}`}
                    className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
                  >
                    <p className="font-medium">
                      “{f.text}”{" "}
                      <span className="font-normal text-slate-700">
                        ({f.traitName}
                        {f.reverse ? ", reverse-scored" : ""})
                      </span>
                      {f.translatedText ? (
                        <span className="mt-1 block font-normal">
                          In {c.focalLabel}: “{f.translatedText}”
                        </span>
                      ) : null}
                    </p>
                    <p className="mt-1">
                      At the same level of {f.traitName.toLowerCase()}, {plural(lower)}{" "}
                      {f.reverse ? "disagreed" : "agreed"} less often than {plural(higher)}: {SIZE[f.class]},
                      based on {f.focalCount} {language ? c.focalLabel : c.focalLabel.toLowerCase()} and{" "}
                      {f.referenceCount} {language ? c.referenceLabel : c.referenceLabel.toLowerCase()}{" "}
                      answers. A second check that uses all five answer options{" "}
                      {f.ordinalP < 0.05 ? "agrees" : "does not confirm it"} (p{" "}
                      {f.ordinalP < 0.001 ? "< .001" : `= ${f.ordinalP.toFixed(3).replace(/^0/, "")}`}).
                    </p>
                    {language ? (
                      <p className="mt-1 text-slate-800">
                        What to do: have someone who reads both languages compare the {c.focalLabel} statement
                        with the English for a change of meaning or strength (a softer verb, a different
                        quantity, a word with another sense). If the translation is faithful, the statement
                        needs its own parameters in {c.focalLabel} once there are enough answers to calibrate
                        them. Until then, weigh this trait&apos;s score with the interview.
                      </p>
                    ) : (
                      <p className="mt-1 text-slate-800">
                        What to do: read the statement for wording that may land differently with{" "}
                        {plural(c.focalLabel)} (an idiom, an assumption about background, time or money). If
                        the wording is sound, it is a signal for recalibration: the statement may need its own
                        parameters or to be retired. Until then, weigh this trait&apos;s score with the
                        interview.
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
