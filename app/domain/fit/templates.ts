// Role templates: for each role, what it needs of every trait, with the reasoning beside it. θ is on
// the N(0,1) reference scale, so a threshold of +1.0 asks for someone at or above about the 84th
// percentile of the reference group on that trait. The model that reads these is in
// docs/fit-model.md.
//
// Conventions. A core trait is what the job is (weight 1); a useful trait adds to it (weight 0.6);
// every other trait is not required and never moves fit. Each threshold is where the earlier
// band-shaped targets of these templates started (centre − 0.6 for core, centre − 0.7 for useful),
// so a role asks for the same level as before but no longer counts being above it against anyone.
// No template has a ceiling: none of these roles has a sourced reason why more of a trait would
// hurt the job; a workspace that has one can add it, with its reason, when editing a role.
// These are starting points written from the task lists, not validated norms; a workspace should
// adjust them, or derive targets from its own job analysis (job-analysis.ts).
import type { TraitId } from "~/domain/instrument/types";
import type { NotRequiredTarget, RequiredTarget, RoleTargets, RoleTemplate, TraitTarget } from "./types";

/** Weight of each kind of need, shared by the templates, the role editor and the migration. */
export const NEED_WEIGHT = { core: 1, useful: 0.6 } as const;

function t(min: number, need: "core" | "useful", why?: string): RequiredTarget {
  return { need, min, weight: NEED_WEIGHT[need], ...(why ? { why } : {}) };
}

