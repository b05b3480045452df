/**
 * The validation companies: archetypes assembled from published figures (not real companies),
 * each with the structures published practice accepts for it and, where a combined role is in
 * play, the window in which it should split. docs/org-model.md lists them with their sources.
 * The expectations were written from the sources before the model was run on them.
 */

import type { RelationshipStage } from "../diagnostic";
import { defaultProfile, type CompanyProfile } from "../profile";
import type { StructureId } from "../structures";

export interface ValidationCase {
  id: string;
  description: string;
  profile: CompanyProfile;
  stage: RelationshipStage;
  /** Structures practice accepts for this company; the recommendation must be one of them. */
  accepted: readonly StructureId[];
  /** Quarters within which the combined role should split, when that question applies. */
  splitWindow?: readonly [number, number];
  /** Why these expectations: the sources, in a sentence. */
  sources: string;
}

const base = defaultProfile();
const profile = (overrides: Partial<CompanyProfile>): CompanyProfile => ({ ...base, ...overrides });

export const VALIDATION_CASES: readonly ValidationCase[] = [
  {
    id: "pre-seed-founder",
    description: "Pre-seed, the founder sells and markets alone, $150K ARR, transactional",
    profile: profile({
      stage: "pre-seed",
      gtmHeadcount: 1,
      arr: 150_000,
      arrGrowthPerYear: { low: 1, mode: 1.5, high: 2.5 },
    }),
    stage: "defined",
    accepted: ["solo"],
    splitWindow: [0, 8],
    sources:
      "RoleFit's premise (docs/org-model.md): in a new organization one person may do both jobs. Growing 150% a year from $150K, one person's hours run out within two years.",
  },
  {
    id: "one-person-integrated",
    description: "One person in go-to-market whose teams say they are integrated, $300K ARR",
    profile: profile({ stage: "seed", gtmHeadcount: 1, arr: 300_000 }),
    stage: "integrated",
    accepted: ["solo"],
    sources:
      "A relationship stage cannot create a second leader: with one person there is nothing to make peers of (Kotler, Rackham & Krishnaswamy 2006 describe teams, not one person).",
  },
  {
    id: "seed-three",
    description: "Seed, 3 GTM people, $800K ARR, transactional at the Bridge Group median deal, aligned",
    profile: profile({ gtmHeadcount: 3, arr: 800_000 }),
    stage: "aligned",
    accepted: ["solo", "combined", "marketing-under-sales", "peers"],
    splitWindow: [1, 10],
    sources:
      "Kotler et al.: small companies whose informal ways work need not formalise; Bridge Group 2017: separate SDR/AE/CSM roles are rare below $5M ARR.",
  },
  {
    id: "seed-four",
    description: "Seed, 4 GTM people, $1.5M ARR, transactional, defined",
    profile: profile({ gtmHeadcount: 4, arr: 1_500_000 }),
    stage: "defined",
    accepted: ["combined", "marketing-under-sales", "peers"],
    splitWindow: [1, 8],
    sources:
      "A VP over both functions for four people is a layer with no one to manage; Bridge Group 2017: separate roles from about $5M ARR, which doubling ARR reaches in under two years.",
  },
  {
    id: "plg-seed",
    description: "Seed, self-serve product, 3 GTM people, $1M ARR, $3K deals, buyers do 85% online",
    profile: profile({
      gtmHeadcount: 3,
      arr: 1_000_000,
      salesMotion: "self-serve",
      averageDealSize: { low: 2_000, mode: 3_000, high: 5_000 },
      salesCycleDays: { low: 7, mode: 14, high: 30 },
      selfServeBuyingShare: { low: 0.75, mode: 0.85, high: 0.95 },
    }),
    stage: "defined",
    accepted: ["solo", "combined", "sales-under-marketing", "peers"],
    sources:
      "KBCM: internet-led companies put about 65% of acquisition spend into marketing, so marketing leads or sits beside the CEO; RoleFit's premise: one person may still do both early.",
  },
  {
    id: "consultative-seed",
    description: "Seed, consultative, 6 GTM people, $2M ARR, $60K deals over 150 days",
    profile: profile({
      gtmHeadcount: 6,
      arr: 2_000_000,
      salesMotion: "consultative",
      averageDealSize: { low: 40_000, mode: 60_000, high: 90_000 },
      salesCycleDays: { low: 120, mode: 150, high: 200 },
      arrGrowthPerYear: { low: 0.5, mode: 0.8, high: 1.2 },
    }),
    stage: "defined",
    accepted: ["combined", "marketing-under-sales", "peers"],
    sources:
      "Founder-led consultative sales keep marketing close to the field (Kotler et al.'s stage of marketing supporting sales); a VP over six people is premature.",
  },
  {
    id: "series-a-transactional",
    description: "Series A, transactional, 14 GTM people, $5M ARR, growing 80%",
    profile: profile({
      stage: "series-a",
      gtmHeadcount: 14,
      arr: 5_000_000,
      arrGrowthPerYear: { low: 0.5, mode: 0.8, high: 1.1 },
    }),
    stage: "defined",
    accepted: ["marketing-under-sales", "peers", "shared-vp"],
    sources:
      "Bridge Group 2017: separate roles appear at $5M ARR, so one generalist team no longer fits; Pave/SaaStr: at about 40 employees the marketing leader reports to the CEO in 81% of companies.",
  },
  {
    id: "series-a-consultative",
    description: "Series A, consultative, 12 GTM people, $4M ARR, $80K deals over 120 days",
    profile: profile({
      stage: "series-a",
      gtmHeadcount: 12,
      arr: 4_000_000,
      salesMotion: "consultative",
      averageDealSize: { low: 60_000, mode: 80_000, high: 120_000 },
      salesCycleDays: { low: 90, mode: 120, high: 180 },
    }),
    stage: "defined",
    accepted: ["marketing-under-sales", "peers", "shared-vp"],
    sources:
      "Long deals need seller-centred leadership (Kotler et al.); marketing reporting to sales or to the CEO are both common at this size (Pave/SaaStr).",
  },
  {
    id: "series-b-consultative-integrated",
    description: "Series B, consultative, 45 GTM people, $20M ARR, fast product change, integrated teams",
    profile: profile({
      stage: "series-b",
      gtmHeadcount: 45,
      arr: 20_000_000,
      salesMotion: "consultative",
      averageDealSize: { low: 70_000, mode: 100_000, high: 150_000 },
      salesCycleDays: { low: 120, mode: 150, high: 210 },
      releasesPerQuarter: { low: 6, mode: 10, high: 14 },
      featuresPerRelease: { low: 2, mode: 3, high: 5 },
    }),
    stage: "integrated",
    accepted: ["shared-vp", "marketing-under-sales"],
    sources:
      "Kotler et al.: complex, fast-changing businesses with long cycles that reach integration are best served by one revenue leader over both functions.",
  },
  {
    id: "series-b-transactional",
    description: "Series B, transactional, 40 GTM people, $15M ARR, growing 60%, defined",
    profile: profile({
      stage: "series-b",
      gtmHeadcount: 40,
      arr: 15_000_000,
      arrGrowthPerYear: { low: 0.4, mode: 0.6, high: 0.9 },
    }),
    stage: "defined",
    accepted: ["peers", "shared-vp", "marketing-under-sales"],
    sources:
      "Pave/SaaStr: at 51–500 employees the marketing leader reports to the CEO in 65–74% of companies; the rest mostly under a sales or revenue leader.",
  },
  {
    id: "growth-hybrid",
    description: "Growth, transactional with a strong online journey, 60 GTM people, $30M ARR, aligned",
    profile: profile({
      stage: "growth",
      gtmHeadcount: 60,
      arr: 30_000_000,
      arrGrowthPerYear: { low: 0.3, mode: 0.45, high: 0.6 },
      selfServeBuyingShare: { low: 0.5, mode: 0.6, high: 0.7 },
      marketingChannels: 6,
      collateralItems: 80,
    }),
    stage: "aligned",
    accepted: ["peers", "shared-vp", "sales-under-marketing"],
    sources:
      "Pave/SaaStr: 65–74% of marketing leaders report to the CEO at this size; a CRO over both is the common alternative; a strong online journey makes marketing-led sales plausible (KBCM).",
  },
  {
    id: "self-serve-50m",
    description: "Self-serve at $50M ARR with 80 GTM people, $6K deals, buyers do 85% online",
    profile: profile({
      stage: "growth",
      gtmHeadcount: 80,
      arr: 50_000_000,
      salesMotion: "self-serve",
      averageDealSize: { low: 4_000, mode: 6_000, high: 9_000 },
      salesCycleDays: { low: 7, mode: 21, high: 30 },
      arrGrowthPerYear: { low: 0.25, mode: 0.4, high: 0.6 },
      selfServeBuyingShare: { low: 0.75, mode: 0.85, high: 0.95 },
      marketingChannels: 8,
      collateralItems: 120,
    }),
    stage: "defined",
    accepted: ["sales-under-marketing", "peers", "shared-vp"],
    sources:
      "KBCM: internet-led companies spend about 65% of acquisition on marketing; Pave/SaaStr: most marketing leaders still report to the CEO.",
  },
  {
    id: "enterprise-80m",
    description: "Enterprise at $80M ARR with 200 GTM people, $150K deals over 150 days",
    profile: profile({
      stage: "growth",
      gtmHeadcount: 200,
      arr: 80_000_000,
      salesMotion: "consultative",
      averageDealSize: { low: 100_000, mode: 150_000, high: 250_000 },
      salesCycleDays: { low: 120, mode: 150, high: 240 },
      arrGrowthPerYear: { low: 0.25, mode: 0.35, high: 0.5 },
      selfServeBuyingShare: { low: 0.2, mode: 0.3, high: 0.4 },
      marketingChannels: 8,
      collateralItems: 150,
    }),
    stage: "defined",
    accepted: ["shared-vp", "peers", "marketing-under-sales"],
    sources:
      "Separate functions under a CRO or as peers; Alexander Group spans (8.5 reps per manager) need layers a single person or generalist team cannot give.",
  },
];
