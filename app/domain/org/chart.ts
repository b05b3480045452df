/**
 * The org chart as pure data: seats, who they report to, and dotted feedback lines. Layout and SVG
 * come later (d3-hierarchy on the server), so nothing here knows about coordinates. A seat with
 * count > 1 stands for a group of identical seats ("AEs ×6"), which keeps charts readable at 50+ people.
 */

import type { SalesMotion } from "./profile";
import type { Staffing } from "./staffing";
import { STRUCTURES, type FunctionRef, type StructureId } from "./structures";
import type { MarketingHours } from "./workload";

/** Role templates defined by the fit module; the chart only refers to them by id. */
export type RoleTemplateId =
  | "sdr"
  | "ae-transactional"
  | "ae-enterprise"
  | "sales-manager"
  | "account-manager"
  | "product-marketing-manager"
  | "content-brand-marketer"
  | "demand-gen-marketer"
  | "market-researcher"
  | "founding-gtm-hybrid"
  | "vp-sales-marketing";

export type SeatLevel = "executive" | "leader" | "manager" | "individual";

export interface Seat {
  id: string;
  title: string;
  /** null for the CEO, who is outside the go-to-market templates. */
  roleTemplateId: RoleTemplateId | null;
  reportsTo: string | null;
  count: number;
  level: SeatLevel;
}

export interface FeedbackLine {
  from: string;
  to: string;
  carries: string;
}

export interface OrgChart {
  structureId: StructureId;
  seats: Seat[];
  feedbackLines: FeedbackLine[];
}

export interface ChartOptions {
  /** Picks enterprise AEs for consultative selling, transactional AEs otherwise. */
  motion?: SalesMotion;
  /** Splits marketers into product, content, demand-gen and research seats by where the hours go. */
  marketingHours?: MarketingHours;
}

export const CEO_SEAT_ID = "ceo";

export function buildOrgChart(
  structureId: StructureId,
  staffing: Staffing,
  options: ChartOptions = {},
): OrgChart {
  const seats: Seat[] = [
    { id: CEO_SEAT_ID, title: "CEO", roleTemplateId: null, reportsTo: null, count: 1, level: "executive" },
  ];
  const add = (seat: Seat) => {
    if (seat.count > 0) seats.push(seat);
  };
  const s = staffing;

  if (structureId === "solo") {
    add({
      id: "gtm-hybrid",
      title: "Founder doing sales and marketing",
      roleTemplateId: "founding-gtm-hybrid",
      reportsTo: CEO_SEAT_ID,
      count: Math.max(1, s.generalists),
      level: "individual",
    });
    return withFeedback(structureId, seats);
  }

  if (structureId === "combined") {
    const leaderId = s.gtmLeader ? "gtm-leader" : CEO_SEAT_ID;
    add({
      id: "gtm-leader",
      title: s.gtmLeaderIsVp ? "VP go-to-market" : "Head of go-to-market (player-coach)",
      roleTemplateId: s.gtmLeaderIsVp ? "vp-sales-marketing" : "founding-gtm-hybrid",
      reportsTo: CEO_SEAT_ID,
      count: s.gtmLeader,
      level: "leader",
    });
    add({
      id: "gtm-managers",
      title: "GTM team lead",
      roleTemplateId: "founding-gtm-hybrid",
      reportsTo: leaderId,
      count: s.gtmManagers,
      level: "manager",
    });
    add({
      id: "generalists",
      title: "GTM generalist (sells and markets)",
      roleTemplateId: "founding-gtm-hybrid",
      reportsTo: s.gtmManagers ? "gtm-managers" : leaderId,
      count: s.generalists,
      level: "individual",
    });
    return withFeedback(structureId, seats);
  }

  const hasLeader = s.gtmLeader > 0;
  const leaderId = hasLeader ? "gtm-leader" : CEO_SEAT_ID;
  if (hasLeader) add(gtmLeaderSeat(structureId, s));
  add({
    id: "sales-head",
    title: s.salesHeadIsVp ? "VP Sales" : "Head of Sales",
    roleTemplateId: "sales-manager",
    reportsTo: leaderId,
    count: s.salesHead,
    level: "leader",
  });
  add({
    id: "marketing-head",
    title: s.marketingHeadIsVp ? "VP Marketing" : "Head of Marketing",
    roleTemplateId: "product-marketing-manager",
    reportsTo: leaderId,
    count: s.marketingHead,
    level: "leader",
  });
  const salesTop = s.salesHead ? "sales-head" : leaderId;
  const marketingTop = s.marketingHead ? "marketing-head" : leaderId;

  add({
    id: "ae-managers",
    title: "Sales manager",
    roleTemplateId: "sales-manager",
    reportsTo: salesTop,
    count: s.aeManagers,
    level: "manager",
  });
  add({
    id: "sdr-managers",
    title: "SDR manager",
    roleTemplateId: "sales-manager",
    reportsTo: salesTop,
    count: s.sdrManagers,
    level: "manager",
  });
  add({
    id: "aes",
    title: options.motion === "consultative" ? "Enterprise account executive" : "Account executive",
    roleTemplateId: options.motion === "consultative" ? "ae-enterprise" : "ae-transactional",
    reportsTo: s.aeManagers ? "ae-managers" : salesTop,
    count: s.aes,
    level: "individual",
  });
  add({
    id: "account-managers",
    title: "Account manager",
    roleTemplateId: "account-manager",
    reportsTo: s.aeManagers ? "ae-managers" : salesTop,
    count: s.accountManagers,
    level: "individual",
  });
  add({
    id: "sales-engineers",
    title: "Sales engineer",
    roleTemplateId: "ae-enterprise",
    reportsTo: s.aeManagers ? "ae-managers" : salesTop,
    count: s.salesEngineers,
    level: "individual",
  });
  add({
    id: "sdrs",
    title: "Sales development rep",
    roleTemplateId: "sdr",
    reportsTo: s.sdrManagers ? "sdr-managers" : salesTop,
    count: s.sdrs,
    level: "individual",
  });
  add({
    id: "marketing-managers",
    title: "Marketing manager",
    roleTemplateId: "product-marketing-manager",
    reportsTo: marketingTop,
    count: s.marketingManagers,
    level: "manager",
  });
  const marketingIcParent = s.marketingManagers ? "marketing-managers" : marketingTop;
  for (const group of splitMarketers(s.marketers, options.marketingHours)) {
    add({ ...group, reportsTo: marketingIcParent, level: "individual" });
  }
  return withFeedback(structureId, seats);
}

