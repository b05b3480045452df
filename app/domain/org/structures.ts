/**
 * The six ways to arrange sales and marketing that RoleFit compares. RoleFit's premise is
 * that any of them can work if both functions stay close to customers and keep the message current
 * with the product; what differs is who keeps it current, who hears the customer, and who decides
 * when the two disagree. Those differences are what the feedback loops below make visible.
 */

export const STRUCTURE_IDS = [
  "solo",
  "combined",
  "marketing-under-sales",
  "sales-under-marketing",
  "shared-vp",
  "peers",
] as const;
export type StructureId = (typeof STRUCTURE_IDS)[number];

/** The groups a reporting line or feedback loop connects; the org chart maps them onto seats. */
export type FunctionRef = "ceo" | "gtm" | "sales" | "marketing" | "gtm-leader";

export interface ReportingLine {
  /** The function that reports… */
  from: FunctionRef;
  /** …to this one. */
  to: FunctionRef;
}

/** An informal channel that should exist beside the reporting lines: drawn as a dotted line. */
export interface FeedbackLoop {
  from: FunctionRef;
  to: FunctionRef;
  /** What travels along it, in a few words. */
  carries: string;
}

export interface Structure {
  id: StructureId;
  name: string;
  description: string;
  reporting: readonly ReportingLine[];
  feedbackLoops: readonly FeedbackLoop[];
  /** Who settles a disagreement between selling and marketing work. */
  arbiter: string;
}

// Loops every split structure needs: the classic friction is sellers editing the material and
// marketers objecting that the product is misrepresented; the cure is both hearing customers.
const FIELD_TO_MARKETING: FeedbackLoop = {
  from: "sales",
  to: "marketing",
  carries: "prospects' reactions to the message and collateral, objections, win/loss reasons",
};
const MARKETING_TO_FIELD: FeedbackLoop = {
  from: "marketing",
  to: "sales",
  carries: "updated messaging and collateral for each product change, market research",
};

export const STRUCTURES: Record<StructureId, Structure> = {
  solo: {
    id: "solo",
    name: "One person does both",
    description:
      "A single person, often a founder, sells and also writes the message, collateral and campaigns. Nothing gets lost between the two jobs, but every hour spent on one is taken from the other.",
    reporting: [{ from: "gtm", to: "ceo" }],
    feedbackLoops: [],
    arbiter: "the same person, who trades selling time against marketing time",
  },
  combined: {
    id: "combined",
    name: "One combined go-to-market team",
    description:
      "A small team of generalists who all sell and all market, led by one person. Customer reactions flow straight into the material, but specialist depth is thin and upkeep competes with deals.",
    reporting: [
      { from: "gtm", to: "gtm-leader" },
      { from: "gtm-leader", to: "ceo" },
    ],
    feedbackLoops: [
      { from: "gtm", to: "gtm", carries: "customer reactions shared inside the team each week" },
    ],
    arbiter: "the team lead",
  },
  "marketing-under-sales": {
    id: "marketing-under-sales",
    name: "Marketing reports to sales",
    description:
      "The sales leader owns marketing, which mostly produces leads and sales support. Marketing hears the field quickly, but research and positioning tend to give way to this quarter's deals.",
    reporting: [
      { from: "sales", to: "gtm-leader" },
      { from: "marketing", to: "gtm-leader" },
      { from: "gtm-leader", to: "ceo" },
    ],
    feedbackLoops: [FIELD_TO_MARKETING, MARKETING_TO_FIELD],
    arbiter: "the sales leader",
  },
  "sales-under-marketing": {
    id: "sales-under-marketing",
    name: "Sales reports to marketing",
    description:
      "The marketing leader owns sales, so the message, the online journey and the pipeline are run as one system. It suits buyers who do most of their research alone, and strains when deals need long one-on-one work.",
    reporting: [
      { from: "marketing", to: "gtm-leader" },
      { from: "sales", to: "gtm-leader" },
      { from: "gtm-leader", to: "ceo" },
    ],
    feedbackLoops: [FIELD_TO_MARKETING, MARKETING_TO_FIELD],
    arbiter: "the marketing leader",
  },
  "shared-vp": {
    id: "shared-vp",
    name: "Shared VP of sales & marketing",
    description:
      "Sales and marketing are separate teams under one VP (or CRO) who owns revenue end to end. Disagreements are settled inside go-to-market, at the cost of one more management layer.",
    reporting: [
      { from: "sales", to: "gtm-leader" },
      { from: "marketing", to: "gtm-leader" },
      { from: "gtm-leader", to: "ceo" },
    ],
    feedbackLoops: [FIELD_TO_MARKETING, MARKETING_TO_FIELD],
    arbiter: "the shared VP",
  },
  peers: {
    id: "peers",
    name: "Sales and marketing leaders as peers",
    description:
      "Separate sales and marketing leaders both report to the CEO. Each function gets a strong voice and full specialist depth; alignment depends on the two leaders, and the CEO breaks ties.",
    reporting: [
      { from: "sales", to: "ceo" },
      { from: "marketing", to: "ceo" },
    ],
    feedbackLoops: [FIELD_TO_MARKETING, MARKETING_TO_FIELD],
    arbiter: "the CEO",
  },
};

export function getStructure(id: StructureId): Structure {
  return STRUCTURES[id];
}

/** Structures where sales and marketing are separate specialist teams (so SDRs and managers apply). */
export function isSplitStructure(id: StructureId): boolean {
  return id !== "solo" && id !== "combined";
}
