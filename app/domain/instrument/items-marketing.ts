// Likert statements for the five marketing traits (writing rules: see items-sales.ts).
import type { LikertItem, TraitId } from "./types";

function likert(id: string, trait: TraitId, reverse: boolean, text: string): LikertItem {
  return { id, trait, format: "likert", reverse, text };
}

const CI: TraitId = "creative-ideation";
const MR: TraitId = "market-research";
const ST: TraitId = "storytelling";
const PS: TraitId = "product-strategy";
const DG: TraitId = "demand-generation";

export const MARKETING_ITEMS: readonly LikertItem[] = [
  // Creative ideation
  likert(
    "ci-01",
    CI,
    false,
    "When I start a campaign or project, I write down many possible ideas before I choose one.",
  ),
  likert("ci-02", CI, false, "I look for an angle on a product that competitors have not used."),
  likert("ci-03", CI, false, "I enjoy turning a plain product feature into an interesting message."),
  likert("ci-04", CI, false, "I often bring new ideas to team meetings."),
  likert("ci-05", CI, false, "I combine ideas from unrelated fields to create something new."),
  likert("ci-06", CI, false, "I get ideas for campaigns from everyday things I see, hear or read."),
  likert("ci-07", CI, true, "I prefer to reuse a message that worked before rather than try a new one."),
  likert(
    "ci-08",
    CI,
    true,
    "When I am asked for new ideas, I find it hard to think of more than one or two.",
  ),
  likert(
    "ci-09",
    CI,
    true,
    "I am more comfortable improving someone else's idea than starting from a blank page.",
  ),
  likert("ci-10", CI, true, "I find sessions for collecting new ideas tiring and not very useful."),
  likert("ci-11", CI, false, "I quickly draft several versions of a headline before I pick one."),
  likert(
    "ci-12",
    CI,
    false,
    "I try unusual formats, such as a short video or an interactive tool, to get attention.",
  ),
  likert("ci-13", CI, true, "I rarely come up with more than one idea for a campaign."),
  likert("ci-14", CI, true, "I stick to the standard format for presentations and messages."),

  // Market research and analysis
  likert(
    "mr-01",
    MR,
    false,
    "Before I decide who to target, I look for data on the size of each group of buyers.",
  ),
  likert(
    "mr-02",
    MR,
    false,
    "I read competitors' websites and price lists to see how they present themselves.",
  ),
  likert("mr-03", MR, false, "I test an assumption with data before I act on it."),
  likert(
    "mr-04",
    MR,
    false,
    "I enjoy interviewing or surveying customers to learn how they choose what to buy.",
  ),
  likert("mr-05", MR, false, "I sum up research findings in a few clear conclusions for others."),
  likert("mr-06", MR, false, "I keep a record of what competitors change over time."),
  likert("mr-07", MR, false, "I check where a number comes from before I use it."),
  likert("mr-08", MR, true, "I trust my own experience more than market data."),
  likert("mr-09", MR, true, "I find reading reports and data tables tedious."),
  likert("mr-10", MR, true, "I make plans for a new market without checking how big it is."),
  likert("mr-11", MR, true, "I rarely look at what competitors are doing."),
  likert("mr-12", MR, true, "I find it hard to turn a large set of data into a conclusion."),
  likert("mr-13", MR, false, "I check the source of a figure before I rely on it."),
  likert("mr-14", MR, true, "Research feels like a delay before the real work starts."),

  // Storytelling to many
  likert(
    "st-01",
    ST,
    false,
    "I rewrite a product description until someone outside our field can understand it.",
  ),
  likert("st-02", ST, false, "I enjoy creating content for a website, a blog or social media."),
  likert(
    "st-03",
    ST,
    false,
    "I adapt one message for different channels, such as email, web pages and slides.",
  ),
  likert("st-04", ST, false, "I use a customer's story to make a point in a presentation."),
  likert(
    "st-05",
    ST,
    false,
    "I pay close attention to the headline and first sentence of everything I publish.",
  ),
  likert("st-06", ST, false, "I make slides that each have one main point."),
  likert(
    "st-07",
    ST,
    true,
    "I prefer explaining things in conversation to preparing material for many people.",
  ),
  likert("st-08", ST, true, "Preparing material for a large audience takes me a long time and feels hard."),
  likert("st-09", ST, true, "My presentations tend to have a lot of detail and no clear story."),
  likert("st-10", ST, true, "I avoid sharing my work in public places such as a company blog."),
  likert(
    "st-11",
    ST,
    false,
    "I ask people who do not know the product to read my text and tell me what they understood.",
  ),
  likert("st-12", ST, true, "I find it hard to know what a large, unknown audience wants to hear."),
  likert("st-13", ST, false, "I choose a few key messages and repeat them across all our materials."),
  likert("st-14", ST, true, "I leave the wording and design of product materials to others."),

  // Product and pricing strategy
  likert("ps-01", PS, false, "When I look at a product, I ask which customers it is really for."),
  likert("ps-02", PS, false, "I like to work out how a change in price would affect sales and profit."),
  likert("ps-03", PS, false, "I compare our offer with others on features, price and where it is sold."),
  likert(
    "ps-04",
    PS,
    false,
    "I suggest which features to add or remove so the product fits what customers need.",
  ),
  likert(
    "ps-05",
    PS,
    false,
    "I think about how a product reaches its buyers: online, through partners or through a sales team.",
  ),
  likert("ps-06", PS, false, "I consider the cost of serving a customer when I judge a deal or a product."),
  likert("ps-07", PS, true, "I prefer to leave decisions about price to others."),
  likert("ps-08", PS, true, "I rarely think about whether a product makes a profit."),
  likert("ps-09", PS, true, "I find discussions about which features go into which plan dull."),
  likert("ps-10", PS, true, "I accept a product as it is rather than question what it should be."),
  likert("ps-11", PS, false, "I build simple models to compare different pricing options."),
  likert(
    "ps-12",
    PS,
    false,
    "I look for a price that customers see as fair and that still earns a good margin.",
  ),
  likert("ps-13", PS, true, "I do not enjoy working with numbers about costs and margins."),
  likert("ps-14", PS, true, "Setting prices is a task I would rather someone else did."),

  // Demand generation
  likert("dg-01", DG, false, "I track how many leads each channel or campaign produces."),
  likert("dg-02", DG, false, "I run small tests to compare two versions of a message or offer."),
  likert("dg-03", DG, false, "I move budget or effort away from channels that do not bring results."),
  likert("dg-04", DG, false, "I like to set a monthly target for new leads and work to reach it."),
  likert(
    "dg-05",
    DG,
    false,
    "I plan campaigns across several channels, such as search, email, events and social media.",
  ),
  likert("dg-06", DG, false, "I look at what each new lead or customer costs us."),
  likert(
    "dg-07",
    DG,
    false,
    "I enjoy finding new places where possible buyers spend time, online or in person.",
  ),
  likert("dg-08", DG, true, "I find it hard to say which of my activities brought in which customers."),
  likert("dg-09", DG, true, "I prefer one large campaign to many small experiments."),
  likert("dg-10", DG, true, "I rarely check the results of a campaign once it has launched."),
  likert("dg-11", DG, true, "Once a campaign is running, I do not often look at its numbers."),
  likert("dg-12", DG, true, "I keep spending on a channel because we have always used it."),
  likert("dg-13", DG, false, "I agree with the sales team on what counts as a good lead."),
  likert("dg-14", DG, true, "I find daily work with campaign numbers dull."),
];