function gtmLeaderSeat(structureId: StructureId, s: Staffing): Seat {
  const vp = s.gtmLeaderIsVp > 0;
  const [title, template]: [string, RoleTemplateId] =
    structureId === "shared-vp"
      ? ["VP Sales & Marketing", "vp-sales-marketing"]
      : structureId === "marketing-under-sales"
        ? [
            vp ? "VP Sales (owns marketing)" : "Head of Sales (owns marketing)",
            vp ? "vp-sales-marketing" : "sales-manager",
          ]
        : [
            vp ? "VP Marketing (owns sales)" : "Head of Marketing (owns sales)",
            vp ? "vp-sales-marketing" : "product-marketing-manager",
          ];
  return {
    id: "gtm-leader",
    title,
    roleTemplateId: template,
    reportsTo: CEO_SEAT_ID,
    count: 1,
    level: "leader",
  };
}

type MarketingGroup = Pick<Seat, "id" | "title" | "roleTemplateId" | "count">;

/**
 * Marketers by specialty, in proportion to the hours each kind of work needs (largest remainder).
 * There is always at least one product marketer, because keeping the message current with the
 * product is the job that forces the split in the first place.
 */
export function splitMarketers(marketers: number, hours?: MarketingHours): MarketingGroup[] {
  const groups: MarketingGroup[] = [
    {
      id: "product-marketers",
      title: "Product marketing manager",
      roleTemplateId: "product-marketing-manager",
      count: 0,
    },
    {
      id: "content-marketers",
      title: "Content marketer",
      roleTemplateId: "content-brand-marketer",
      count: 0,
    },
    {
      id: "demand-gen-marketers",
      title: "Demand-generation marketer",
      roleTemplateId: "demand-gen-marketer",
      count: 0,
    },
    { id: "market-researchers", title: "Market researcher", roleTemplateId: "market-researcher", count: 0 },
  ];
  if (marketers <= 0) return [];
  if (!hours || hours.total <= 0 || marketers === 1) {
    groups[0]!.count = marketers;
    return groups.filter((g) => g.count > 0);
  }
  const weights = [
    hours.collateralRefresh + hours.launches,
    hours.webContent + hours.channels,
    hours.demandGeneration,
    hours.research,
  ];
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * marketers);
  const counts = exact.map(Math.floor);
  let left = marketers - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  if (counts[0] === 0) {
    const donor = counts.indexOf(Math.max(...counts));
    counts[donor]! -= 1;
    counts[0] = 1;
  }
  counts.forEach((count, i) => (groups[i]!.count = count));
  return groups.filter((g) => g.count > 0);
}

function withFeedback(structureId: StructureId, seats: Seat[]): OrgChart {
  const ids = new Set(seats.map((seat) => seat.id));
  const pick = (...candidates: string[]) => candidates.find((id) => ids.has(id));
  const seatFor = (ref: FunctionRef): string | undefined => {
    switch (ref) {
      case "ceo":
        return CEO_SEAT_ID;
      case "gtm-leader":
        return pick("gtm-leader");
      case "gtm":
        return pick("generalists", "gtm-hybrid");
      case "sales":
        return pick("sales-head", "ae-managers", "aes", "account-managers");
      case "marketing":
        return pick("marketing-head", "marketing-managers", "product-marketers");
    }
  };
  const parentOf = new Map(seats.map((seat) => [seat.id, seat.reportsTo]));
  const feedbackLines: FeedbackLine[] = [];
  for (const loop of STRUCTURES[structureId].feedbackLoops) {
    const from = seatFor(loop.from);
    const to = seatFor(loop.to);
    // A loop inside one seat group, or along an existing solid line, needs no dotted line.
    if (!from || !to || from === to || parentOf.get(from) === to || parentOf.get(to) === from) continue;
    feedbackLines.push({ from, to, carries: loop.carries });
  }
  return { structureId, seats, feedbackLines };
}
