// Situational-judgment scenarios built on real go-to-market tasks. Each scenario measures ONE trait
// and has four options keyed with partial credit 0..3 (the credit is the GRM category). Credits
// reflect what the trait looks like when it is used well: the 3-credit option is not always the
// most forceful one. Options are stored in the order the form shows them; the keyed best answer is
// placed at different positions across scenarios.
import type { SituationalItem, SituationalOption, TraitId } from "./types";

function scenario(
  id: string,
  trait: TraitId,
  tasks: string[],
  text: string,
  options: Array<[text: string, credit: 0 | 1 | 2 | 3]>,
): SituationalItem {
  const letters = ["a", "b", "c", "d"];
  const opts: SituationalOption[] = options.map(([t, credit], i) => ({
    id: `${id}-${letters[i]}`,
    text: t,
    credit,
  }));
  return { id, trait, format: "situational", reverse: false, text, tasks, options: opts };
}

export const SITUATIONAL_ITEMS: readonly SituationalItem[] = [
  scenario(
    "sj-01",
    "persuasion",
    ["sales-objections", "sales-vision", "p-price"],
    "After a good demonstration, a buyer says your product costs 30% more than a competitor's. Earlier they told you that saving staff time is their main goal. What do you do?",
    [
      ["Offer a 30% discount so that the price is no longer a problem.", 0],
      [
        "Ask which parts of the competitor's offer they are comparing, then explain the differences that matter for their goal.",
        2,
      ],
      ["Use their own numbers to show how the staff time saved compares with the price difference.", 3],
      ["Say that better quality costs more, and wait for their reply.", 1],
    ],
  ),
  scenario(
    "sj-02",
    "discovery",
    ["sales-buying-cycle", "sales-needs", "sales-qualify"],
    'A prospect writes that they have read your website, watched your product videos and compared three suppliers. They ask for a meeting "to see the price". How do you run the meeting?',
    [
      [
        "Ask what they found in their research, what problem they want to solve and who else is involved, then give the price in that context.",
        3,
      ],
      ["Give the price and the standard presentation so they have everything in one place.", 0],
      ["Skip the basics they already know and show the most advanced features.", 1],
      ["Give the price early, then ask when they plan to decide and what the next step is.", 2],
    ],
  ),
  scenario(
    "sj-03",
    "customer-feedback",
    ["mkt-collateral", "sales-vision"],
    "You work in marketing. A sales rep has rewritten the official product presentation. Buyers react better to the rep's version, but two claims in it are not accurate. What do you do?",
    [
      ["Ask the rep to stop using their version and go back to the official one.", 1],
      ["Let the rep carry on, because results are what count.", 0],
      ["Correct the two claims in the rep's version and send it back to them.", 2],
      [
        "Meet the rep to learn what buyers respond to, fix the claims together, and update the official presentation for everyone.",
        3,
      ],
    ],
  ),
  scenario(
    "sj-04",
    "storytelling",
    ["mkt-communication", "p-promotion"],
    "Your company launches a new feature next month. The engineers have written a long list of technical details. You are asked to write the launch message for the website. What do you do first?",
    [
      ["Summarise the list into the five most important points.", 2],
      [
        "Pick the one problem the feature solves for customers, write a short headline about it, and put the details further down.",
        3,
      ],
      ["Publish the engineers' list, because it is accurate and complete.", 0],
      ["Write a catchy slogan that gets attention, even if it does not explain the feature.", 1],
    ],
  ),
  scenario(
    "sj-05",
    "rejection-resilience",
    ["sales-qualify", "mkt-leads"],
    "It is Thursday. You have contacted 40 prospects this week and none has agreed to a meeting. Nobody has asked you about it yet. What do you do?",
    [
      ["Stop contacting prospects for the rest of the week and catch up on other tasks.", 0],
      ["Ask a colleague to review your messages before you contact anyone else next week.", 2],
      ["Carry on with the same message for the rest of the week.", 1],
      ["Look at the replies you did get, adjust your message, and contact the next group today.", 3],
    ],
  ),
  scenario(
    "sj-06",
    "closing-drive",
    ["sales-close", "sales-negotiate", "sales-buying-cycle"],
    'A buyer has agreed to the solution and the price. Then they say they will "get back to you next month" about signing. They give no reason for the delay. What do you do?',
    [
      ["Thank them and wait for them to contact you next month.", 0],
      ["Ask what still has to happen before they can sign, and agree a date for each step.", 3],
      ["Send the contract now and ask them to sign when they are ready.", 1],
      ["Offer a small discount if they sign this week.", 2],
    ],
  ),
  scenario(
    "sj-07",
    "pipeline-discipline",
    ["sales-territory", "sales-buying-cycle"],
    "It is the end of the quarter. Your forecast includes a large deal, but the buyer has not replied for three weeks. Your manager wants your final numbers today. What do you do?",
    [
      ["Keep the deal in the forecast at full value, because it may still close.", 0],
      ["Keep the deal in the forecast and mention that you are unsure about it.", 1],
      ["Remove the deal from this quarter's forecast without comment.", 2],
      [
        "Move the deal out of this quarter, tell your manager why, and plan one more attempt to reach the buyer.",
        3,
      ],
    ],
  ),
  scenario(
    "sj-08",
    "creative-ideation",
    ["mkt-communication", "p-promotion"],
    "Fewer customers have opened your team's monthly email in each of the last six months. You are asked for ideas for the next one. What do you do?",
    [
      ["Keep the format and write a new subject line.", 1],
      [
        "Propose three very different ideas, such as a customer story, a short quiz and a useful checklist, and test two of them.",
        3,
      ],
      ["Suggest stopping the email.", 0],
      ["Ask the team for new ideas and choose the most popular one.", 2],
    ],
  ),
  scenario(
    "sj-09",
    "market-research",
    ["mkt-research", "mkt-target"],
    "Your company wants to sell to a new industry. The CEO is sure it is a good market because two friends who work in that industry liked the product. What do you suggest?",
    [
      ["Start a campaign straight away, since the CEO knows the industry.", 0],
      ["Run a small campaign and see what happens.", 1],
      [
        "Interview ten to fifteen possible buyers in that industry and estimate how many companies could buy, before planning a campaign.",
        3,
      ],
      ["Read a report on the industry and share a summary.", 2],
    ],
  ),
  scenario(
    "sj-10",
    "product-strategy",
    ["mkt-pricing", "mkt-profitability", "p-product", "p-price"],
    "Customers often ask for a cheaper version of your product with fewer features. The sales team says it would win more deals. What do you recommend?",
    [
      [
        "Work out which customers ask for it, what they would pay, whether it would take sales from the full product and whether it would make a profit, then decide.",
        3,
      ],
      ["Lower the price of the current product for everyone.", 0],
      ["Ask a few customers which features they would give up for a lower price.", 2],
      ["Build the cheaper version quickly so sales can win those deals.", 1],
    ],
  ),
  scenario(
    "sj-11",
    "demand-generation",
    ["mkt-leads", "p-promotion", "p-place"],
    "You have a fixed budget for next quarter. Last quarter you split it equally across three channels, and one of them produced most of the leads that became customers. What do you do?",
    [
      ["Split the budget equally again, so each channel gets a fair chance.", 0],
      ["Spend more on the channel that brought the most website visits.", 1],
      [
        "Move most of the budget to the best channel, and keep a small part to test the others and one new channel.",
        3,
      ],
      ["Move the whole budget to the best channel.", 2],
    ],
  ),
  scenario(
    "sj-12",
    "customer-feedback",
    ["sales-objections", "mkt-collateral"],
    "You work in sales. In the last month, five buyers have said the product sheet is confusing about how the product connects to other tools. Marketing owns the sheet. What do you do?",
    [
      ["Write your own version of the sheet and use it with your buyers.", 1],
      ["Keep using the sheet and explain the point yourself in each meeting.", 0],
      ["Send marketing a short message saying the sheet is confusing.", 2],
      ["Tell marketing what the buyers said, with examples, and offer to review a new version.", 3],
    ],
  ),
  scenario(
    "sj-13",
    "discovery",
    ["sales-decision-makers", "sales-buying-cycle"],
    "You have had three good meetings with a manager who likes your product. Today they tell you their director must approve every purchase. You have never spoken with the director. What do you do?",
    [
      ["Send the manager the contract so they can pass it on.", 0],
      ["Prepare a summary for the manager to show the director.", 2],
      [
        "Ask the manager to set up a meeting with the director, and ask what the director cares about most.",
        3,
      ],
      ["Contact the director yourself without telling the manager.", 1],
    ],
  ),
  scenario(
    "sj-14",
    "market-research",
    ["mkt-competition", "mkt-research"],
    "Over two months, sales has lost several deals to a new competitor. Nobody is sure why. You are asked to look into it. What do you do?",
    [
      ["Tell the sales team to stress our strengths more.", 0],
      ["Study the competitor's website and make a comparison sheet.", 2],
      ["Suggest lowering our price to match theirs.", 1],
      [
        "Review the lost deals, ask some of those buyers why they chose the competitor, compare both offers and share what you find with sales and product.",
        3,
      ],
    ],
  ),
];
