// The eleven traits of the GTM Fit instrument: five sales traits (one-on-one work that wins
// business), five marketing traits (one-to-many work that defines and positions the product) and
// one bridge trait. Definitions describe behaviour at work, not character; "low" is written as a
// different way of working, never as a failing.
import type { Side, Trait, TraitId } from "./types";
import { TRAIT_IDS } from "./types";

export const TRAITS: readonly Trait[] = [
  {
    id: "rejection-resilience",
    name: "Rejection resilience",
    side: "sales",
    definition:
      "Keeps reaching out and stays steady after many people say no, ignore a message or cancel a meeting.",
    high: "Treats a refusal as information about one prospect, not about themselves. Starts the next conversation on the same day with the same energy.",
    low: "Finds repeated refusals draining and needs time to recover. Often prefers work where effort is not judged by strangers saying yes or no.",
    tasks: ["sales-qualify", "sales-objections", "sales-close", "mkt-leads"],
  },
  {
    id: "closing-drive",
    name: "Closing drive",
    side: "sales",
    definition: "Asks for a clear commitment, negotiates terms and moves a deal to a signed agreement.",
    high: "Names the next step and a date in every conversation. Negotiates calmly and is comfortable asking a buyer for a decision.",
    low: "Prefers to let the buyer decide when they are ready. May leave a meeting without an agreed next step or give away terms to avoid tension.",
    tasks: ["sales-negotiate", "sales-close", "sales-buying-cycle", "p-price"],
  },
  {
    id: "discovery",
    name: "Discovery",
    side: "sales",
    definition:
      "Qualifies prospects, finds out who decides, and uncovers the buyer's problems, goals and stage in the buying process before proposing anything.",
    high: "Asks many open questions and listens more than talks early on. Knows who signs, what the budget is and why the buyer wants to act now.",
    low: "Moves quickly to presenting the product. May learn late in a deal that a key person was missing or that the need was different.",
    tasks: ["sales-qualify", "sales-decision-makers", "sales-needs", "sales-buying-cycle"],
  },
  {
    id: "persuasion",
    name: "Persuasion and objection handling",
    side: "sales",
    definition:
      "Helps one buyer picture how the solution solves their problem and answers their concerns honestly and convincingly.",
    high: "Connects each feature to the buyer's own goals. Welcomes objections as questions to answer and responds with facts and examples.",
    low: "Describes the product the same way to every buyer. May go quiet or concede when a buyer pushes back.",
    tasks: ["sales-vision", "sales-objections", "sales-negotiate", "mkt-collateral"],
  },
  {
    id: "pipeline-discipline",
    name: "Pipeline discipline",
    side: "sales",
    definition:
      "Manages time and territory, keeps deal records up to date, and forecasts and reports accurately.",
    high: "Plans the week around the most promising accounts. Keeps notes and deal stages current and gives forecasts that turn out close to the result.",
    low: "Works on whatever feels most urgent. Records and forecasts tend to be late or hopeful, which makes planning harder for the team.",
    tasks: ["sales-territory", "sales-buying-cycle", "sales-qualify", "mkt-profitability"],
  },
  {
    id: "creative-ideation",
    name: "Creative ideation",
    side: "marketing",
    definition: "Generates fresh campaign ideas, messages and angles that make a product stand out.",
    high: "Produces many ideas quickly and turns them into concrete concepts. Looks for an angle that competitors have not used.",
    low: "Prefers to improve proven ideas rather than invent new ones. Works best when the concept is already set.",
    tasks: ["mkt-communication", "mkt-collateral", "p-promotion", "mkt-leads"],
  },
  {
    id: "market-research",
    name: "Market research and analysis",
    side: "marketing",
    definition:
      "Studies markets, customers and competitors with data, and turns what they find into clear conclusions.",
    high: "Checks assumptions against data before acting. Knows the size of the market, who the competitors are and how buyers compare them.",
    low: "Relies on experience and instinct more than on research. May find long analysis slow or abstract.",
    tasks: ["mkt-research", "mkt-target", "mkt-competition", "p-place"],
  },
  {
    id: "storytelling",
    name: "Storytelling to many",
    side: "marketing",
    definition:
      "Explains the product clearly to a large audience through the website, product materials, presentations and social media.",
    high: "Writes and designs messages that strangers understand at first reading. Adapts one story to many channels and formats.",
    low: "Communicates best one-on-one or in conversation. Finds writing for a broad, unknown audience slow.",
    tasks: ["mkt-communication", "mkt-collateral", "p-promotion", "sales-vision"],
  },
  {
    id: "product-strategy",
    name: "Product and pricing strategy",
    side: "marketing",
    definition:
      "Decides what the product should be, who it is for, where it is sold and at what price, with profit in mind.",
    high: "Thinks about the whole offer: features, packaging, price and channel. Uses numbers to judge whether a product will be profitable.",
    low: "Prefers to work with the product and prices as they are. Leaves decisions about the offer to others.",
    tasks: ["mkt-product-definition", "mkt-pricing", "mkt-profitability", "p-product", "p-price", "p-place"],
  },
  {
    id: "demand-generation",
    name: "Demand generation",
    side: "marketing",
    definition:
      "Creates a steady flow of interested buyers through channels and campaigns, and measures which ones work.",
    high: "Runs many small campaigns, tracks cost and results per channel, and moves budget to what works.",
    low: "Prefers single large projects to constant testing. May find it hard to say which activity produced which lead.",
    tasks: ["mkt-leads", "mkt-communication", "p-promotion", "p-place", "mkt-target"],
  },
  {
    id: "customer-feedback",
    name: "Customer-feedback collaboration",
    side: "bridge",
    definition:
      "Listens to customers and to the other team, and works with them to keep the message current instead of changing it alone.",
    high: "Brings what customers say back to the team that owns the message. Proposes changes openly and agrees them before using them.",
    low: "Works mostly within their own team. Either keeps using old material or quietly changes it to suit their own style.",
    tasks: ["sales-needs", "sales-objections", "mkt-collateral", "mkt-product-definition", "p-product"],
  },
];

const byId = new Map<TraitId, Trait>(TRAITS.map((t) => [t.id, t]));

export function traitById(id: TraitId): Trait {
  const t = byId.get(id);
  if (!t) throw new Error(`unknown trait ${id}`);
  return t;
}

export function traitsOnSide(side: Side): readonly Trait[] {
  return TRAITS.filter((t) => t.side === side);
}

export function isTraitId(x: string): x is TraitId {
  return (TRAIT_IDS as readonly string[]).includes(x);
}
