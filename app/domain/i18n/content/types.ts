// The candidate-facing prose that is not a UI message: what each trait is, what the report says at
// each level, task labels and role names. English lives where it always did (instrument/traits.ts,
// fit/report-content.ts, instrument/tasks.ts, fit/templates.ts); each other language is one file here.
import type { Level } from "~/domain/fit/report-content";
import type { TraitId } from "~/domain/instrument/types";

export interface CandidateContent {
  traits: Readonly<Record<TraitId, { name: string; definition: string; high: string; low: string }>>;
  report: Readonly<Record<TraitId, Readonly<Record<Level, { strength: string; growth: string }>>>>;
  /** Task id → label. */
  tasks: Readonly<Record<string, string>>;
  /** Role template id → name and one-sentence summary. */
  templates: Readonly<Record<string, { name: string; summary: string }>>;
}
