import { z } from "zod";
import { CRITERION_IDS, type CriterionId } from "./criteria";
import { DIAGNOSTIC_STATEMENTS, RELATIONSHIP_STAGES, type RelationshipStage } from "./diagnostic";
import {
  COMPANY_STAGES,
  profileProblems,
  SALES_MOTIONS,
  type CompanyProfile,
  type Range,
  type TeamCounts,
} from "./profile";
import { STRUCTURE_IDS, type StructureId } from "./structures";

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
    .object({
      low: num(`${label} (low)`, min, max),
      mode: num(`${label} (likely)`, min, max),
      high: num(`${label} (high)`, min, max),
    })
    .refine((r) => r.low <= r.mode && r.mode <= r.high, {
      message: `${label}: keep low ≤ likely ≤ high.`,
      path: ["mode"],
    })
    .transform((r): Range => ({ low: r.low / scale, mode: r.mode / scale, high: r.high / scale }));

/**
 * Bounds shared by the profile form and scenario files, so an imported file can hold nothing the
 * form would refuse (a headcount of 10 million or salaries of 1e308 made the plan show 1e23 people).
 * Percentages are in percent here; files store fractions (growth, online share) and divide by 100.
 */
export const PROFILE_BOUNDS = {
  gtmHeadcount: { min: 1, max: 10_000 },
  arr: { min: 0, max: 10_000_000_000 },
  arrGrowthPercent: { min: 0, max: 1000 },
  averageDealSize: { min: 1, max: 100_000_000 },
  salesCycleDays: { min: 1, max: 1000 },
  releasesPerQuarter: { min: 0, max: 500 },
  featuresPerRelease: { min: 0, max: 500 },
  selfServePercent: { min: 0, max: 100 },
  marketingChannels: { min: 0, max: 100 },
  collateralItems: { min: 0, max: 10_000 },
  salary: { min: 1, max: 10_000_000 },
  teamCount: { min: 0, max: 10_000 },
} as const;
const B = PROFILE_BOUNDS;

const SALARY_LABELS = {
  ae: "AE cost",
  sdr: "SDR cost",
  marketer: "Marketer cost",
  salesManager: "Sales manager cost",
  marketingManager: "Marketing manager cost",
  vp: "VP cost",
} as const;

const TEAM_LABELS = {
  sellers: "Sellers",
  sdrs: "SDRs",
  accountManagers: "Account managers / customer success",
  salesEngineers: "Sales engineers",
  marketers: "Marketers",
  managers: "Managers",
} as const;

/** An optional whole count: an empty box means "not entered". */
const optionalCount = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    num(label, B.teamCount.min, B.teamCount.max).int("Use a whole number of people.").optional(),
  );

const teamSchema = (strict: boolean) => {
  const shape = Object.fromEntries(
    Object.entries(TEAM_LABELS).map(([key, label]) => [key, optionalCount(label)]),
  );
  return strict ? z.strictObject(shape) : z.object(shape);
};

/** Drops counts left empty, and the whole breakdown when nothing was entered. */
function cleanTeam(team: Record<string, number | undefined> | undefined): TeamCounts | undefined {
  if (!team) return undefined;
  const entries = Object.entries(team).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as TeamCounts) : undefined;
}

const refineProfile = (profile: CompanyProfile, ctx: z.RefinementCtx) => {
  for (const problem of profileProblems(profile)) ctx.addIssue({ code: "custom", message: problem });
};

export const profileFormSchema = z
  .object({
    stage: z.enum(COMPANY_STAGES as [string, ...string[]], { error: "Choose a stage." }),
    gtmHeadcount: num("GTM headcount", B.gtmHeadcount.min, B.gtmHeadcount.max).int(
      "Use a whole number of people.",
    ),
    arr: num("ARR", B.arr.min, B.arr.max),
    arrGrowthPerYear: range("Yearly ARR growth (%)", B.arrGrowthPercent.min, B.arrGrowthPercent.max, 100),
    salesMotion: z.enum(SALES_MOTIONS as [string, ...string[]], { error: "Choose a sales motion." }),
    averageDealSize: range("Average deal size", B.averageDealSize.min, B.averageDealSize.max),
    salesCycleDays: range("Sales cycle (days)", B.salesCycleDays.min, B.salesCycleDays.max),
    releasesPerQuarter: range("Releases per quarter", B.releasesPerQuarter.min, B.releasesPerQuarter.max),
    featuresPerRelease: range("Features per release", B.featuresPerRelease.min, B.featuresPerRelease.max),
    selfServeBuyingShare: range(
      "Buying journey done online (%)",
      B.selfServePercent.min,
      B.selfServePercent.max,
      100,
    ),
    marketingChannels: num("Marketing channels", B.marketingChannels.min, B.marketingChannels.max).int(
      "Use a whole number.",
    ),
    collateralItems: num("Collateral items", B.collateralItems.min, B.collateralItems.max).int(
      "Use a whole number.",
    ),
    salaries: z.object(
      Object.fromEntries(
        Object.entries(SALARY_LABELS).map(([k, label]) => [k, num(label, B.salary.min, B.salary.max)]),
      ) as {
        [K in keyof typeof SALARY_LABELS]: ReturnType<typeof num>;
      },
    ),
    team: teamSchema(false).optional(),
  })
  .transform((v) => ({ ...v, team: cleanTeam(v.team) }) as unknown as CompanyProfile)
  .transform((v) => {
    if (v.team === undefined) delete (v as { team?: unknown }).team;
    return v;
  })
  .superRefine(refineProfile);

