// The candidate-facing prose in a language: English from its own modules, the others from one file each.
import { REPORT_CONTENT } from "~/domain/fit/report-content";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { ALL_TASKS } from "~/domain/instrument/tasks";
import { TRAITS } from "~/domain/instrument/traits";
import type { TraitId } from "~/domain/instrument/types";
import type { Locale } from "../locales";
import { DE_CONTENT } from "./de";
import { ES_CONTENT } from "./es";
import { FR_CONTENT } from "./fr";
import type { CandidateContent } from "./types";

export type { CandidateContent } from "./types";

function englishContent(): CandidateContent {
  return {
    traits: Object.fromEntries(
      TRAITS.map((t) => [t.id, { name: t.name, definition: t.definition, high: t.high, low: t.low }]),
    ) as CandidateContent["traits"],
    report: Object.fromEntries(
      Object.entries(REPORT_CONTENT).map(([trait, levels]) => [
        trait,
        {
          low: { strength: levels.low.strength, growth: levels.low.growth },
          mid: { strength: levels.mid.strength, growth: levels.mid.growth },
          high: { strength: levels.high.strength, growth: levels.high.growth },
        },
      ]),
    ) as Record<TraitId, CandidateContent["report"][TraitId]>,
    tasks: Object.fromEntries(ALL_TASKS.map((t) => [t.id, t.label])),
    templates: Object.fromEntries(ROLE_TEMPLATES.map((t) => [t.id, { name: t.name, summary: t.summary }])),
  };
}

const OTHER_LANGUAGES = { es: ES_CONTENT, de: DE_CONTENT, fr: FR_CONTENT } as const;
let english: CandidateContent | null = null;

/** What the intro pages list of each trait (its side, name and definition) in a language. */
export function traitsInLanguage(locale: Locale) {
  const content = candidateContent(locale);
  return TRAITS.map((t) => ({
    id: t.id,
    name: content.traits[t.id].name,
    side: t.side,
    definition: content.traits[t.id].definition,
  }));
}

/** The prose in one language (English built once, on first use, from its own modules). */
export function candidateContent(locale: Locale): CandidateContent {
  if (locale !== "en") return OTHER_LANGUAGES[locale];
  english ??= englishContent();
  return english;
}
