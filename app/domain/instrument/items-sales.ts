// Likert statements for the five sales traits. Answered on five categories from "Strongly
// disagree" to "Strongly agree". reverse: true means agreeing points to a LOWER trait level.
//
// Writing rules (apply to every item file): one idea per statement, short sentences, plain words,
// no idioms; describe what a person does at work rather than how good they are; never require a
// particular channel (phone, travel, speaking aloud) as the only way to do the job; "buyer" and
// "prospect" are used so that people without sales experience can answer from how they would act.
import type { LikertItem, TraitId } from "./types";

function likert(id: string, trait: TraitId, reverse: boolean, text: string): LikertItem {
  return { id, trait, format: "likert", reverse, text };
}

const RR: TraitId = "rejection-resilience";
const CD: TraitId = "closing-drive";
const DC: TraitId = "discovery";
const PE: TraitId = "persuasion";
const PL: TraitId = "pipeline-discipline";

export const SALES_ITEMS: readonly LikertItem[] = [
  // Rejection resilience
  likert(
    "rr-01",
    RR,
    false,
    "After a prospect says no, I contact the next one on my list without a long pause.",
  ),
  likert(
    "rr-02",
    RR,
    false,
    "When someone turns down my offer, I see it as a fact about their situation, not about me.",
  ),
  likert(
    "rr-03",
    RR,
    false,
    "I can send ten messages that get no reply and still write the eleventh with care.",
  ),
  likert("rr-04", RR, false, "I keep to my weekly outreach plan even in a week when nobody says yes."),
  likert("rr-05", RR, false, "I stay polite and calm when someone answers my request with a sharp no."),
  likert("rr-06", RR, true, "When many people in a row ignore me, I put off contacting anyone else."),
  likert("rr-07", RR, true, "I avoid work where most of my requests will be refused."),
  likert("rr-08", RR, true, "After a rejection, I keep thinking about it for the rest of the day."),
  likert("rr-09", RR, true, "A single refusal can put me in a bad mood until the evening."),
  likert(
    "rr-10",
    RR,
    true,
    "I would rather wait for people to come to me than contact people who did not ask to hear from me.",
  ),
  likert("rr-11", RR, false, "I am willing to contact a prospect again some months after they said no."),
  likert("rr-12", RR, false, "When a pitch fails, I am ready to try a new approach the next day."),
  likert("rr-13", RR, true, "Contacting people who may not want to hear from me makes me very uneasy."),
  likert(
    "rr-14",
    RR,
    false,
    "Hearing no many times in one day does not stop me from reaching my activity goals.",
  ),

  // Closing drive
  likert("cd-01", CD, false, "I end each meeting with a buyer by agreeing a next step and a date."),
  likert("cd-02", CD, false, "I am comfortable asking a buyer to make a decision today."),
  likert("cd-03", CD, false, "When a deal is nearly agreed, I push to get it signed rather than wait."),
  likert("cd-04", CD, false, "In a negotiation, I ask for something in return before I give a discount."),
  likert("cd-05", CD, false, "I like work where success is measured by signed agreements."),
  likert("cd-06", CD, true, "I find it awkward to ask a buyer for a commitment."),
  likert("cd-07", CD, true, "I would rather let the buyer choose when to sign than ask them to sign."),
  likert("cd-08", CD, false, "When a buyer hesitates, I ask what is stopping them from deciding."),
  likert(
    "cd-09",
    CD,
    true,
    "To avoid tension in a negotiation, I often accept the first terms the other side proposes.",
  ),
  likert(
    "cd-10",
    CD,
    false,
    "I keep track of what each buyer must do before they can sign, and I follow up on every step.",
  ),
  likert("cd-11", CD, true, "I often leave a meeting with a buyer without knowing what happens next."),
  likert("cd-12", CD, true, "Negotiating price makes me so uneasy that I prefer to hand it to someone else."),
  likert("cd-13", CD, false, "I set a target date for each signature and plan the steps back from it."),
  likert("cd-14", CD, true, "When a buyer says they need more time, I wait for them to contact me again."),

  // Discovery
  likert(
    "dc-01",
    DC,
    false,
    "Before I suggest a solution, I ask the buyer what problem they are trying to solve.",
  ),
  likert("dc-02", DC, false, "Early in a sale, I find out who else will take part in the decision."),
  likert("dc-03", DC, false, "I ask about budget and timing before I spend much time on a prospect."),
  likert("dc-04", DC, false, "I ask follow-up questions until I understand why the buyer wants to act now."),
  likert("dc-05", DC, false, "In a first meeting with a buyer, I talk much less than they do."),
  likert(
    "dc-06",
    DC,
    false,
    "I find out how much research a buyer has already done before I present anything.",
  ),
  likert("dc-07", DC, true, "I start explaining the product as soon as a meeting begins."),
  likert("dc-08", DC, true, "I assume the person I am talking to is the one who will decide."),
  likert("dc-09", DC, true, "I find detailed questions about a buyer's business tedious."),
  likert(
    "dc-10",
    DC,
    true,
    "I would rather send information to every lead than check which ones are a good fit.",
  ),
  likert("dc-11", DC, false, "I make sure I understand the buyer's problem before I talk about our product."),
  likert("dc-12", DC, true, "I often learn late in a deal about a need the buyer had from the start."),
  likert("dc-13", DC, false, "I write down each buyer's goals in their own words."),
  likert("dc-14", DC, true, "I feel uneasy asking buyers about problems in their business."),

  // Persuasion and objection handling
  likert("pe-01", PE, false, "I explain our product in terms of the goals the buyer has told me."),
  likert(
    "pe-02",
    PE,
    false,
    "When a buyer raises a concern, I answer it with a fact or an example from another customer.",
  ),
  likert(
    "pe-03",
    PE,
    false,
    "I see an objection as a sign that the buyer is thinking seriously about buying.",
  ),
  likert(
    "pe-04",
    PE,
    false,
    "I help buyers picture how their work would change after they start using the product.",
  ),
  likert(
    "pe-05",
    PE,
    false,
    "When a buyer says the price is too high, I explain the value before I talk about discounts.",
  ),
  likert("pe-06", PE, true, "When a buyer disagrees with me, I tend to drop the point."),
  likert("pe-07", PE, true, "I describe the product in the same way to every buyer."),
  likert("pe-08", PE, true, "I find it hard to respond when a buyer compares us with a cheaper competitor."),
  likert("pe-09", PE, false, "I prepare answers to the concerns that buyers raise most often."),
  likert("pe-10", PE, false, "I ask questions to understand an objection before I answer it."),
  likert("pe-11", PE, true, "I avoid meetings where I expect the buyer to push back."),
  likert("pe-12", PE, true, "I find it hard to explain why our product is worth its price."),
  likert("pe-13", PE, false, "When I see that a buyer is not convinced, I change how I explain things."),
  likert("pe-14", PE, true, "When a buyer challenges what I say, I usually let the point go."),

  // Pipeline discipline
  likert("pl-01", PL, false, "I update my records of each deal or task on the same day something changes."),
  likert(
    "pl-02",
    PL,
    false,
    "At the start of each week, I plan which accounts or tasks deserve most of my time.",
  ),
  likert("pl-03", PL, false, "In a forecast, I count only the deals where the buyer has agreed a next step."),
  likert("pl-04", PL, false, "I keep a list of every open opportunity with its next step and date."),
  likert("pl-05", PL, false, "Each week I review my open work and close the items that have gone quiet."),
  likert("pl-06", PL, false, "I report bad news about a deal as soon as I know it."),
  likert("pl-07", PL, true, "I spend my time on whatever feels most urgent that day."),
  likert("pl-08", PL, true, "I update records only when someone asks me to."),
  likert("pl-09", PL, true, "My forecasts are usually more hopeful than the final result."),
  likert("pl-10", PL, true, "Planning my week feels like time taken away from the real work."),
  likert(
    "pl-11",
    PL,
    false,
    "I divide my time between accounts according to how much each one could bring in.",
  ),
  likert("pl-12", PL, true, "I often lose track of promises I made to customers or colleagues."),
  likert("pl-13", PL, false, "I write down what was agreed in a meeting before I start the next task."),
  likert("pl-14", PL, true, "Keeping reports up to date feels like a distraction from selling."),
];
