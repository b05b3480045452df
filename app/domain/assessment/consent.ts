// What a candidate agrees to before the first question. Shown in full on the intro page and
// included in the candidate's data export, so both say the same thing.
export const CONSENT_POINTS = [
  "Your answers are used to estimate eleven work traits, five closer to sales and five closer to marketing, plus one that bridges them.",
  "Each answer is saved as you give it, so you can stop and come back later with the same link.",
  "Your report shows the uncertainty in every score. The scoring is new and provisional, so treat results as a first estimate, not a verdict.",
  "You can download all your data or delete it at any time from your report.",
] as const;

export const INVITED_CONSENT_POINTS = [
  "This is an automated assessment. The organization uses it as one input; a person makes every hiring decision.",
  "The organization sees your scores and answer-quality notes for the role you were invited to. It never sees the optional background questions individually.",
] as const;
