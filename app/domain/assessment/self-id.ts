// Voluntary self-identification, used only in aggregate for the fairness audit. Every question
// offers "prefer not to say"; skipping the whole step is equally fine. Categories follow the ones
// bias audits report on (EEO-1 for race/ethnicity).
export const PREFER_NOT = "prefer-not-to-say";

export const SEX_OPTIONS = [
  { value: "female", label: "Female" },
  { value: "male", label: "Male" },
  { value: "another", label: "Another sex or gender" },
  { value: PREFER_NOT, label: "Prefer not to say" },
] as const;

export const RACE_ETHNICITY_OPTIONS = [
  { value: "hispanic-latino", label: "Hispanic or Latino" },
  { value: "white", label: "White" },
  { value: "black", label: "Black or African American" },
  { value: "asian", label: "Asian" },
  { value: "native-american", label: "American Indian or Alaska Native" },
  { value: "pacific-islander", label: "Native Hawaiian or Other Pacific Islander" },
  { value: "two-or-more", label: "Two or more races" },
  { value: PREFER_NOT, label: "Prefer not to say" },
] as const;

export const AGE_BAND_OPTIONS = [
  { value: "under-25", label: "Under 25" },
  { value: "25-34", label: "25 to 34" },
  { value: "35-44", label: "35 to 44" },
  { value: "45-54", label: "45 to 54" },
  { value: "55-64", label: "55 to 64" },
  { value: "65-plus", label: "65 or over" },
  { value: PREFER_NOT, label: "Prefer not to say" },
] as const;
