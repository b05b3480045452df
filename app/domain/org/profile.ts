/**
 * The company a founder describes before comparing go-to-market structures. Every default carries
 * where it came from and how much to trust it, so the UI can show "source: Bridge Group 2017 (H)"
 * next to each number instead of presenting guesses as facts.
 */

export type CompanyStage = "pre-seed" | "seed" | "series-a" | "series-b" | "growth";
export const COMPANY_STAGES: readonly CompanyStage[] = ["pre-seed", "seed", "series-a", "series-b", "growth"];

/** self-serve: buyers mostly buy online; transactional: short, repeatable deals; consultative: long, complex deals. */
export type SalesMotion = "self-serve" | "transactional" | "consultative";
export const SALES_MOTIONS: readonly SalesMotion[] = ["self-serve", "transactional", "consultative"];

/** A triangular range for an input the founder can only estimate: the model samples it in Monte Carlo. */
export interface Range {
  low: number;
  mode: number;
  high: number;
}

/** A known number, or a range when the founder is unsure. Deterministic views use the mode. */
export type Uncertain = number | Range;

/** Annual fully loaded cost per seat in US dollars (base + variable + benefits). */
export interface Salaries {
  ae: number;
  sdr: number;
  marketer: number;
  salesManager: number;
  marketingManager: number;
  vp: number;
}

/**
 * Today's go-to-market team by function, as far as the founder knows it. Every count is optional:
 * what is left out of gtmHeadcount is shared out by the workload model (see todayTeam).
 */
export interface TeamCounts {
  /** Quota-carrying sellers on new business (AEs, founders who sell). */
  sellers?: number;
  sdrs?: number;
  /** Account managers and customer success: renewals and expansion. */
  accountManagers?: number;
  salesEngineers?: number;
  marketers?: number;
  /** Everyone who mostly manages: team leads, heads, VPs. */
  managers?: number;
}

export const TEAM_COUNT_KEYS = [
  "sellers",
  "sdrs",
  "accountManagers",
  "salesEngineers",
  "marketers",
  "managers",
] as const;

export interface CompanyProfile {
  stage: CompanyStage;
  /** People working in sales and marketing today (founders who sell count). */
  gtmHeadcount: number;
  /** Annual recurring revenue today, US dollars. */
  arr: number;
  /** Net ARR growth per year as a fraction (1 = doubling). Needed to turn ARR into a pipeline target. */
  arrGrowthPerYear: Uncertain;
  salesMotion: SalesMotion;
  /** Average first-year contract value of a new deal, US dollars. */
  averageDealSize: Uncertain;
  salesCycleDays: Uncertain;
  /** How fast the product changes: releases a quarter, and customer-visible features in each. */
  releasesPerQuarter: Uncertain;
  featuresPerRelease: Uncertain;
  /** Share (0–1) of the buying journey buyers complete online on their own before talking to sales. */
  selfServeBuyingShare: Uncertain;
  /** Marketing channels in use: a count, or their names. */
  marketingChannels: number | readonly string[];
  /** Collateral pieces that must stay current with the product: decks, one-pagers, web pages, demos. */
  collateralItems: number;
  salaries: Salaries;
  /** Optional breakdown of gtmHeadcount; older scenarios have none (read as "not entered"). */
  team?: TeamCounts;
}

export type Confidence = "H" | "M" | "L";

/** A default value with its provenance. */
export interface SourcedValue<T> {
  value: T;
  source: string;
  confidence: Confidence;
  note?: string;
}

const ASSUMPTION = "RoleFit assumption";

/**
 * Benchmarks, each with its source in docs/org-model.md. Kept apart from the profile because they are facts about
 * other companies that the model uses, not facts about this company the founder can edit.
 */