/** A number, or a low/likely/high range, within bounds (the file's form of an uncertain input). */
const fileUncertain = (label: string, min: number, max: number) =>
  z.union([
    num(label, min, max),
    z
      .strictObject({
        low: num(`${label} (low)`, min, max),
        mode: num(`${label} (likely)`, min, max),
        high: num(`${label} (high)`, min, max),
      })
      .refine((r) => r.low <= r.mode && r.mode <= r.high, `${label}: keep low ≤ likely ≤ high.`),
  ]);

/** The company profile as scenario files store it (model units), with the form's bounds. */
export const profileFileSchema = z
  .strictObject({
    stage: z.enum(COMPANY_STAGES as [string, ...string[]], { error: "Choose a stage." }),
    gtmHeadcount: num("GTM headcount", B.gtmHeadcount.min, B.gtmHeadcount.max).int(
      "Use a whole number of people.",
    ),
    arr: num("ARR", B.arr.min, B.arr.max),
    arrGrowthPerYear: fileUncertain(
      "Yearly ARR growth",
      B.arrGrowthPercent.min / 100,
      B.arrGrowthPercent.max / 100,
    ),
    salesMotion: z.enum(SALES_MOTIONS as [string, ...string[]], { error: "Choose a sales motion." }),
    averageDealSize: fileUncertain("Average deal size", B.averageDealSize.min, B.averageDealSize.max),
    salesCycleDays: fileUncertain("Sales cycle (days)", B.salesCycleDays.min, B.salesCycleDays.max),
    releasesPerQuarter: fileUncertain(
      "Releases per quarter",
      B.releasesPerQuarter.min,
      B.releasesPerQuarter.max,
    ),
    featuresPerRelease: fileUncertain(
      "Features per release",
      B.featuresPerRelease.min,
      B.featuresPerRelease.max,
    ),
    selfServeBuyingShare: fileUncertain(
      "Buying journey done online",
      B.selfServePercent.min / 100,
      B.selfServePercent.max / 100,
    ),
    marketingChannels: z.union([
      num("Marketing channels", B.marketingChannels.min, B.marketingChannels.max).int("Use a whole number."),
      z.array(z.string().trim().min(1).max(100)).max(B.marketingChannels.max),
    ]),
    collateralItems: num("Collateral items", B.collateralItems.min, B.collateralItems.max).int(
      "Use a whole number.",
    ),
    salaries: z.strictObject(
      Object.fromEntries(
        Object.entries(SALARY_LABELS).map(([k, label]) => [k, num(label, B.salary.min, B.salary.max)]),
      ) as {
        [K in keyof typeof SALARY_LABELS]: ReturnType<typeof num>;
      },
    ),
    team: teamSchema(true).optional(),
  })
  .transform((v) => {
    const team = cleanTeam(v.team as Record<string, number | undefined> | undefined);
    const { team: _team, ...rest } = v;
    return (team ? { ...rest, team } : rest) as unknown as CompanyProfile;
  })
  .superRefine(refineProfile);

/** Weights in percent as the form shows them; any total is accepted and rescaled to 100%. */
export const weightsFormSchema = z
  .object(Object.fromEntries(CRITERION_IDS.map((id) => [id, num("Weight", 0, 100)])))
  .refine((w) => Object.values(w).some((x) => (x as number) > 0), {
    message: "Give at least one criterion a weight above 0.",
  });

export const chartFormSchema = z.object({
  structureId: z.enum(STRUCTURE_IDS, { error: "Choose a structure." }),
  quarters: z.coerce.number().int().min(8, "Plan 8 to 12 quarters.").max(12, "Plan 8 to 12 quarters."),
  chartQuarter: z.coerce.number().int().min(0).max(12),
});

export const seatAssignmentSchema = z.object({ seatId: z.string().min(1).max(60), userId: z.uuid() });

/** What the org chart page posts: the view, or a person placed in or taken out of a seat. */
export const chartActionSchema = z.discriminatedUnion("intent", [
  chartFormSchema.pick({ structureId: true, chartQuarter: true }).extend({ intent: z.literal("view") }),
  z.object({
    intent: z.literal("unassign"),
    assignmentId: z.uuid({ error: "That placement was not found." }),
  }),
  seatAssignmentSchema.extend({ intent: z.literal("assign") }),
]);

