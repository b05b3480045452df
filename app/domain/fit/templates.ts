// Role templates: for each role, a target band on θ and a weight for every trait, with the
// reasoning beside it. θ is on the N(0,1) reference scale, so a band centred at +1.0 asks for
// someone at about the 84th percentile of the reference group on that trait.
//
// Conventions. Band = centre ± half-width. Traits central to the role: half-width 0.6, weight 1.
// Traits that matter: half-width 0.7, weight 0.6. Traits that barely matter: half-width 0.8,
// weight 0.3. Bands are closed above as well as below: being far above what a role uses is not a
// flaw, but it often means the person would enjoy a different job more (the article's point that
// most people suit one of the two functions), and the low weight keeps its effect small.
// These are starting points written from the task lists, not validated norms; a workspace should
// adjust them, or derive targets from its own job analysis (job-analysis.ts).
import type { TraitId } from "~/domain/instrument/types";
import type { RoleTargets, RoleTemplate, TraitTarget } from "./types";

type Level = "core" | "useful" | "minor";
const SHAPE: Record<Level, { half: number; weight: number }> = {
  core: { half: 0.6, weight: 1 },
  useful: { half: 0.7, weight: 0.6 },
  minor: { half: 0.8, weight: 0.3 },
};

function t(centre: number, level: Level, why?: string): TraitTarget {
  const { half, weight } = SHAPE[level];
  const r = (x: number) => Math.round(x * 100) / 100;
  return { band: [r(centre - half), r(centre + half)], weight, ...(why ? { why } : {}) };
}

function targets(x: Record<TraitId, TraitTarget>): RoleTargets {
  return x;
}

