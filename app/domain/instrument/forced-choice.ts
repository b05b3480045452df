// Forced-choice pairs: one sales statement against one marketing statement, so that choosing one
// says where a person leans rather than how good they want to look. Every pair is scored on the
// bipolar sales–marketing balance (choosing the sales statement = 1; positive θ = sales-leaning).
// The order the two statements are SHOWN in is decided by the form (see forms.ts), not here.
//
// Two kinds of "looking good" are balanced inside each pair:
// - general appeal: both statements describe something most people would be glad to say of
//   themselves, so wanting to look good in general does not favour either side;
// - appeal to a sales employer: a candidate applying for a sales job picks whatever a sales hiring
//   manager seems to want. If the sales statement were always the obvious answer, the balance would
//   move with that pull (the first version of these pairs did; docs/measurement.md). So each
//   statement carries a rating of its appeal to a sales hiring manager (`salesJobAppeal`, quarters
//   from 0 to 1: 0 = no more than any pleasant statement, 1 = as much as a typical sales-trait
//   statement), and the pairs are written so that the two ratings of a pair differ by at most a
//   quarter, in both directions: marketing statements are framed around winning buyers, revenue and
//   competitors, and several sales statements describe the quiet parts of selling (asking,
//   listening, keeping records) that do not sound like a sales stereotype. The differences sum to
//   about zero over the bank and over each form's pairs (tested in bank.test.ts).
//
// The ratings are PROVISIONAL: one author's judgement, written with the statements. They should be
// replaced by the mean rating of a panel of sales hiring managers ("how much would you want a
// candidate to pick this statement?") and the pairs rebalanced where the panel disagrees.
import type { ForcedChoiceItem, TraitId } from "./types";

export const FORCED_CHOICE_PROMPT = "Which is more like you?";

function pair(
  id: string,
  salesTrait: TraitId,
  sales: string,
  salesAppeal: number,
  marketingTrait: TraitId,
  marketing: string,
  marketingAppeal: number,
): ForcedChoiceItem {
  return {
    id,
    trait: "balance",
    format: "forced-choice",
    reverse: false,
    text: FORCED_CHOICE_PROMPT,
    options: [
      { side: "sales", trait: salesTrait, text: sales, salesJobAppeal: salesAppeal },
      { side: "marketing", trait: marketingTrait, text: marketing, salesJobAppeal: marketingAppeal },
    ],
  };
}