export const BENCHMARKS = {
  repsPerFrontLineManager: {
    value: 8.5,
    source: "Alexander Group ~2012",
    confidence: "M",
    note: "average 8.5, observed range 2–38",
  },
  sdrsPerManager: {
    value: { low: 8.1, mode: 8.4, high: 8.7 },
    source: "Bridge Group / TOPO 2016",
    confidence: "M",
  },
  aesPerSdrUnder25m: {
    value: 2.1,
    source: "TOPO 2015",
    confidence: "M",
    note: "1 SDR : 2.1 AEs under $25M revenue",
  },
  aesPerSdrAbove25m: {
    value: 4.4,
    source: "TOPO 2015",
    confidence: "M",
    note: "1 SDR : 4.4 AEs above $25M revenue",
  },
  sdrTeamsReportingToSales: { value: 0.68, source: "Bridge Group 2021", confidence: "H" },
  separateSdrRolesFromArr: {
    value: 5_000_000,
    source: "Bridge Group 2017",
    confidence: "M",
    note: "separate SDR/AE/CSM roles are usually not seen below $5M ARR",
  },
  aeRampQuarters: {
    value: 2,
    source: "Bridge Group 2024 (secondary)",
    confidence: "L",
    note: "AE ramp ~5–6 months",
  },
  rampingRepFte: {
    value: 0.5,
    source: "Skok",
    confidence: "M",
    note: "a ramping rep at 50% of quota counts 0.5 FTE",
  },
  salesHireFailureRate: { value: { low: 0.25, mode: 0.275, high: 0.3 }, source: "Skok", confidence: "M" },
  salesAndMarketingSpendShareOfArr: {
    value: { low: 0.15, mode: 0.35, high: 0.45 },
    source: "OpenView 2021",
    confidence: "M",
    note: "~35% of ARR at $15M ARR, quartiles 15–45%",
  },
  marketingShareOfAcquisitionSpend: {
    value: 0.3,
    source: "KBCM survey",
    confidence: "M",
    note: "median 30%; 65% for internet-led companies",
  },
  cmoReportsToCeo: {
    value: 0.81,
    source: "Pave/SaaStr",
    confidence: "M",
    note: "81% at 1–50 employees, 65–74% at 51–500",
  },
  cmoReportsToCeoMidSize: {
    value: { low: 0.65, mode: 0.695, high: 0.74 },
    source: "Pave/SaaStr",
    confidence: "M",
    note: "65–74% at 51–500 employees",
  },
  quotaAttainment: {
    value: { low: 0.55, mode: 0.7, high: 0.85 },
    source: ASSUMPTION,
    confidence: "L",
    note: "provisional: average share of quota a tenured seller delivers; quotas are set above the average rep",
  },
  gtmShareOfEmployees: {
    value: 0.35,
    source: ASSUMPTION,
    confidence: "L",
    note: "provisional: turns GTM headcount into company size for the reporting base rates",
  },
} as const satisfies Record<string, SourcedValue<number | Range>>;

/** Typical sales cycle per motion (glossaries, L); used to suggest a cycle when the motion changes. */
export const TYPICAL_CYCLE_DAYS: Record<SalesMotion, Range> = {
  "self-serve": { low: 14, mode: 21, high: 30 },
  transactional: { low: 30, mode: 60, high: 90 },
  consultative: { low: 90, mode: 120, high: 180 },
};

/**
 * Defaults for a seed-stage SaaS company selling transactionally, each with its source. Inputs the
 * benchmark table does not cover are marked as RoleFit assumptions with low confidence, so the UI
 * can nudge founders to replace them with their own numbers.
 */
export const PROFILE_DEFAULTS: {
  [K in Exclude<keyof CompanyProfile, "team">]: SourcedValue<CompanyProfile[K]>;
} = {
  stage: { value: "seed", source: ASSUMPTION, confidence: "L" },
  gtmHeadcount: { value: 5, source: ASSUMPTION, confidence: "L", note: "a founder plus four early hires" },
  arr: {
    value: 2_000_000,
    source: ASSUMPTION,
    confidence: "L",
    note: "below the $5M ARR where separate SDR/AE roles appear (Bridge Group 2017)",
  },
  arrGrowthPerYear: { value: { low: 0.6, mode: 1, high: 1.5 }, source: ASSUMPTION, confidence: "L" },
  salesMotion: {
    value: "transactional",
    source: "Bridge Group 2017",
    confidence: "H",
    note: "the median SaaS AE profile",
  },
  averageDealSize: {
    value: { low: 15_000, mode: 25_000, high: 35_000 },
    source: "Bridge Group 2017",
    confidence: "H",
    note: "median ACV $25K (SaaS AE), $35K (inside sales)",
  },
  salesCycleDays: {
    value: { low: 45, mode: 60, high: 72 },
    source: "Bridge Group 2017",
    confidence: "H",
    note: "median 60 days (SaaS AE), 72 days (inside sales)",
  },
  releasesPerQuarter: { value: { low: 3, mode: 6, high: 12 }, source: ASSUMPTION, confidence: "L" },
  featuresPerRelease: { value: { low: 1, mode: 3, high: 5 }, source: ASSUMPTION, confidence: "L" },
  selfServeBuyingShare: {
    value: { low: 0.4, mode: 0.57, high: 0.7 },
    source: "CEB Marketing Leadership Council 2012 (secondary)",
    confidence: "L",
    note: "buyers are often said to be ~57% through the purchase decision before contacting a supplier",
  },
  marketingChannels: {
    value: 3,
    source: ASSUMPTION,
    confidence: "L",
    note: "e.g. website/SEO, email, one paid or social channel",
  },
  collateralItems: {
    value: 20,
    source: ASSUMPTION,
    confidence: "L",
    note: "decks, one-pagers, web pages, demo scripts",
  },
  salaries: {
    value: {
      ae: 150_000,
      sdr: 85_000,
      marketer: 120_000,
      salesManager: 190_000,
      marketingManager: 180_000,
      vp: 280_000,
    },
    source: ASSUMPTION,
    confidence: "L",
    note: "US fully loaded costs at on-target earnings; replace with your own",
  },
};

