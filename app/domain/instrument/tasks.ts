// The go-to-market task lists RoleFit is built on: nine typical sales tasks, nine typical marketing
// tasks and the Four P's of marketing. Ids are stable (stored in job analyses and reports); labels
// are short, plain English and may be reworded without changing the id.
import type { Task, TaskGroup } from "./types";

export const SALES_TASKS: readonly Task[] = [
  { id: "sales-territory", group: "sales", label: "Plan time and territory, forecast, and report" },
  { id: "sales-qualify", group: "sales", label: "Qualify prospects" },
  { id: "sales-decision-makers", group: "sales", label: "Find the key people and the decision makers" },
  { id: "sales-needs", group: "sales", label: "Uncover the buyer's pain, needs and goals" },
  { id: "sales-buying-cycle", group: "sales", label: "Work out where the buyer is in their buying process" },
  { id: "sales-vision", group: "sales", label: "Show the buyer how the solution would work for them" },
  { id: "sales-objections", group: "sales", label: "Handle objections" },
  { id: "sales-negotiate", group: "sales", label: "Negotiate the contract" },
  { id: "sales-close", group: "sales", label: "Close the sale and get the agreement signed" },
];

export const MARKETING_TASKS: readonly Task[] = [
  { id: "mkt-research", group: "marketing", label: "Research the market" },
  { id: "mkt-target", group: "marketing", label: "Choose the target market" },
  { id: "mkt-product-definition", group: "marketing", label: "Define the product" },
  { id: "mkt-competition", group: "marketing", label: "Analyse the competition" },
  { id: "mkt-pricing", group: "marketing", label: "Set product prices" },
  {
    id: "mkt-communication",
    group: "marketing",
    label: "Promote the product: advertising, website, social media",
  },
  { id: "mkt-collateral", group: "marketing", label: "Create product materials and presentations" },
  { id: "mkt-leads", group: "marketing", label: "Generate leads" },
  { id: "mkt-profitability", group: "marketing", label: "Keep the product profitable" },
];

export const FOUR_PS: readonly Task[] = [
  { id: "p-product", group: "four-ps", label: "Product: build the right product for the target customer" },
  { id: "p-place", group: "four-ps", label: "Place: get the product to where the customer buys" },
  { id: "p-promotion", group: "four-ps", label: "Promotion: tell the target customer about the product" },
  { id: "p-price", group: "four-ps", label: "Price: find the price that works for customer and company" },
];

export const ALL_TASKS: readonly Task[] = [...SALES_TASKS, ...MARKETING_TASKS, ...FOUR_PS];

export type TaskId = string;

const byId = new Map(ALL_TASKS.map((t) => [t.id, t]));

export function taskById(id: string): Task | undefined {
  return byId.get(id);
}

export function tasksInGroup(group: TaskGroup): readonly Task[] {
  return ALL_TASKS.filter((t) => t.group === group);
}
