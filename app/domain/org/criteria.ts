/**
 * The criteria every structure is scored on (docs/org-model.md) and the founder's weights for them.
 *
 * Weight rules: missing criteria keep the default weight of 1; a weight of 0 is allowed and means
 * "ignore this criterion"; negative, NaN or infinite weights are rejected with a RangeError (clamping
 * them silently would hide a bug in the caller); all-zero weights are rejected because nothing could
 * then be ranked. Accepted weights are normalised to sum to 1.
 */

export const CRITERION_IDS = [
  "message-consistency",
  "customer-feedback-loop",
  "selling-capacity",
  "marketing-capacity",
  "specialization",
  "conflict-arbitration",
  "management-overhead",
  "decision-speed",
  "sales-motion-fit",
  "span-of-control",
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export interface Criterion {
  id: CriterionId;
  name: string;
  /** The question a 10 answers "yes, fully" to. */
  question: string;
}

export const CRITERIA: Record<CriterionId, Criterion> = {
  "message-consistency": {
    id: "message-consistency",
    name: "Message consistency",
    question: "Do prospects hear one current message, whether they read the material or talk to a seller?",
  },
  "customer-feedback-loop": {
    id: "customer-feedback-loop",
    name: "Customer-feedback loop",
    question: "Do customers' reactions reach the people who write the message and shape the product story?",
  },
  "selling-capacity": {
    id: "selling-capacity",
    name: "Selling capacity",
    question: "Are enough selling hours protected to close the pipeline the growth plan needs?",
  },
  "marketing-capacity": {
    id: "marketing-capacity",
    name: "Marketing capacity",
    question: "Is there time for collateral upkeep, research and campaigns as the product changes?",
  },
  specialization: {
    id: "specialization",
    name: "Specialization",
    question: "Can people specialise in the job that suits them (few are strong at both)?",
  },
  "conflict-arbitration": {
    id: "conflict-arbitration",
    name: "Conflict arbitration",
    question:
      "When sales and marketing disagree, is someone close to both able to decide quickly and fairly?",
  },
  "management-overhead": {
    id: "management-overhead",
    name: "Management overhead & cost",
    question: "How little of the go-to-market budget goes to managing rather than doing the work?",
  },
  "decision-speed": {
    id: "decision-speed",
    name: "Decision speed",
    question: "How few layers and hand-offs stand between a question and a decision?",
  },
  "sales-motion-fit": {
    id: "sales-motion-fit",
    name: "Fit to the sales motion",
    question: "Does the structure suit how customers buy (self-serve, transactional or consultative)?",
  },
  "span-of-control": {
    id: "span-of-control",
    name: "Span of control",
    question: "Do managers have healthy spans (3–10 people) without needless layers?",
  },
};

export type CriterionWeights = Record<CriterionId, number>;

/** Equal weights: RoleFit has no evidence that any criterion matters more in general. */
export function defaultWeights(): CriterionWeights {
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, 1 / CRITERION_IDS.length])) as CriterionWeights;
}

/** Fills gaps with the default raw weight 1, validates, and scales so the weights sum to 1. */
export function normaliseWeights(weights: Partial<Record<CriterionId, number>> = {}): CriterionWeights {
  const raw = {} as CriterionWeights;
  for (const id of CRITERION_IDS) {
    const value = weights[id] ?? 1;
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Weight for ${id} must be a finite number ≥ 0 (got ${value})`);
    }
    raw[id] = value;
  }
  const sum = CRITERION_IDS.reduce((total, id) => total + raw[id], 0);
  if (sum <= 0) throw new RangeError("At least one criterion weight must be above 0");
  for (const id of CRITERION_IDS) raw[id] /= sum;
  return raw;
}

/**
 * Sets one criterion's normalised weight and rescales the others proportionally so the sum stays 1
 * (the form in which flip analysis reports and applies a weight change).
 */
export function withWeight(
  weights: CriterionWeights,
  criterion: CriterionId,
  weight: number,
): CriterionWeights {
  if (!Number.isFinite(weight) || weight < 0 || weight > 1) throw new RangeError("weight must be within 0–1");
  const others = CRITERION_IDS.filter((id) => id !== criterion);
  const rest = others.reduce((sum, id) => sum + weights[id], 0);
  const next = { ...weights, [criterion]: weight };
  for (const id of others)
    next[id] = rest > 1e-12 ? (weights[id] * (1 - weight)) / rest : (1 - weight) / others.length;
  return next;
}
