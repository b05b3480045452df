// What a candidate agrees to before the first question. Shown in full on the intro page and
// included in the candidate's data export, so both say the same thing (in the attempt's language).
import { translator, type Locale, type MessageKey } from "~/domain/i18n";

export const SELF_CONSENT_KEYS = [
  "consent.traits",
  "consent.saved",
  "consent.uncertainty",
  "consent.rights",
] as const satisfies readonly MessageKey[];

/** Said to invited candidates before the points every candidate reads. */
export const INVITED_CONSENT_KEYS = [
  "consent.automated",
  "consent.employerSees",
] as const satisfies readonly MessageKey[];

export function consentPoints(keys: readonly MessageKey[], locale: Locale = "en"): string[] {
  const t = translator(locale);
  return keys.map((key) => t(key));
}
