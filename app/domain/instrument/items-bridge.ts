// Likert statements for the bridge trait, customer-feedback collaboration: listening to customers
// and to the other team, and keeping the shared message current together (writing rules: see
// items-sales.ts). Items are written so that people in sales AND in marketing can answer them.
import type { LikertItem } from "./types";

function likert(id: string, reverse: boolean, text: string): LikertItem {
  return { id, trait: "customer-feedback", format: "likert", reverse, text };
}

export const BRIDGE_ITEMS: readonly LikertItem[] = [
  likert("cf-01", false, "I pass on what customers say about our product to the team that can act on it."),
  likert(
    "cf-02",
    false,
    "When I think our product materials are out of date, I tell the people who own them.",
  ),
  likert("cf-03", false, "I ask the other team for their view before I change a message we share."),
  likert("cf-04", false, "I read or listen to customer complaints to find ideas for improvement."),
  likert(
    "cf-05",
    false,
    "I meet people from sales or marketing regularly to compare what we hear from customers.",
  ),
  likert("cf-06", true, "I change shared materials to suit my own style without telling anyone."),
  likert("cf-07", true, "I keep using old materials even when I know customers react badly to them."),
  likert(
    "cf-08",
    true,
    "When another team suggests changes to my work, I usually defend the original version.",
  ),
  likert("cf-09", true, "I find it hard to make time to talk with the other team."),
  likert("cf-10", false, "I ask customers what they think of our materials and presentations."),
  likert("cf-11", false, "Before I use a changed message, I agree the change with both teams."),
  likert("cf-12", true, "What customers say is mainly the concern of other teams, not mine."),
  likert("cf-13", false, "I share examples of what worked with customers so the other team can use them."),
  likert(
    "cf-14",
    true,
    "I prefer to fix a problem with our message myself rather than discuss it with others.",
  ),
];
