// The personal report as data: everything the report page shows, derived from the scores alone so
// that the page, the print view and any export agree.
import { FIT_MODEL_VERSION, type RoleFit } from "~/domain/fit/fit";
import { describeTarget } from "~/domain/fit/interview-guide";
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
  enjoy: Array<{ id: string; label: string; because: string }>;
  /** Growth toward the best-fitting role: its needs the person clearly falls short of, then the unclear ones. */
  growth: Array<{ trait: string; advice: string; need: string }>;
  /** What the growth list is about, in a sentence. */
  growthIntro: string;
  roles: Array<{ id: string; name: string; fit: number; low: number; high: number; summary: string }>;
  /** The fit model that produced the role fits. */
  fitModel: typeof FIT_MODEL_VERSION;
}

export function personalReport(scores: AttemptScores): PersonalReport {
  const profile = profileOf(scores);
  const traits: ReportTrait[] = TRAIT_IDS.map((id) => {
    const s = scores.traits[id];
    return {
      ...traitReport(id, { theta: s.theta, se: s.se }),
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
  const leaning =
    pSales >= 0.8
      ? "Leans toward sales"
      : pSales <= 0.2
        ? "Leans toward marketing"
        : "Balanced between sales and marketing (no clear lean)";
  const bothHigh = sales.theta - Z80 * sales.se > 0 && marketing.theta - Z80 * marketing.se > 0;
  const versatilityLabel = bothHigh
    ? "Strong on both sides: the uncommon profile that can carry both jobs"
    : levelOf(versatility.theta) === "high"
      ? "Likely strong on both sides"
      : "Not clearly strong on both sides at once, which is true of most people";

  const strongest = [...traits].sort((a, b) => b.theta - a.theta);
  const enjoy = new Map<string, { id: string; label: string; because: string }>();
  for (const t of strongest.filter((t) => t.level !== "low").slice(0, 4)) {
    for (const task of t.enjoy) if (!enjoy.has(task.id)) enjoy.set(task.id, { ...task, because: t.name });
  }

  const fits = bestRoles(profile);
  const roles = fits.slice(0, 3).map(({ template, fit }) => ({
    id: template.id,
    name: template.name,
    fit: fit.fit,
    low: fit.interval[0],
    high: fit.interval[1],
    summary: template.summary,
  }));

  const best = fits[0]!;
  const { growth, growthIntro } = growthToward(best.template.name, best.fit, traits);

  return {
    calibration: scores.calibration,
    notice: scoringNotice(scores),
    headline: leaning,
    summary: `Your strongest areas are ${strongest[0]!.name.toLowerCase()} and ${strongest[1]!.name.toLowerCase()}. ${versatilityLabel}.`,
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
function growthToward(roleName: string, fit: RoleFit, traits: readonly ReportTrait[]) {
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
  const growth = picks.map((t) => {
    const report = byId.get(t.trait)!;
    const what =
      t.classification === "short" ? (t.overCeiling ? "above what" : "below what") : "close to what";
    const because =
      t.ceiling && (t.overCeiling || t.classification === "uncertain")
        ? ` The role sets a ceiling because: ${t.ceiling.reason}`
        : "";
    return {
      trait: report.name,
      advice: report.growth,
      need: `Your score is ${what} the role needs (${describeTarget(t)}).${because}`,
    };
  });
  const growthIntro = growth.length
    ? `Toward the role that fits you best (${roleName}): the needs your answers do not clearly meet yet.`
    : `Your answers very likely meet every need of the role that fits you best (${roleName}), so there is nothing to grow for it.`;
  return { growth, growthIntro };
}
