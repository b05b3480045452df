import { z } from "zod";
import { CRITERION_IDS } from "./criteria";
import { DIAGNOSTIC_STATEMENTS } from "./diagnostic";
import { COMPANY_STAGES, profileProblems, SALES_MOTIONS, type CompanyProfile, type Range } from "./profile";
import { STRUCTURE_IDS } from "./structures";

// Form and file schemas of the org designer, shared by the routes and the browser. Percentages in
// the form (growth, online share) are fractions in the model.

const num = (label: string, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: `Enter a number for ${label}.` })
    .refine(Number.isFinite, `Enter a number for ${label}.`)
    .min(min, `${label} must be at least ${min.toLocaleString("en-US")}.`)
    .max(max, `${label} must be at most ${max.toLocaleString("en-US")}.`);

const range = (label: string, min: number, max: number, scale = 1) =>
  z
    .object({ low: num(`${label} (low)`, min, max), mode: num(`${label} (likely)`, min, max), high: num(`${label} (high)`, min, max) })
    .refine((r) => r.low <= r.mode && r.mode <= r.high, { message: `${label}: keep low ≤ likely ≤ high.`, path: ["mode"] })
    .transform((r): Range => ({ low: r.low / scale, mode: r.mode / scale, high: r.high / scale }));

export const profileFormSchema = z
  .object({
    stage: z.enum(COMPANY_STAGES as [string, ...string[]], { error: "Choose a stage." }),
    gtmHeadcount: num("GTM headcount", 1, 10_000).int("Use a whole number of people."),
    arr: num("ARR", 0, 10_000_000_000),
    arrGrowthPerYear: range("Yearly ARR growth (%)", 0, 1000, 100),
    salesMotion: z.enum(SALES_MOTIONS as [string, ...string[]], { error: "Choose a sales motion." }),
    averageDealSize: range("Average deal size", 1, 100_000_000),
    salesCycleDays: range("Sales cycle (days)", 1, 1000),
    releasesPerQuarter: range("Releases per quarter", 0, 500),
    featuresPerRelease: range("Features per release", 0, 500),
    selfServeBuyingShare: range("Buying journey done online (%)", 0, 100, 100),
    marketingChannels: num("Marketing channels", 0, 100).int("Use a whole number."),
    collateralItems: num("Collateral items", 0, 10_000).int("Use a whole number."),
    salaries: z.object({
      ae: num("AE cost", 1),
      sdr: num("SDR cost", 1),
      marketer: num("Marketer cost", 1),
      salesManager: num("Sales manager cost", 1),
      marketingManager: num("Marketing manager cost", 1),
      vp: num("VP cost", 1),
    }),
  })
  .transform((v) => v as unknown as CompanyProfile)
  .superRefine((profile, ctx) => {
    for (const problem of profileProblems(profile)) ctx.addIssue({ code: "custom", message: problem });
  });

export const weightsFormSchema = z.object(Object.fromEntries(CRITERION_IDS.map((id) => [id, num("Weight", 0, 10)]))).refine(
  (w) => Object.values(w).some((x) => (x as number) > 0),
  { message: "Give at least one criterion a weight above 0." },
);

export const chartFormSchema = z.object({
  structureId: z.enum(STRUCTURE_IDS, { error: "Choose a structure." }),
  quarters: z.coerce.number().int().min(8, "Plan 8 to 12 quarters.").max(12, "Plan 8 to 12 quarters."),
  chartQuarter: z.coerce.number().int().min(0).max(12),
});

export const seatAssignmentSchema = z.object({ seatId: z.string().min(1).max(60), userId: z.uuid() });

export const scenarioNameSchema = z.object({
  name: z.string({ error: "Name the scenario." }).trim().min(1, "Name the scenario.").max(100, "Use at most 100 characters."),
});

export const diagnosticResponseSchema = z.object({
  team: z.enum(["sales", "marketing"], { error: "Choose the team you work in." }),
  ratings: z.array(z.coerce.number().int().min(1).max(5)).length(DIAGNOSTIC_STATEMENTS.length),
});

/** The JSON a scenario exports and imports. */
export const SCENARIO_FILE_FORMAT = "rolefit-org-scenario";
export const scenarioFileSchema = z.object({
  format: z.literal(SCENARIO_FILE_FORMAT, { error: "This is not a RoleFit scenario file." }),
  version: z.literal(1, { error: "This scenario file comes from a newer RoleFit; update RoleFit to import it." }),
  name: z.string().trim().min(1).max(100),
  structureId: z.enum(STRUCTURE_IDS),
  quarters: z.number().int().min(8).max(12),
  chartQuarter: z.number().int().min(0).max(12),
  weights: z.record(z.enum(CRITERION_IDS), z.number().min(0).max(10)),
  profile: z.custom<CompanyProfile>((p) => {
    try {
      if (typeof p !== "object" || p === null) return false;
      const profile = p as CompanyProfile;
      return COMPANY_STAGES.includes(profile.stage) && SALES_MOTIONS.includes(profile.salesMotion) && profileProblems(profile).length === 0;
    } catch {
      return false;
    }
  }, "The company profile in this file is incomplete or has impossible values."),
});
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