// Each row: id, sales trait, sales statement, its appeal; marketing trait, statement, its appeal.
export const FORCED_CHOICE_ITEMS: readonly ForcedChoiceItem[] = [
  pair(
    "fc-01",
    "rejection-resilience",
    "I keep contacting new prospects even after a week of refusals.",
    1,
    "creative-ideation",
    "When a campaign fails to win buyers, I try a new angle the next day instead of giving up.",
    0.75,
  ),
  pair(
    "fc-02",
    "closing-drive",
    "I enjoy the moment a long conversation ends with a clear yes.",
    0.75,
    "storytelling",
    "I enjoy the moment a launch message I wrote brings in a wave of orders.",
    0.75,
  ),
  pair(
    "fc-03",
    "discovery",
    "I like learning one buyer's business in depth by asking questions.",
    0.5,
    "market-research",
    "I like knowing exactly where each competitor is weaker than us, so that we can win.",
    0.75,
  ),
  pair(
    "fc-04",
    "persuasion",
    "I do my best work when I am convincing one person in a conversation.",
    1,
    "storytelling",
    "I do my best work when I am on stage convincing a room full of potential customers.",
    0.75,
  ),
  pair(
    "fc-05",
    "pipeline-discipline",
    "I keep track of every deal I am working on and its next step.",
    0.5,
    "demand-generation",
    "I like to beat my target for new leads every single month.",
    0.75,
  ),
  pair(
    "fc-06",
    "closing-drive",
    "I would rather agree the final price with one customer myself.",
    0.75,
    "product-strategy",
    "I would rather set prices that win business from our competitors across the market.",
    0.75,
  ),
  pair(
    "fc-07",
    "rejection-resilience",
    "I would rather contact twenty strangers myself, knowing most will say no.",
    1,
    "demand-generation",
    "I would rather run a campaign that brings twenty ready-to-buy prospects to our door.",
    0.75,
  ),
  pair(
    "fc-08",
    "discovery",
    "I get energy from asking a customer questions about their problems.",
    0.5,
    "creative-ideation",
    "I get energy from thinking up new ways to make a product irresistible to buyers.",
    0.75,
  ),
  pair(
    "fc-09",
    "persuasion",
    "I like answering someone's doubts while we talk.",
    0.75,
    "market-research",
    "I like finding out why buyers choose a competitor, so that we can win them back.",
    0.75,
  ),
  pair(
    "fc-10",
    "pipeline-discipline",
    "I like planning which accounts to focus on this month.",
    0.5,
    "product-strategy",
    "I like deciding which product and price will bring us the most revenue.",
    0.75,
  ),
  pair(
    "fc-11",
    "closing-drive",
    "I want my success to be measured by the deals I close.",
    1,
    "demand-generation",
    "I want my success to be measured by the revenue my campaigns bring in.",
    0.75,
  ),
  pair(
    "fc-12",
    "rejection-resilience",
    "When a buyer turns me down, I am back to normal within minutes.",
    1,
    "storytelling",
    "When an audience of customers pushes back on my presentation, I am back to normal within minutes.",
    0.75,
  ),
  pair(
    "fc-13",
    "discovery",
    "I would rather find out exactly what one customer needs.",
    0.5,
    "product-strategy",
    "I would rather decide what the product should offer so that it outsells its rivals.",
    0.75,
  ),
  pair(
    "fc-14",
    "persuasion",
    "I enjoy changing the mind of a buyer who has doubts.",
    1,
    "creative-ideation",
    "I enjoy creating a slogan that makes people want to buy.",
    0.75,
  ),
  pair(
    "fc-15",
    "pipeline-discipline",
    "I like keeping an accurate forecast of my sales.",
    0.5,
    "market-research",
    "I like keeping a sharp picture of where we are winning market share from competitors.",
    0.75,
  ),
  pair(
    "fc-16",
    "closing-drive",
    "I prefer work where I can ask for a decision today.",
    0.75,
    "market-research",
    "I prefer work where I find out which markets we can win fastest.",
    0.75,
  ),
  pair(
    "fc-17",
    "rejection-resilience",
    "I am happy to work where nine out of ten people say no.",
    1,
    "product-strategy",
    "I am happy to keep reworking a product offer until it beats the competition.",
    0.75,
  ),
  pair(
    "fc-18",
    "discovery",
    "I prefer to find out in a conversation whether a lead really needs what we sell.",
    0.5,
    "demand-generation",
    "I prefer to build the system that turns thousands of contacts into buyers.",
    0.75,
  ),
  pair(
    "fc-19",
    "persuasion",
    "I would rather win over one important buyer.",
    1,
    "demand-generation",
    "I would rather win over a thousand possible buyers with one campaign.",
    0.75,
  ),
  pair(
    "fc-20",
    "pipeline-discipline",
    "A well-organised week gives me satisfaction.",
    0.25,
    "creative-ideation",
    "A new idea that gets customers talking about us gives me satisfaction.",
    0.5,
  ),
  pair(
    "fc-21",
    "closing-drive",
    "I like setting a deadline for a buyer's decision.",
    0.75,
    "creative-ideation",
    "I like coming up with the offer that makes customers act now.",
    0.75,
  ),
  pair(
    "fc-22",
    "persuasion",
    "I prefer to shape my pitch for the person I am talking to.",
    0.75,
    "storytelling",
    "I prefer to shape one message that persuades everyone in the market.",
    0.75,
  ),
  pair(
    "fc-23",
    "rejection-resilience",
    "I would rather spend the day contacting prospects.",
    1,
    "market-research",
    "I would rather spend the day finding out which customers are most likely to buy from us.",
    0.75,
  ),
  pair(
    "fc-24",
    "discovery",
    "I learn most in meetings where the customer does most of the talking.",
    0.5,
    "storytelling",
    "I feel most useful when I present our product so well that a whole audience wants it.",
    0.75,
  ),
  pair(
    "fc-25",
    "pipeline-discipline",
    "I like a job with clear weekly targets for meetings booked.",
    0.75,
    "storytelling",
    "I like a job where the message I write drives sales in every region.",
    0.75,
  ),
  pair(
    "fc-26",
    "closing-drive",
    "I would like to be the person who negotiates the final terms.",
    1,
    "storytelling",
    "I would like to be the person who presents our offer at the big customer event.",
    0.75,
  ),
  pair(
    "fc-27",
    "persuasion",
    "I like explaining to a doubtful buyer why our price is fair.",
    1,
    "product-strategy",
    "I like working out the price that wins the most customers at a healthy profit.",
    0.75,
  ),
  pair(
    "fc-28",
    "rejection-resilience",
    "Contacting people who do not know me yet feels natural to me.",
    1,
    "creative-ideation",
    "Putting a bold new idea in front of customers to see if it sells feels natural to me.",
    0.75,
  ),
  pair(
    "fc-29",
    "discovery",
    "I would rather interview the people behind one customer's decision to understand it.",
    0.5,
    "market-research",
    "I would rather find out which companies in a whole industry are ready to buy, and why.",
    0.75,
  ),
  pair(
    "fc-30",
    "pipeline-discipline",
    "I am proud when my sales forecast matches the result.",
    0.5,
    "demand-generation",
    "I am proud when a campaign brings in more buyers than planned.",
    0.75,
  ),
  pair(
    "fc-31",
    "persuasion",
    "Talking a customer through their concerns suits me.",
    0.75,
    "market-research",
    "Knowing a competitor's weak spots better than their own sales team does suits me.",
    0.75,
  ),
  pair(
    "fc-32",
    "closing-drive",
    "I like agreeing contract terms with a customer.",
    0.75,
    "product-strategy",
    "I like designing the package and price that makes customers sign sooner.",
    0.75,
  ),
];