/** A fresh default profile (deep-copied so callers can edit it freely). */
export function defaultProfile(): CompanyProfile {
  const values = Object.fromEntries(
    Object.entries(PROFILE_DEFAULTS).map(([key, entry]) => [key, entry.value]),
  );
  return structuredClone(values) as unknown as CompanyProfile;
}

/** "source: Bridge Group 2017 (H)" — the label the UI shows beside an input. */
export function formatSource(entry: Pick<SourcedValue<unknown>, "source" | "confidence">): string {
  return `source: ${entry.source} (${entry.confidence})`;
}

export function isRange(value: Uncertain): value is Range {
  return typeof value === "object";
}

/** The most likely value: what deterministic views (scoring, the capacity table) use. */
export function modeOf(value: Uncertain): number {
  return isRange(value) ? value.mode : value;
}

export function rangeOf(value: Uncertain): Range {
  return isRange(value) ? value : { low: value, mode: value, high: value };
}

export function channelCount(profile: Pick<CompanyProfile, "marketingChannels">): number {
  const channels = profile.marketingChannels;
  return typeof channels === "number" ? channels : channels.length;
}

/** Sets the most likely value of an input, widening the range if needed so it stays low ≤ mode ≤ high. */
export function withMode(value: Uncertain, mode: number): Uncertain {
  if (!isRange(value)) return mode;
  return { low: Math.min(value.low, mode), mode, high: Math.max(value.high, mode) };
}

/**
 * Problems that would make the model meaningless (the platform's zod schema should catch these
 * first; the domain still refuses them so a bad call cannot produce silent nonsense).
 */
export function profileProblems(profile: CompanyProfile): string[] {
  const problems: string[] = [];
  const positive = (name: string, value: number) => {
    if (!(Number.isFinite(value) && value > 0)) problems.push(`${name} must be a positive number`);
  };
  const nonNegative = (name: string, value: number) => {
    if (!(Number.isFinite(value) && value >= 0)) problems.push(`${name} must be zero or more`);
  };
  const checkRange = (name: string, value: Uncertain, check: (name: string, v: number) => void) => {
    const range = rangeOf(value);
    check(name, range.low);
    check(name, range.mode);
    check(name, range.high);
    if (!(range.low <= range.mode && range.mode <= range.high))
      problems.push(`${name} must satisfy low ≤ mode ≤ high`);
  };
  if (!(Number.isInteger(profile.gtmHeadcount) && profile.gtmHeadcount >= 1)) {
    problems.push("gtmHeadcount must be a whole number of at least 1");
  }
  nonNegative("arr", profile.arr);
  checkRange("arrGrowthPerYear", profile.arrGrowthPerYear, nonNegative);
  checkRange("averageDealSize", profile.averageDealSize, positive);
  checkRange("salesCycleDays", profile.salesCycleDays, positive);
  checkRange("releasesPerQuarter", profile.releasesPerQuarter, nonNegative);
  checkRange("featuresPerRelease", profile.featuresPerRelease, nonNegative);
  checkRange("selfServeBuyingShare", profile.selfServeBuyingShare, nonNegative);
  if (rangeOf(profile.selfServeBuyingShare).high > 1) problems.push("selfServeBuyingShare must be at most 1");
  nonNegative("marketingChannels", channelCount(profile));
  nonNegative("collateralItems", profile.collateralItems);
  if (profile.team) {
    let entered = 0;
    for (const key of TEAM_COUNT_KEYS) {
      const count = profile.team[key];
      if (count === undefined) continue;
      if (!(Number.isInteger(count) && count >= 0))
        problems.push(`team.${key} must be a whole number of 0 or more`);
      else entered += count;
    }
    if (entered > profile.gtmHeadcount) {
      problems.push(
        `the team counts add up to ${entered}, more than the GTM headcount of ${profile.gtmHeadcount}`,
      );
    }
  }
  for (const [role, salary] of Object.entries(profile.salaries)) positive(`salaries.${role}`, salary);
  return problems;
}

export function assertValidProfile(profile: CompanyProfile): void {
  const problems = profileProblems(profile);
  if (problems.length > 0) throw new RangeError(`Invalid company profile: ${problems.join("; ")}`);
}
