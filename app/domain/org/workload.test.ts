import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SALES_MOTIONS } from "./profile";
import {
  arrAtQuarter,
  demandInto,
  emptyDemand,
  totalHoursOf,
  emptyMarketingHours,
  marketingHoursInto,
  newArrInQuarter,
  sellingHoursPerWonDeal,
  SUSTAINABLE_HOURS_PER_QUARTER,
} from "./workload";

const motion = fc.constantFrom(...SALES_MOTIONS);

describe("workload", () => {
  it("sustains 40 h × 12 weeks × 0.8 = 384 hours a quarter per person", () => {
    expect(SUSTAINABLE_HOURS_PER_QUARTER).toBe(384);
  });

  it("compounds ARR growth quarter by quarter", () => {
    expect(arrAtQuarter(1_000_000, 1, 4)).toBeCloseTo(2_000_000);
    const total = [1, 2, 3, 4].reduce((sum, q) => sum + newArrInQuarter(1_000_000, 1, q), 0);
    expect(total).toBeCloseTo(1_000_000);
  });

  it("never gives fewer selling hours for more deals or longer cycles", () => {
    fc.assert(
      fc.property(
        motion,
        fc.double({ min: 1, max: 365, noNaN: true }),
        fc.double({ min: 0, max: 365, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (m, cycle, extra, online) => {
          const perDeal = sellingHoursPerWonDeal(m, cycle, online);
          expect(perDeal).toBeGreaterThan(0);
          expect(sellingHoursPerWonDeal(m, cycle + extra, online)).toBeGreaterThanOrEqual(perDeal);
        },
      ),
    );
  });

  it("needs fewer seller hours when buyers do more of the journey online", () => {
    expect(sellingHoursPerWonDeal("transactional", 60, 0.8)).toBeLessThan(
      sellingHoursPerWonDeal("transactional", 60, 0.2),
    );
  });

  it("never gives fewer marketing hours for faster product change", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        (releases, features, more, items) => {
          const base = {
            releasesPerQuarter: releases,
            featuresPerRelease: features,
            collateralItems: items,
            channels: 3,
            selfServeShare: 0.5,
            opportunities: 50,
          };
          const slow = marketingHoursInto(base, emptyMarketingHours()).total;
          const fast = marketingHoursInto(
            { ...base, releasesPerQuarter: releases + more },
            emptyMarketingHours(),
          ).total;
          expect(fast).toBeGreaterThanOrEqual(slow - 1e-9);
        },
      ),
    );
  });

  it("adds up the marketing breakdown and caps collateral refresh at refreshing everything", () => {
    const hours = marketingHoursInto(
      {
        releasesPerQuarter: 1000,
        featuresPerRelease: 10,
        collateralItems: 10,
        channels: 2,
        selfServeShare: 0,
        opportunities: 0,
      },
      emptyMarketingHours(),
    );
    expect(hours.collateralRefresh).toBeCloseTo(60);
    const sum =
      hours.collateralRefresh +
      hours.launches +
      hours.channels +
      hours.research +
      hours.webContent +
      hours.demandGeneration;
    expect(hours.total).toBeCloseTo(sum);
  });
});

describe("work beyond new business", () => {
  it("takes more seller hours per deal for bigger deals and longer cycles, less than pro rata", () => {
    const base = sellingHoursPerWonDeal("transactional", 60, 0.5, 1, 25_000);
    const bigger = sellingHoursPerWonDeal("transactional", 60, 0.5, 1, 100_000);
    const longer = sellingHoursPerWonDeal("transactional", 120, 0.5, 1, 25_000);
    expect(bigger).toBeGreaterThan(base);
    expect(bigger / base).toBeLessThan(4);
    expect(longer).toBeGreaterThan(base);
  });

  it("adds renewals, expansion and sales engineering to the quarter's work", () => {
    const numbers = {
      motion: "consultative" as const,
      arrToday: 10_000_000,
      growthPerYear: 0.5,
      dealSize: 100_000,
      cycleDays: 120,
      releasesPerQuarter: 4,
      featuresPerRelease: 2,
      selfServeShare: 0.3,
      channels: 3,
      collateralItems: 20,
      gtmHeadcount: 20,
      effortMultiplier: 1,
      marketingEffortMultiplier: 1,
      attainment: 0.7,
      hireFailureRate: 0.275,
    };
    const d = demandInto(numbers, 1, emptyDemand());
    expect(d.accountHours).toBeGreaterThan(0);
    expect(d.engineeringHours).toBeCloseTo(d.sellingHours * 0.5);
    expect(totalHoursOf(d)).toBeCloseTo(
      d.sellingHours + d.accountHours + d.engineeringHours + d.marketing.total,
    );
    const bigger = demandInto({ ...numbers, arrToday: 20_000_000 }, 1, emptyDemand());
    expect(bigger.accountHours).toBeGreaterThan(d.accountHours);
  });
});
