// A simulated respondent: answers each screen as someone with known trait levels would, drawing
// from the item parameters. Used by the tests and by the demo seed, so demo reports look like real
// ones and the questionnaire's sequencing is exercised end to end.
import type { FormId, InstrumentVersion, Item, RawAnswer, TraitId } from "~/domain/instrument";
import { mulberry32, sampleCategory } from "~/domain/psychometrics";
import type { GivenAnswer } from "./answers";
import { nextStep } from "./sequence";

export interface SimulatedPerson {
  traits: Record<TraitId, number>;
  /** Sales-minus-marketing lean driving the forced-choice pairs. */
  balance: number;
}

export function simulatedAnswer(
  version: InstrumentVersion,
  item: Item,
  person: SimulatedPerson,
  uniform: number,
): RawAnswer {
  const p = version.params[item.id];
  switch (item.format) {
    case "likert": {
      if (!p || p.model !== "grm") throw new Error(`${item.id}: no GRM parameters`);
      const keyed = sampleCategory(p, person.traits[item.trait], uniform);
      return item.reverse ? 4 - keyed : keyed;
    }
    case "situational": {
      if (!p || p.model !== "grm") throw new Error(`${item.id}: no GRM parameters`);
      const credit = sampleCategory(p, person.traits[item.trait], uniform);
      return item.options.find((o) => o.credit === credit)!.id;
    }
    case "forced-choice": {
      if (!p || p.model !== "2pl") throw new Error(`${item.id}: no 2PL parameters`);
      const chooseSales = sampleCategory({ a: p.a, b: [p.b] }, person.balance, uniform) === 1;
      return chooseSales ? "sales" : "marketing";
    }
    case "infrequency":
      return item.expected[Math.floor(uniform * item.expected.length)]!;
  }
}

/** Runs a whole attempt for the person (answering honestly unless `answer` says otherwise); returns the answers in order. */
export function simulateAttempt(
  version: InstrumentVersion,
  form: FormId,
  seed: number,
  person: SimulatedPerson,
  options: {
    responseMs?: () => number;
    answer?: (item: Item, uniform: number) => RawAnswer;
    /** The traits the attempt reports (a role's required traits); all when absent. */
    reported?: readonly TraitId[] | null;
  } = {},
): GivenAnswer[] {
  const random = mulberry32(seed ^ 0x5bd1e995);
  const answers: GivenAnswer[] = [];
  for (;;) {
    const step = nextStep({ version, form, seed, reported: options.reported }, answers);
    if (step.done) return answers;
    const item = step.screen.item;
    answers.push({
      itemId: item.id,
      raw: options.answer ? options.answer(item, random()) : simulatedAnswer(version, item, person, random()),
      responseMs: options.responseMs ? options.responseMs() : 4000 + Math.floor(random() * 6000),
    });
  }
}
