// What a candidate's report says about each trait, by where the estimate falls: low (θ̂ < −0.5),
// mid, or high (θ̂ > +0.5). Written to the candidate, warmly and honestly: a low score describes a
// preference or a way of working, and the growth advice is something a person can actually do.
// "enjoy" lists task ids (instrument/tasks.ts) the person would likely enjoy at that level.
import type { TraitId } from "~/domain/instrument/types";

export type Level = "low" | "mid" | "high";

export interface LevelText {
  strength: string;
  growth: string;
  enjoy: readonly string[];
}

export const REPORT_CONTENT: Readonly<Record<TraitId, Readonly<Record<Level, LevelText>>>> = {
  "rejection-resilience": {
    high: {
      strength:
        "You keep going when people say no. A refusal seems to tell you about the other person's situation, not about you.",
      growth:
        "Make sure persistence stays respectful: agree with yourself when to stop contacting someone, and learn from patterns in the refusals.",
      enjoy: ["sales-qualify", "sales-close", "mkt-leads"],
    },
    mid: {
      strength: "You can handle a fair amount of refusal, especially when you believe in what you offer.",
      growth:
        "A fixed daily routine for outreach, and a short reset after a hard conversation, can make long runs of no easier.",
      enjoy: ["sales-needs", "sales-objections"],
    },
    low: {
      strength:
        "You care about how people respond to you, which often makes you considerate and careful with relationships.",
      growth:
        "If you move into a role with a lot of outreach, set small activity goals and count attempts rather than results. Roles where people come to you may suit you better.",
      enjoy: ["mkt-research", "mkt-collateral", "mkt-product-definition"],
    },
  },
  "closing-drive": {
    high: {
      strength:
        "You move decisions forward. You ask for a commitment and negotiate with a clear idea of what you need.",
      growth:
        "Check that the buyer is truly ready; a pushed deal can come back as a cancelled one. Practise silence after asking.",
      enjoy: ["sales-close", "sales-negotiate", "p-price"],
    },
    mid: {
      strength: "You ask for decisions when the moment feels right and can negotiate when you have prepared.",
      growth:
        "End every meeting with one agreed next step and a date. Prepare your walk-away point before each negotiation.",
      enjoy: ["sales-buying-cycle", "sales-negotiate"],
    },
    low: {
      strength: "You give people room to decide, which builds trust in long relationships.",
      growth:
        "Practise one simple closing question, such as 'What would you need to decide by Friday?'. Work with a colleague who enjoys negotiating.",
      enjoy: ["mkt-research", "mkt-product-definition", "mkt-collateral"],
    },
  },
  discovery: {
    high: {
      strength:
        "You find out what the buyer really needs, who decides and how they buy before you propose anything.",
      growth: "Share what you learn: your notes on buyers are valuable to marketing and product teams too.",
      enjoy: ["sales-needs", "sales-decision-makers", "sales-qualify", "sales-buying-cycle"],
    },
    mid: {
      strength: "You ask good questions when you have time to prepare them.",
      growth:
        "Prepare three open questions before each meeting and let the buyer talk first. Always ask who else is involved.",
      enjoy: ["sales-needs", "sales-qualify"],
    },
    low: {
      strength: "You like to get to the point and show what you have.",
      growth:
        "Before presenting, ask one question about the problem and one about who decides. It saves time later.",
      enjoy: ["mkt-communication", "mkt-collateral", "sales-vision"],
    },
  },
  persuasion: {
    high: {
      strength:
        "You help one person see how a solution fits their goals, and you take objections as questions to answer.",
      growth:
        "Keep claims honest and specific; your persuasiveness is strongest when backed by examples buyers can check.",
      enjoy: ["sales-vision", "sales-objections", "sales-negotiate"],
    },
    mid: {
      strength: "You can make a convincing case when you know the product and the buyer well.",
      growth: "Write down the five objections you hear most and prepare an answer with an example for each.",
      enjoy: ["sales-vision", "mkt-collateral"],
    },
    low: {
      strength: "You present information evenly and let people make up their own minds.",
      growth:
        "Try linking each feature to one goal the listener has told you about. Ask about an objection before you answer it.",
      enjoy: ["mkt-research", "mkt-competition", "mkt-pricing"],
    },
  },
  "pipeline-discipline": {
    high: {
      strength: "You plan your time, keep records current and give forecasts others can rely on.",
      growth:
        "Share your system; teams benefit when others adopt it. Leave some room in the plan for unexpected opportunities.",
      enjoy: ["sales-territory", "mkt-profitability"],
    },
    mid: {
      strength: "You keep things organised when the stakes are clear.",
      growth:
        "A fixed weekly review of every open item, with a next step and a date, would make your forecasts more dependable.",
      enjoy: ["sales-territory", "sales-buying-cycle"],
    },
    low: {
      strength: "You respond quickly to what is happening in front of you.",
      growth:
        "Start small: update records at the end of each day and plan the top three accounts each Monday.",
      enjoy: ["mkt-communication", "sales-vision", "mkt-leads"],
    },
  },
  "creative-ideation": {
    high: {
      strength:
        "You produce many ideas and fresh angles, and you enjoy turning plain features into interesting messages.",
      growth: "Pair your ideas with simple tests so the best ones win on evidence, not only on enthusiasm.",
      enjoy: ["mkt-communication", "p-promotion", "mkt-collateral"],
    },
    mid: {
      strength: "You can add new ideas, especially when you build on a clear starting point.",
      growth: "Try writing ten versions of a headline before choosing one; quantity often leads to quality.",
      enjoy: ["mkt-collateral", "mkt-leads"],
    },
    low: {
      strength: "You prefer proven approaches and improve them carefully, which keeps quality steady.",
      growth: "Ask others for a few rough ideas and use your strength to refine the best one.",
      enjoy: ["sales-territory", "mkt-research", "sales-qualify"],
    },
  },
  "market-research": {
    high: {
      strength: "You check assumptions with data and can turn research into clear conclusions.",
      growth: "Set a time limit for research so that decisions are not delayed; say how sure you are.",
      enjoy: ["mkt-research", "mkt-target", "mkt-competition"],
    },
    mid: {
      strength: "You use data when it is at hand and can weigh it against experience.",
      growth: "Before a big decision, look for one independent source that could prove you wrong.",
      enjoy: ["mkt-competition", "mkt-target"],
    },
    low: {
      strength: "You act on experience and instinct, which helps when speed matters.",
      growth: "For decisions that are hard to undo, ask someone to check the numbers first.",
      enjoy: ["sales-close", "sales-objections", "mkt-communication"],
    },
  },
  storytelling: {
    high: {
      strength: "You explain the product clearly to people you have never met, across many channels.",
      growth: "Keep the story current: ask sales which parts buyers react to, and update it with them.",
      enjoy: ["mkt-communication", "mkt-collateral", "p-promotion"],
    },
    mid: {
      strength: "You can explain the product clearly once you know the audience.",
      growth:
        "Ask someone outside your field to read your next piece and tell you the one thing they remember.",
      enjoy: ["mkt-collateral", "sales-vision"],
    },
    low: {
      strength: "You communicate best in conversation, shaping what you say for the person in front of you.",
      growth:
        "Reuse the explanations that work in your conversations as notes for people who write the materials.",
      enjoy: ["sales-needs", "sales-vision", "sales-objections"],
    },
  },
  "product-strategy": {
    high: {
      strength:
        "You think about the whole offer: what the product is, who it is for, where it is sold and at what price.",
      growth: "Test your pricing and packaging ideas with real buyers before they become policy.",
      enjoy: [
        "mkt-product-definition",
        "mkt-pricing",
        "mkt-profitability",
        "p-product",
        "p-price",
        "p-place",
      ],
    },
    mid: {
      strength: "You understand how product and price decisions affect customers and profit.",
      growth: "Volunteer to review a pricing or packaging change; build a simple model of its effect.",
      enjoy: ["mkt-pricing", "p-place"],
    },
    low: {
      strength: "You work well with the product and prices as they are, and focus on using them.",
      growth:
        "Learn the basic numbers of your product (price, cost, margin) so you can explain trade-offs to customers.",
      enjoy: ["sales-close", "sales-qualify", "mkt-communication"],
    },
  },
  "demand-generation": {
    high: {
      strength: "You create a steady flow of interested buyers and measure which channels work.",
      growth: "Agree with sales what a good lead is, so your numbers measure what matters to revenue.",
      enjoy: ["mkt-leads", "p-promotion", "p-place", "mkt-target"],
    },
    mid: {
      strength: "You run campaigns and look at results when it is easy to do.",
      growth: "Pick one number per campaign, such as cost per qualified lead, and check it every week.",
      enjoy: ["mkt-leads", "mkt-communication"],
    },
    low: {
      strength: "You prefer deep, single projects to constant testing.",
      growth: "If your role touches campaigns, ask for one simple report of results and review it monthly.",
      enjoy: ["mkt-product-definition", "sales-needs", "mkt-research"],
    },
  },
  "customer-feedback": {
    high: {
      strength:
        "You listen to customers and to the other team, and you keep the shared message up to date together.",
      growth: "Make your feedback habit visible: a short monthly summary helps others follow your lead.",
      enjoy: ["sales-needs", "mkt-collateral", "mkt-product-definition", "p-product"],
    },
    mid: {
      strength: "You pass on customer feedback when it seems important.",
      growth: "Keep a running note of what customers say and share it with the other team every month.",
      enjoy: ["sales-objections", "mkt-collateral"],
    },
    low: {
      strength: "You focus on your own team's work and deliver it independently.",
      growth: "Before changing shared material, tell its owner why; before ignoring a complaint, pass it on.",
      enjoy: ["sales-territory", "mkt-research"],
    },
  },
};