export const ROLE_TEMPLATES: readonly RoleTemplate[] = [
  {
    id: "sdr",
    name: "Sales development representative (SDR)",
    summary:
      "Opens conversations with many people who did not ask to be contacted and books qualified meetings for account executives; most attempts end in no reply or a no.",
    targets: targets({
      "rejection-resilience": t(1.6, "core", "The job is mostly hearing no or nothing; steady outreach after refusals is the first requirement."),
      "closing-drive": t(0.6, "useful", "Asking for a meeting is a small close; the contract itself is someone else's job."),
      discovery: t(0.8, "core", "Qualifying a lead well decides whether an account executive's time is well spent."),
      persuasion: t(0.4, "useful", "Enough to earn a meeting; full objection handling comes later in the deal."),
      "pipeline-discipline": t(1.0, "core", "High activity only works with tidy records and planned sequences."),
      "creative-ideation": t(-0.2, "minor"),
      "market-research": t(-0.4, "minor"),
      storytelling: t(-0.4, "minor"),
      "product-strategy": t(-0.6, "minor"),
      "demand-generation": t(0.4, "useful", "Outbound prospecting is demand generation done one person at a time."),
      "customer-feedback": t(0, "minor"),
    }),
  },
  {
    id: "ae-transactional",
    name: "Account executive, transactional",
    summary:
      "Runs many short sales cycles with one or two decision makers; wins by moving quickly from interest to a signed order.",
    targets: targets({
      "rejection-resilience": t(1.0, "core", "Many deals are lost each month; the next one has to start with full energy."),
      "closing-drive": t(1.6, "core", "Short cycles reward asking for the decision early and often."),
      discovery: t(0.4, "useful", "Quick qualification is enough; deep discovery would slow a short cycle."),
      persuasion: t(1.2, "core", "Objections come fast and must be answered in the same conversation."),
      "pipeline-discipline": t(0.4, "useful"),
      "creative-ideation": t(-0.4, "minor"),
      "market-research": t(-0.6, "minor"),
      storytelling: t(-0.2, "minor"),
      "product-strategy": t(-0.2, "minor"),
      "demand-generation": t(-0.4, "minor"),
      "customer-feedback": t(-0.2, "minor"),
    }),
  },
  {
    id: "ae-enterprise",
    name: "Account executive, enterprise",
    summary:
      "Leads long, consultative sales with many people on the buying side; wins by understanding the buyer's business better than competitors do.",
    targets: targets({
      "rejection-resilience": t(0.4, "useful", "Fewer, larger deals mean fewer refusals, but each loss is heavier."),
      "closing-drive": t(1.0, "core", "Complex contracts still need someone who drives every step to signature."),
      discovery: t(1.6, "core", "Finding every decision maker and the real business need is the heart of a consultative sale."),
      persuasion: t(1.4, "core", "The rep must paint a vision of the solution that fits each stakeholder's goals."),
      "pipeline-discipline": t(1.0, "useful", "Long cycles need accurate forecasts and mutual plans."),
      "creative-ideation": t(-0.4, "minor"),
      "market-research": t(0.4, "useful", "Understanding the buyer's industry and competitors helps in complex deals."),
      storytelling: t(0, "minor"),
      "product-strategy": t(0.4, "minor"),
      "demand-generation": t(-0.6, "minor"),
      "customer-feedback": t(0.6, "useful", "Large buyers expect their feedback to reach product and marketing."),
    }),
  },
  {
    id: "sales-manager",
    name: "Sales manager",
    summary:
      "Leads a team of sellers: sets territories, coaches deals, forecasts for the company and keeps the team's message aligned with marketing.",
    targets: targets({
      "rejection-resilience": t(0.6, "useful", "Must model calm persistence for the team."),
      "closing-drive": t(1.0, "core", "Helps reps close their biggest deals and holds them to next steps."),
      discovery: t(0.6, "useful"),
      persuasion: t(0.6, "useful"),
      "pipeline-discipline": t(1.6, "core", "Territory planning, forecasting and reporting are the manager's own tasks."),
      "creative-ideation": t(-0.6, "minor"),
      "market-research": t(-0.2, "minor"),
      storytelling: t(-0.2, "minor"),
      "product-strategy": t(0, "minor"),
      "demand-generation": t(-0.2, "minor"),
      "customer-feedback": t(1.0, "core", "The manager is the main link between what the field hears and what marketing says."),
    }),
  },
  {
    id: "account-manager",
    name: "Account manager",
    summary:
      "Looks after existing customers: renewals, growth within accounts and making sure customer needs reach the company.",
    targets: targets({
      "rejection-resilience": t(-0.2, "minor"),
      "closing-drive": t(0.2, "useful", "Renewals and expansions still need a clear ask, but rarely hard negotiation."),
      discovery: t(1.0, "core", "Growing an account depends on knowing its changing needs and new decision makers."),
      persuasion: t(0.6, "useful"),
      "pipeline-discipline": t(0.6, "useful", "Renewal dates and account plans must not slip."),
      "creative-ideation": t(-0.4, "minor"),
      "market-research": t(-0.2, "minor"),
      storytelling: t(0, "minor"),
      "product-strategy": t(0.6, "useful", "Advises customers on plans and pricing that fit how they use the product."),
      "demand-generation": t(-0.6, "minor"),
      "customer-feedback": t(1.6, "core", "The account manager carries the customer's voice back to product, marketing and sales."),
    }),
  },
  {
    id: "product-marketing-manager",
    name: "Product marketing manager",
    summary:
      "Positions the product: who it is for, how it beats alternatives and what the message is, then equips sales with materials that stay current.",
    targets: targets({
      "rejection-resilience": t(-0.4, "minor"),
      "closing-drive": t(-0.4, "minor"),
      discovery: t(0.6, "useful", "Talks with buyers to learn their problems in their own words."),
      persuasion: t(0.8, "useful", "Writes the arguments and objection answers that sales will use."),
      "pipeline-discipline": t(-0.4, "minor"),
      "creative-ideation": t(0.6, "useful"),
      "market-research": t(1.0, "core", "Positioning rests on competitive analysis and a clear target market."),
      storytelling: t(1.4, "core", "Turns the product into a story the website, collateral and presentations can all tell."),
      "product-strategy": t(1.4, "core", "Shapes product definition, packaging and price with product management."),
      "demand-generation": t(0, "minor"),
      "customer-feedback": t(1.2, "core", "Keeps the message current by listening to customers and to the sales team."),
    }),
  },
  {
    id: "content-brand-marketer",
    name: "Content and brand marketer",
    summary:
      "Creates the stories, articles, videos and visual identity that make people notice and remember the company.",
    targets: targets({
      "rejection-resilience": t(-0.8, "minor"),
      "closing-drive": t(-0.8, "minor"),
      discovery: t(-0.4, "minor"),
      persuasion: t(0, "minor"),
      "pipeline-discipline": t(-0.6, "minor"),
      "creative-ideation": t(1.6, "core", "The role lives on fresh ideas and angles."),
      "market-research": t(0, "useful", "Needs to know the audience, but rarely runs the research."),
      storytelling: t(1.6, "core", "Writing and designing for a large audience is the job."),
      "product-strategy": t(-0.4, "minor"),
      "demand-generation": t(0.4, "useful", "Content increasingly has to show which pieces bring in buyers."),
      "customer-feedback": t(0.4, "useful"),
    }),
  },
  {
    id: "demand-gen-marketer",
    name: "Demand generation marketer",
    summary: "Fills the pipeline: runs campaigns across channels, measures cost per lead and moves budget to what works.",
    targets: targets({
      "rejection-resilience": t(0, "minor"),
      "closing-drive": t(-0.4, "minor"),
      discovery: t(-0.4, "minor"),
      persuasion: t(-0.4, "minor"),
      "pipeline-discipline": t(0.6, "useful", "Campaign tracking and reporting need the same discipline as a sales pipeline."),
      "creative-ideation": t(1.0, "useful", "Many small campaigns need a steady supply of variants to test."),
      "market-research": t(0.6, "useful", "Targeting depends on knowing which segments respond."),
      storytelling: t(0.4, "useful"),
      "product-strategy": t(0, "minor"),
      "demand-generation": t(1.6, "core", "Lead generation across channels, measured and optimised, is the role."),
      "customer-feedback": t(0.2, "minor"),
    }),
  },
  {
    id: "market-researcher",
    name: "Market researcher",
    summary: "Finds out how big markets are, who buys and why, and how competitors compare, and turns that into clear advice.",
    targets: targets({
      "rejection-resilience": t(-0.8, "minor"),
      "closing-drive": t(-0.8, "minor"),
      discovery: t(0.8, "useful", "Interviewing buyers well uses the same questioning skills as sales discovery."),
      persuasion: t(-0.6, "minor"),
      "pipeline-discipline": t(0, "minor"),
      "creative-ideation": t(0, "minor"),
      "market-research": t(1.6, "core", "Research, target-market analysis and competitive analysis are the role."),
      storytelling: t(0, "useful", "Findings must be summed up clearly for decision makers."),
      "product-strategy": t(0.8, "useful", "Research feeds product definition and pricing decisions."),
      "demand-generation": t(0.2, "minor"),
      "customer-feedback": t(0.6, "useful"),
    }),
  },
  {
    id: "founding-gtm-hybrid",
    name: "Founding go-to-market hybrid",
    summary:
      "The first commercial hire in a young company: sells the first deals and builds the first marketing, often in the same week. Few people are strong at both; this template looks for them.",
    targets: targets({
      "rejection-resilience": t(1.0, "core", "Early deals come from outreach to people who have never heard of the company."),
      "closing-drive": t(1.0, "core", "The first contracts must actually be signed."),
      discovery: t(1.0, "core", "Early customers teach the company what the product must become."),
      persuasion: t(1.0, "useful"),
      "pipeline-discipline": t(0, "minor", "Structure matters less than speed at this stage."),
      "creative-ideation": t(1.0, "core", "There is no marketing team yet; ideas for campaigns come from this person."),
      "market-research": t(0.4, "useful"),
      storytelling: t(1.0, "core", "Writes the first website and presentation."),
      "product-strategy": t(0.8, "useful", "Helps set the first prices and decide who the product is for."),
      "demand-generation": t(0.6, "useful"),
      "customer-feedback": t(0.8, "useful", "Must bring what early customers say straight back to the product."),
    }),
  },
  {
    id: "vp-sales-marketing",
    name: "VP of sales and marketing",
    summary:
      "Leads both functions under one head: sets targets, budgets and structure, and keeps the two teams working from the same, current message.",
    targets: targets({
      "rejection-resilience": t(0.2, "minor"),
      "closing-drive": t(0.6, "useful", "Still joins and closes the largest deals."),
      discovery: t(0.4, "minor"),
      persuasion: t(0.6, "useful"),
      "pipeline-discipline": t(1.2, "core", "Owns the company forecast and the planning of both teams."),
      "creative-ideation": t(0.4, "minor"),
      "market-research": t(1.2, "core", "Decides target markets with data rather than anecdotes."),
      storytelling: t(0.8, "useful"),
      "product-strategy": t(1.4, "core", "Sets pricing and positioning with the product leader."),
      "demand-generation": t(1.2, "core", "Answers for the whole funnel, from first touch to signature."),
      "customer-feedback": t(1.4, "core", "The main job of a shared leader is to make the two teams listen to customers and to each other."),
    }),
  },
];

export function templateById(id: string): RoleTemplate | undefined {
  return ROLE_TEMPLATES.find((t) => t.id === id);
}

/** The band centres: the "ideal profile" of a target. */
export function bandCentres(targets: RoleTargets): Record<TraitId, number> {
  const out = {} as Record<TraitId, number>;
  for (const [trait, target] of Object.entries(targets) as [TraitId, RoleTargets[TraitId]][]) {
    out[trait] = (target.band[0] + target.band[1]) / 2;
  }
  return out;
}