/** What the structures page posts: weights, a reset, or the structure the plan uses. */
export const structuresActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("weights"), weight: weightsFormSchema }),
  z.object({ intent: z.literal("reset-weights") }),
  chartFormSchema.pick({ structureId: true }).extend({ intent: z.literal("choose") }),
]);

export const scenarioNameSchema = z.object({
  name: z
    .string({ error: "Name the scenario." })
    .trim()
    .min(1, "Name the scenario.")
    .max(100, "Use at most 100 characters."),
});

const rating = z.coerce
  .number({ error: "Rate this statement from 1 to 5." })
  .int()
  .min(1, "Rate this statement from 1 to 5.")
  .max(5, "Rate this statement from 1 to 5.");

/**
 * One diagnostic response as the form posts it (`team`, and `r.<statement id>` per statement),
 * turned into the team and the ratings in statement order.
 */
/** What a scenario's manage page posts. */
export const manageScenarioActionSchema = z.discriminatedUnion("intent", [
  scenarioNameSchema.extend({ intent: z.literal("rename") }),
  z.object({ intent: z.literal("duplicate") }),
  z.object({ intent: z.literal("delete") }),
]);

/** What the org designer's start page posts: a new scenario, an imported file, or a diagnostic round. */
export const orgIndexActionSchema = z.discriminatedUnion("intent", [
  scenarioNameSchema.extend({ intent: z.literal("create") }),
  z.object({
    intent: z.literal("import"),
    file: z.file({ error: "Choose a scenario file (.json) to import." }),
  }),
  z.object({
    intent: z.literal("diagnostic"),
    title: z.string().trim().max(100, "Use at most 100 characters.").optional(),
  }),
]);

export const diagnosticResponseSchema = z
  .object({
    team: z.enum(["sales", "marketing"], { error: "Choose the team you work in." }),
    r: z.object(
      Object.fromEntries(DIAGNOSTIC_STATEMENTS.map((st) => [st.id, rating])) as Record<string, typeof rating>,
      {
        error: "Rate every statement from 1 to 5.",
      },
    ),
  })
  .transform((v) => ({ team: v.team, ratings: DIAGNOSTIC_STATEMENTS.map((st) => v.r[st.id]!) }));

/** The JSON a scenario exports and imports. */
export const SCENARIO_FILE_FORMAT = "rolefit-org-scenario";
/**
 * Version 2 added the optional team breakdown to the profile; version 1 files (no breakdown) read
 * the same way. Unknown keys anywhere are refused, `__proto__` included, so nothing the form could
 * not have produced gets stored.
 */
export const SCENARIO_FILE_VERSION = 2;
export const scenarioFileSchema = z.strictObject({
  format: z.literal(SCENARIO_FILE_FORMAT, { error: "This is not a RoleFit scenario file." }),
  version: z.union([z.literal(1), z.literal(2)], {
    error: "This scenario file comes from a newer RoleFit; update RoleFit to import it.",
  }),
  name: z.string().trim().min(1).max(100),
  structureId: z.enum(STRUCTURE_IDS),
  quarters: z.number().int().min(8).max(12),
  chartQuarter: z.number().int().min(0).max(12),
  weights: z
    .strictObject(
      Object.fromEntries(CRITERION_IDS.map((id) => [id, z.number().min(0).max(100).optional()])) as {
        [K in (typeof CRITERION_IDS)[number]]: z.ZodOptional<z.ZodNumber>;
      },
    )
    .refine(
      (w) => Object.values(w).every((x) => x === undefined) || Object.values(w).some((x) => (x ?? 0) > 0),
      "Give at least one criterion a weight above 0.",
    ),
  profile: profileFileSchema,
  /** Optional, for batch evaluation from the command line: the relationship stage to assume. */
  relationshipStage: z.enum(RELATIONSHIP_STAGES as [RelationshipStage, ...RelationshipStage[]]).optional(),
});
/** What RoleFit writes (the current version); the schema also reads version 1. */
export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT;
  version: number;
  name: string;
  structureId: StructureId;
  quarters: number;
  chartQuarter: number;
  weights: Partial<Record<CriterionId, number>>;
  profile: CompanyProfile;
  relationshipStage?: RelationshipStage;
}

/** The first problem of a failed parse as one line, naming where it is ("profile.arr: …"). */
export function firstIssue(error: z.ZodError): string {
  // Unknown keys first: they say the file was tampered with or is not ours, whatever else is wrong.
  const issue = error.issues.find((i) => i.code === "unrecognized_keys") ?? error.issues[0]!;
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys")
    return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}${path ? ` in ${path}` : ""}`;
  return path ? `${path}: ${issue.message}` : issue.message;
}