function notRequired(why?: string): NotRequiredTarget {
  return { need: "not-required", weight: 0, ...(why ? { why } : {}) };
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
      "rejection-resilience": t(
        1.0,
        "core",
        "The job is mostly hearing no or nothing; steady outreach after refusals is the first requirement.",
      ),
      "closing-drive": t(
        -0.1,
        "useful",
        "Asking for a meeting is a small close; the contract itself is someone else's job.",
      ),
      discovery: t(
        0.2,
        "core",
        "Qualifying a lead well decides whether an account executive's time is well spent.",
      ),
      persuasion: t(
        -0.3,
        "useful",
        "Enough to earn a meeting; full objection handling comes later in the deal.",
      ),
      "pipeline-discipline": t(
        0.4,
        "core",
        "High activity only works with tidy records and planned sequences.",
      ),
      "creative-ideation": notRequired(),
      "market-research": notRequired(),
      storytelling: notRequired(),
      "product-strategy": notRequired(),
      "demand-generation": t(
        -0.3,
        "useful",
        "Outbound prospecting is demand generation done one person at a time.",
      ),
      "customer-feedback": notRequired(),
    }),
  },
  {
    id: "ae-transactional",
    name: "Account executive, transactional",
    summary:
      "Runs many short sales cycles with one or two decision makers; wins by moving quickly from interest to a signed order.",
    targets: targets({
      "rejection-resilience": t(
        0.4,
        "core",
        "Many deals are lost each month; the next one has to start with full energy.",
      ),
      "closing-drive": t(1.0, "core", "Short cycles reward asking for the decision early and often."),
      discovery: t(-0.3, "useful", "Quick qualification is enough; deep discovery would slow a short cycle."),
      persuasion: t(0.6, "core", "Objections come fast and must be answered in the same conversation."),
      "pipeline-discipline": t(-0.3, "useful"),
      "creative-ideation": notRequired(),
      "market-research": notRequired(),
      storytelling: notRequired(),
      "product-strategy": notRequired(),
      "demand-generation": notRequired(),
      "customer-feedback": notRequired(),
    }),
  },
  {
    id: "ae-enterprise",
    name: "Account executive, enterprise",
    summary:
      "Leads long, consultative sales with many people on the buying side; wins by understanding the buyer's business better than competitors do.",
    targets: targets({
      "rejection-resilience": t(
        -0.3,
        "useful",
        "Fewer, larger deals mean fewer refusals, but each loss is heavier.",
      ),
      "closing-drive": t(
        0.4,
        "core",
        "Complex contracts still need someone who drives every step to signature.",
      ),
      discovery: t(
        1.0,
        "core",
        "Finding every decision maker and the real business need is the heart of a consultative sale.",
      ),
      persuasion: t(
        0.8,
        "core",
        "The rep must paint a vision of the solution that fits each stakeholder's goals.",
      ),
      "pipeline-discipline": t(0.3, "useful", "Long cycles need accurate forecasts and mutual plans."),
      "creative-ideation": notRequired(),
      "market-research": t(
        -0.3,
        "useful",
        "Understanding the buyer's industry and competitors helps in complex deals.",
      ),
      storytelling: notRequired(),
      "product-strategy": notRequired(),
      "demand-generation": notRequired(),
      "customer-feedback": t(
        -0.1,
        "useful",
        "Large buyers expect their feedback to reach product and marketing.",
      ),
    }),
  },
  {
    id: "sales-manager",
    name: "Sales manager",
    summary:
      "Leads a team of sellers: sets territories, coaches deals, forecasts for the company and keeps the team's message aligned with marketing.",
    targets: targets({
      "rejection-resilience": t(-0.1, "useful", "Must model calm persistence for the team."),
      "closing-drive": t(0.4, "core", "Helps reps close their biggest deals and holds them to next steps."),
      discovery: t(-0.1, "useful"),
      persuasion: t(-0.1, "useful"),
      "pipeline-discipline": t(
        1.0,
        "core",
        "Territory planning, forecasting and reporting are the manager's own tasks.",
      ),
      "creative-ideation": notRequired(),
      "market-research": notRequired(),
      storytelling: notRequired(),
      "product-strategy": notRequired(),
      "demand-generation": notRequired(),
      "customer-feedback": t(
        0.4,
        "core",
        "The manager is the main link between what the field hears and what marketing says.",
      ),
    }),
  },
  {
    id: "account-manager",
    name: "Account manager",
    summary:
      "Looks after existing customers: renewals, growth within accounts and making sure customer needs reach the company.",
    targets: targets({
      "rejection-resilience": notRequired(),
      "closing-drive": t(
        -0.5,
        "useful",
        "Renewals and expansions still need a clear ask, but rarely hard negotiation.",
      ),
      discovery: t(
        0.4,
        "core",
        "Growing an account depends on knowing its changing needs and new decision makers.",
      ),
      persuasion: t(-0.1, "useful"),
      "pipeline-discipline": t(-0.1, "useful", "Renewal dates and account plans must not slip."),
      "creative-ideation": notRequired(),
      "market-research": notRequired(),
      storytelling: notRequired(),
      "product-strategy": t(
        -0.1,
        "useful",
        "Advises customers on plans and pricing that fit how they use the product.",
      ),
      "demand-generation": notRequired(),
      "customer-feedback": t(
        1.0,
        "core",
        "The account manager carries the customer's voice back to product, marketing and sales.",
      ),
    }),
  },
  {
    id: "product-marketing-manager",
    name: "Product marketing manager",
    summary:
      "Positions the product: who it is for, how it beats alternatives and what the message is, then equips sales with materials that stay current.",
    targets: targets({
      "rejection-resilience": notRequired(),
      "closing-drive": notRequired(),
      discovery: t(-0.1, "useful", "Talks with buyers to learn their problems in their own words."),
      persuasion: t(0.1, "useful", "Writes the arguments and objection answers that sales will use."),
      "pipeline-discipline": notRequired(),
      "creative-ideation": t(-0.1, "useful"),
      "market-research": t(
        0.4,
        "core",
        "Positioning rests on competitive analysis and a clear target market.",
      ),
      storytelling: t(
        0.8,
        "core",
        "Turns the product into a story the website, collateral and presentations can all tell.",
      ),
      "product-strategy": t(
        0.8,
        "core",
        "Shapes product definition, packaging and price with product management.",
      ),
      "demand-generation": notRequired(),
      "customer-feedback": t(
        0.6,
        "core",
        "Keeps the message current by listening to customers and to the sales team.",
      ),
    }),
  },
  {
    id: "content-brand-marketer",
    name: "Content and brand marketer",
    summary:
      "Creates the stories, articles, videos and visual identity that make people notice and remember the company.",
    targets: targets({
      "rejection-resilience": notRequired(),
      "closing-drive": notRequired(),
      discovery: notRequired(),
      persuasion: notRequired(),
      "pipeline-discipline": notRequired(),
      "creative-ideation": t(1.0, "core", "The role lives on fresh ideas and angles."),
      "market-research": t(-0.7, "useful", "Needs to know the audience, but rarely runs the research."),
      storytelling: t(1.0, "core", "Writing and designing for a large audience is the job."),
      "product-strategy": notRequired(),
      "demand-generation": t(
        -0.3,
        "useful",
        "Content increasingly has to show which pieces bring in buyers.",
      ),
      "customer-feedback": t(-0.3, "useful"),
    }),
  },
  {
    id: "demand-gen-marketer",
    name: "Demand generation marketer",
    summary:
      "Fills the pipeline: runs campaigns across channels, measures cost per lead and moves budget to what works.",
    targets: targets({
      "rejection-resilience": notRequired(),
      "closing-drive": notRequired(),
      discovery: notRequired(),
      persuasion: notRequired(),
      "pipeline-discipline": t(
        -0.1,
        "useful",
        "Campaign tracking and reporting need the same discipline as a sales pipeline.",
      ),
      "creative-ideation": t(0.3, "useful", "Many small campaigns need a steady supply of variants to test."),
      "market-research": t(-0.1, "useful", "Targeting depends on knowing which segments respond."),
      storytelling: t(-0.3, "useful"),
      "product-strategy": notRequired(),
      "demand-generation": t(
        1.0,
        "core",
        "Lead generation across channels, measured and optimised, is the role.",
      ),
      "customer-feedback": notRequired(),
    }),
  },
  {
    id: "market-researcher",
    name: "Market researcher",
    summary:
      "Finds out how big markets are, who buys and why, and how competitors compare, and turns that into clear advice.",
    targets: targets({
      "rejection-resilience": notRequired(),
      "closing-drive": notRequired(),
      discovery: t(
        0.1,
        "useful",
        "Interviewing buyers well uses the same questioning skills as sales discovery.",
      ),
      persuasion: notRequired(),
      "pipeline-discipline": notRequired(),
      "creative-ideation": notRequired(),
      "market-research": t(
        1.0,
        "core",
        "Research, target-market analysis and competitive analysis are the role.",
      ),
      storytelling: t(-0.7, "useful", "Findings must be summed up clearly for decision makers."),
      "product-strategy": t(0.1, "useful", "Research feeds product definition and pricing decisions."),
      "demand-generation": notRequired(),
      "customer-feedback": t(-0.1, "useful"),
    }),
  },
  {
    id: "founding-gtm-hybrid",
    name: "Founding go-to-market hybrid",
    summary:
      "The first commercial hire in a young company: sells the first deals and builds the first marketing, often in the same week. Few people are strong at both; this template looks for them.",
    targets: targets({
      "rejection-resilience": t(
        0.4,
        "core",
        "Early deals come from outreach to people who have never heard of the company.",
      ),
      "closing-drive": t(0.4, "core", "The first contracts must actually be signed."),
      discovery: t(0.4, "core", "Early customers teach the company what the product must become."),
      persuasion: t(0.3, "useful"),
      "pipeline-discipline": notRequired("Structure matters less than speed at this stage."),
      "creative-ideation": t(
        0.4,
        "core",
        "There is no marketing team yet; ideas for campaigns come from this person.",
      ),
      "market-research": t(-0.3, "useful"),
      storytelling: t(0.4, "core", "Writes the first website and presentation."),
      "product-strategy": t(0.1, "useful", "Helps set the first prices and decide who the product is for."),
      "demand-generation": t(-0.1, "useful"),
      "customer-feedback": t(
        0.1,
        "useful",
        "Must bring what early customers say straight back to the product.",
      ),
    }),
  },
  {
    id: "vp-sales-marketing",
    name: "VP of sales and marketing",
    summary:
      "Leads both functions under one head: sets targets, budgets and structure, and keeps the two teams working from the same, current message.",
    targets: targets({
      "rejection-resilience": notRequired(),
      "closing-drive": t(-0.1, "useful", "Still joins and closes the largest deals."),
      discovery: notRequired(),
      persuasion: t(-0.1, "useful"),
      "pipeline-discipline": t(0.6, "core", "Owns the company forecast and the planning of both teams."),
      "creative-ideation": notRequired(),
      "market-research": t(0.6, "core", "Decides target markets with data rather than anecdotes."),
      storytelling: t(0.1, "useful"),
      "product-strategy": t(0.8, "core", "Sets pricing and positioning with the product leader."),
      "demand-generation": t(0.6, "core", "Answers for the whole funnel, from first touch to signature."),
      "customer-feedback": t(
        0.8,
        "core",
        "The main job of a shared leader is to make the two teams listen to customers and to each other.",
      ),
    }),
  },
];

export function templateById(id: string): RoleTemplate | undefined {
  return ROLE_TEMPLATES.find((t) => t.id === id);
}

/** The thresholds of the required traits (not-required traits are absent). */
export function thresholds(targets: RoleTargets): Partial<Record<TraitId, number>> {
  const out: Partial<Record<TraitId, number>> = {};
  for (const [trait, target] of Object.entries(targets) as [TraitId, TraitTarget][]) {
    if (target.need !== "not-required") out[trait] = target.min;
  }
  return out;
}

/**
 * θ per trait for someone who meets every need of the targets by `margin` (and is average on the
 * traits the role does not require): a clear, typical holder of the role, for examples and tests.
 */
export function thetasMeeting(targets: RoleTargets, margin = 0.6): Record<TraitId, number> {
  const out = {} as Record<TraitId, number>;
  for (const [trait, target] of Object.entries(targets) as [TraitId, TraitTarget][]) {
    out[trait] = target.need === "not-required" ? 0 : target.min + margin;
  }
  return out;
}
