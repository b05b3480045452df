// Behavioural interview questions per trait: ask for a real past situation, then listen for what the
// person actually did. "Strong" and "weak" describe answers, not people; a weak answer is a reason
// to probe further, never a verdict on its own.
import type { TraitId } from "~/domain/instrument/types";

export interface InterviewQuestion {
  id: string;
  question: string;
  strong: string;
  weak: string;
}

const q = (id: string, question: string, strong: string, weak: string): InterviewQuestion => ({
  id,
  question,
  strong,
  weak,
});

export const INTERVIEW_QUESTIONS: Readonly<Record<TraitId, readonly InterviewQuestion[]>> = {
  "rejection-resilience": [
    q(
      "rr-q1",
      "Tell me about a week when almost nobody you contacted said yes. What did you do on the last day of that week?",
      "Describes keeping the planned activity, looking at what might be improved, and starting again without blaming the prospects.",
      "Describes stopping or slowing down for days, or cannot recall a week like that when the role clearly had them.",
    ),
    q(
      "rr-q2",
      "Tell me about a time a prospect or stakeholder said no to you in a harsh way. What happened next?",
      "Stayed polite, separated the refusal from their own worth, and either moved on or found a later, better moment.",
      "Took it personally for a long time, or argued with the person.",
    ),
    q(
      "rr-q3",
      "Describe a goal you reached only after many failed attempts. How did you keep going?",
      "Names concrete habits: a routine, a target for attempts, a way to reset after a bad day.",
      "Credits luck only, or the example involves no repeated setbacks.",
    ),
  ],
  "closing-drive": [
    q(
      "cd-q1",
      "Tell me about a deal or decision that stalled near the end. What did you do to get it signed?",
      "Found out what was really blocking it, agreed concrete steps and dates, and followed up on each one.",
      "Waited for the other side, or tried only a discount.",
    ),
    q(
      "cd-q2",
      "Describe a negotiation where the other side asked for more than you wanted to give.",
      "Asked for something in return for each concession and knew their walk-away point in advance.",
      "Gave way quickly to avoid tension, or cannot describe what they got in return.",
    ),
    q(
      "cd-q3",
      "How did you end your last important meeting with a customer or partner?",
      "A clear next step with an owner and a date, confirmed in writing.",
      "A friendly close with no agreed next step.",
    ),
  ],
  discovery: [
    q(
      "dc-q1",
      "Tell me about a time you found out that the person you were selling to was not the one who decided. How did you find out, and when?",
      "Found out early by asking who else is involved and how decisions are made, then met those people.",
      "Found out at the end when the deal stalled.",
    ),
    q(
      "dc-q2",
      "Walk me through the questions you asked in a recent first meeting with a customer.",
      "Open questions about problems, goals, budget, timing and the buying process; talked less than the customer.",
      "Mostly presented; the questions were about whether the customer liked the product.",
    ),
    q(
      "dc-q3",
      "Tell me about a time you decided not to pursue a prospect. What told you?",
      "Names clear qualification criteria (need, budget, authority, timing) and acted on them.",
      "Has never walked away, or decided on gut feeling alone.",
    ),
  ],
  persuasion: [
    q(
      "pe-q1",
      "Tell me about a customer who had a strong objection. What was it, and what did you say?",
      "Asked questions to understand the objection first, then answered with facts or examples that matched the customer's goals.",
      "Repeated the standard pitch more loudly, or dropped the point.",
    ),
    q(
      "pe-q2",
      "Describe a time you helped someone see how a product or idea would change their work.",
      "Used the other person's own situation and numbers to paint a concrete picture.",
      "Listed features without connecting them to the person.",
    ),
    q(
      "pe-q3",
      "Tell me about a time a customer said a competitor was cheaper.",
      "Explored what was being compared and showed the value difference honestly, even if the deal was lost.",
      "Matched the price immediately or criticised the competitor.",
    ),
  ],
  "pipeline-discipline": [
    q(
      "pl-q1",
      "How did you decide last month where to spend your time?",
      "Describes a regular planning routine based on the value and stage of each account or task.",
      "Worked on whatever came in first.",
    ),
    q(
      "pl-q2",
      "Tell me about a forecast or estimate you gave that turned out wrong. What happened?",
      "Explains the cause, how early they warned others, and what they changed in their method.",
      "Blames others or does not remember checking forecasts against results.",
    ),
    q(
      "pl-q3",
      "Show me how you keep track of open deals or tasks. What happens to an item that goes quiet?",
      "Every item has a next step and a date; quiet items are reviewed and closed or revived on a schedule.",
      "Relies on memory; records are updated only when someone asks.",
    ),
  ],
  "creative-ideation": [
    q(
      "ci-q1",
      "Tell me about a campaign or message you created that was different from what others were doing.",
      "Explains where the idea came from, which alternatives they considered and how it was received.",
      "Describes copying an existing approach with small changes.",
    ),
    q(
      "ci-q2",
      "Describe a time an idea of yours was rejected. What did you do next?",
      "Produced new options quickly and used the feedback.",
      "Had no other ideas, or defended the first one only.",
    ),
    q(
      "ci-q3",
      "How do you come up with ideas when you are given a plain product feature to promote?",
      "A clear method: many quick drafts, looking at the customer's world, borrowing from other fields.",
      "Waits for inspiration or asks others for the idea.",
    ),
  ],
  "market-research": [
    q(
      "mr-q1",
      "Tell me about a decision you changed because of data you collected.",
      "Describes the question, the source, how reliable it was, and what changed.",
      "Cannot name a decision that data changed.",
    ),
    q(
      "mr-q2",
      "How would you estimate the size of a market you know nothing about? Walk me through a real example.",
      "Builds the estimate from a few checked sources and states the assumptions.",
      "Quotes one figure from a single source without checking it.",
    ),
    q(
      "mr-q3",
      "Tell me about a competitor you studied closely. What did you learn and who used it?",
      "Concrete findings about product, price and position, shared in a form others used.",
      "General impressions only.",
    ),
  ],
  storytelling: [
    q(
      "st-q1",
      "Tell me about a piece of content or a presentation you made for a large audience. How did you decide what to leave out?",
      "Chose one main message for a defined audience and tested whether people understood it.",
      "Included everything, or cannot say who the audience was.",
    ),
    q(
      "st-q2",
      "Describe a time you turned a technical topic into something a non-expert could follow.",
      "Uses examples, plain words and a clear structure; checked understanding with real readers.",
      "Relied on jargon, or simplified until it was no longer accurate.",
    ),
    q(
      "st-q3",
      "Tell me about a message you adapted for several channels.",
      "Kept the core message and changed length, format and tone for each channel.",
      "Posted the same text everywhere.",
    ),
  ],
  "product-strategy": [
    q(
      "ps-q1",
      "Tell me about a pricing or packaging decision you were part of. How was it made?",
      "Considers customer value, competition, cost and margin, and what happened after the change.",
      "Price was copied from a competitor or set without looking at profit.",
    ),
    q(
      "ps-q2",
      "Describe a time you argued for adding or removing a product feature.",
      "Based the case on which customers needed it and what it would cost to build and support.",
      "Based it on personal preference or one loud customer.",
    ),
    q(
      "ps-q3",
      "Tell me about a time you chose a channel or place to sell a product.",
      "Compared channels on reach, cost and fit with how the customer buys.",
      "Used the usual channel without comparing.",
    ),
  ],
  "demand-generation": [
    q(
      "dg-q1",
      "Tell me about a campaign you ran. How many leads did it bring, and what did each one cost?",
      "Knows the numbers, how they were measured and what they did with the result.",
      "Does not know the results or measured only clicks or likes.",
    ),
    q(
      "dg-q2",
      "Describe a test you ran between two versions of a message, offer or channel.",
      "Clear hypothesis, fair comparison, a decision based on the result.",
      "Changed several things at once, or never tested.",
    ),
    q(
      "dg-q3",
      "Tell me about a time you stopped spending on a channel. How did you decide?",
      "Compared cost and results with other channels and moved budget to what worked.",
      "Kept spending out of habit, or stopped without looking at results.",
    ),
  ],
  "customer-feedback": [
    q(
      "cf-q1",
      "Tell me about a time customers reacted badly to material you or a colleague used. What did you do?",
      "Collected the reactions, brought them to the owner of the material and worked on a new version together.",
      "Quietly made a private version, or kept using the old one.",
    ),
    q(
      "cf-q2",
      "Describe a disagreement between sales and marketing that you were part of. How was it resolved?",
      "Listened to the other side, used what customers said as the common ground, and agreed a change.",
      "Describes the other team as the problem and no shared solution.",
    ),
    q(
      "cf-q3",
      "How do you make sure what you hear from customers reaches the people who can act on it?",
      "A regular habit: notes, shared examples, a meeting or channel where feedback is discussed.",
      "Mentions it only when asked, or thinks it is someone else's job.",
    ),
  ],
};
