// Response-quality material. Infrequency items are plain statements that almost everyone answers
// the same way; they are interleaved with the trait items and never scored on a trait. They are
// written to be respectful and obvious (no trick wording, nothing about the body, health or
// language ability). An unexpected answer raises a flag for a human to look at; it never rejects.
//
// Synonym pairs are two Likert items of the same trait and the same key that say nearly the same
// thing; far-apart answers to both suggest inattention. They can only be checked when both items of
// a pair were administered (always in the short form for the pairs it includes; by chance in the
// adaptive form).
import type { InfrequencyItem, SynonymPair } from "./types";

function infrequency(id: string, text: string, expected: number[]): InfrequencyItem {
  return { id, trait: "quality", format: "infrequency", reverse: false, text, expected };
}

const DISAGREE = [0, 1];
const AGREE = [3, 4];

export const INFREQUENCY_ITEMS: readonly InfrequencyItem[] = [
  infrequency("inf-01", "I have never sent an email or a text message in my life.", DISAGREE),
  infrequency("inf-02", "I have used a computer, tablet or phone before today.", AGREE),
  infrequency("inf-03", "Every meeting I have ever attended started exactly on time.", DISAGREE),
  infrequency("inf-04", "I remember every word of every conversation I have ever had.", DISAGREE),
  infrequency("inf-05", "I have read at least one message from another person this year.", AGREE),
  infrequency("inf-06", "I can speak every language in the world.", DISAGREE),
];

export const SYNONYM_PAIRS: readonly SynonymPair[] = [
  { id: "syn-01", items: ["rr-08", "rr-09"] },
  { id: "syn-02", items: ["cd-06", "cd-07"] },
  { id: "syn-03", items: ["dc-01", "dc-11"] },
  { id: "syn-04", items: ["pe-06", "pe-14"] },
  { id: "syn-05", items: ["ci-08", "ci-13"] },
  { id: "syn-06", items: ["mr-07", "mr-13"] },
  { id: "syn-07", items: ["ps-07", "ps-14"] },
  { id: "syn-08", items: ["dg-10", "dg-11"] },
  { id: "syn-09", items: ["cf-03", "cf-11"] },
];
