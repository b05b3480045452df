// The personal report as data: everything the report page shows, derived from the scores alone so
// that the page, the print view and any export agree.
import { FIT_MODEL_VERSION, type RoleFit } from "~/domain/fit/fit";
import { candidateContent, formatDecimal, lowerInSentence, translator, type Locale } from "~/domain/i18n";
import { scoringNotice, levelOf, traitReport, type TraitReport } from "~/domain/fit/report-text";
import { bestRoles } from "~/domain/fit/best-roles";
import { TRAIT_IDS, traitById, type Side } from "~/domain/instrument";
import { normalCdf, referencePercentile } from "~/domain/psychometrics";
import { profileOf, type AttemptScores } from "./scoring";

/** 80% intervals throughout: wide enough to be honest, narrow enough to be useful. */
export const Z80 = 1.2816;

export interface ReportTrait extends TraitReport {
  side: Side;
  theta: number;
  se: number;
  low: number;
  high: number;
  percentile: number;
  /** The 80% interval as percentiles of the reference group. */
  percentileLow: number;
  percentileHigh: number;
}

export interface PersonalReport {
  calibration: "provisional" | "calibrated";
  notice: string;
  headline: string;
  summary: string;
  point: { marketing: { theta: number; se: number }; sales: { theta: number; se: number } };
  leaning: { label: string; probabilitySalesLeaning: number };
  versatility: { theta: number; se: number; label: string };
  traits: ReportTrait[];
  /** `because`: the trait it draws on, as it reads inside a sentence of the report's language. */
  enjoy: Array<{ id: string; label: string; because: string }>;
  /** Growth toward the best-fitting role: its needs the person clearly falls short of, then the unclear ones. */
  growth: Array<{ trait: string; advice: string; need: string }>;
  /** What the growth list is about, in a sentence. */
  growthIntro: string;
  roles: Array<{ id: string; name: string; fit: number; low: number; high: number; summary: string }>;
  /** The fit model that produced the role fits. */
  fitModel: typeof FIT_MODEL_VERSION;
}

/** The candidate's own report, in the language they answered in. */
export function personalReport(scores: AttemptScores, locale: Locale = "en"): PersonalReport {
  const t = translator(locale);
  const content = candidateContent(locale);
  const profile = profileOf(scores);
  const traits: ReportTrait[] = TRAIT_IDS.map((id) => {
    const s = scores.traits[id];
    return {
      ...traitReport(id, { theta: s.theta, se: s.se }, locale),
      side: traitById(id).side,
      theta: s.theta,
      se: s.se,
      low: s.theta - Z80 * s.se,
      high: s.theta + Z80 * s.se,
      percentile: s.percentile,
      percentileLow: referencePercentile(s.theta - Z80 * s.se),
      percentileHigh: referencePercentile(s.theta + Z80 * s.se),
    };
  });

  const { sales, marketing, balance, versatility } = scores.composites;
  // Probability that the true balance is on the sales side, from its estimate and SE.
  const pSales = normalCdf(balance.theta / Math.max(balance.se, 1e-6));
  const leaning = t(
    pSales >= 0.8 ? "report.leanSales" : pSales <= 0.2 ? "report.leanMarketing" : "report.leanNone",
  );
  const bothHigh = sales.theta - Z80 * sales.se > 0 && marketing.theta - Z80 * marketing.se > 0;
  const versatilityLabel = t(
    bothHigh
      ? "report.bothStrong"
      : levelOf(versatility.theta) === "high"
        ? "report.likelyBoth"
        : "report.notBoth",
  );

  const strongest = [...traits].sort((a, b) => b.theta - a.theta);
  const enjoy = new Map<string, { id: string; label: string; because: string }>();
  for (const t of strongest.filter((t) => t.level !== "low").slice(0, 4)) {
    for (const task of t.enjoy)
      if (!enjoy.has(task.id)) enjoy.set(task.id, { ...task, because: lowerInSentence(t.name, locale) });
  }

  const fits = bestRoles(profile);
  const roles = fits.slice(0, 3).map(({ template, fit }) => ({
    id: template.id,
    name: template.name,
    fit: fit.fit,
    low: fit.interval[0],
    high: fit.interval[1],
    summary: content.templates[template.id]?.summary ?? template.summary,
  }));

  const best = fits[0]!;
  const bestName = content.templates[best.template.id]?.name ?? best.template.name;
  const { growth, growthIntro } = growthToward(bestName, best.fit, traits, locale);

  return {
    calibration: scores.calibration,
    notice: scoringNotice(scores, locale),
    headline: leaning,
    summary: t("report.summary", {
      first: lowerInSentence(strongest[0]!.name, locale),
      second: lowerInSentence(strongest[1]!.name, locale),
      versatility: versatilityLabel,
    }),
    point: {
      marketing: { theta: marketing.theta, se: marketing.se },
      sales: { theta: sales.theta, se: sales.se },
    },
    leaning: { label: leaning, probabilitySalesLeaning: pSales },
    versatility: { theta: versatility.theta, se: versatility.se, label: versatilityLabel },
    traits,
    enjoy: [...enjoy.values()].slice(0, 8),
    growth,
    growthIntro,
    roles,
    fitModel: FIT_MODEL_VERSION,
  };
}

/**
 * "How to grow" reads the same classification as the hiring manager's report: the needs of the
 * best-fitting role the person clearly falls short of, then the ones the questionnaire cannot
 * tell. A trait the role does not require, or one the person clearly meets, is never listed.
 */
function growthToward(roleName: string, fit: RoleFit, traits: readonly ReportTrait[], locale: Locale) {
  const t = translator(locale);
  const byId = new Map(traits.map((t) => [t.trait, t]));
  const rank = { short: 0, uncertain: 1, meets: 2 } as const;
  const picks = fit.traits
    .filter((t) => t.classification !== "meets")
    .sort(
      (a, b) =>
        rank[a.classification] - rank[b.classification] ||
        b.weight - a.weight ||
        a.probability - b.probability,
    )
    .slice(0, 3);
  const growth = picks.map((trait) => {
    const report = byId.get(trait.trait)!;
    const target = trait.ceiling
      ? t("report.targetBetween", {
          min: formatDecimal(locale, trait.min),
          max: formatDecimal(locale, trait.ceiling.max),
        })
      : t("report.targetAtLeast", { min: formatDecimal(locale, trait.min) });
    const need = t(
      trait.classification === "short"
        ? trait.overCeiling
          ? "report.needAbove"
          : "report.needBelow"
        : "report.needClose",
      { target },
    );
    // A ceiling's reason is the employer's own words, in the workspace's language.
    const because =
      trait.ceiling && (trait.overCeiling || trait.classification === "uncertain")
        ? ` ${t("report.ceilingBecause", { reason: trait.ceiling.reason })}`
        : "";
    return { trait: report.name, advice: report.growth, need: `${need}${because}` };
  });
  const growthIntro = t(growth.length ? "report.growthIntro" : "report.growthNone", { role: roleName });
  return { growth, growthIntro };
}
