import { describe, expect, it } from "vitest";
import { defaultProfile } from "./profile";
import {
  emptyRampState,
  emptyStaffing,
  headcountOf,
  quarterlyCost,
  repsAfterHiring,
  staffQuarterInto,
} from "./staffing";
import { emptyDemand } from "./workload";

describe("staffing", () => {
  it("starts from a tenured team sized to today's need", () => {
    const ramp = emptyRampState();
    expect(repsAfterHiring(3.2, null, ramp)).toBe(4);
    expect(ramp.effectiveFte).toBe(4);
  });

  it("counts reps hired this or last quarter as half an FTE, so ramp forces hiring ahead", () => {
    const ramp = emptyRampState();
    let reps = repsAfterHiring(2, null, ramp); // 2 tenured
    reps = repsAfterHiring(3, reps, ramp); // need 1 more FTE: 2 ramping hires at 0.5
    expect(reps).toBe(4);
    expect(ramp.effectiveFte).toBe(3);
    reps = repsAfterHiring(3, reps, ramp); // the hires are in their second ramp quarter: still 3 FTE
    expect(reps).toBe(4);
    expect(ramp.effectiveFte).toBe(3);
    reps = repsAfterHiring(4, reps, ramp); // now tenured: 4 FTE, no hire
    expect(reps).toBe(4);
    expect(ramp.effectiveFte).toBe(4);
  });

  it("adds front-line managers at 8.5 reports and makes the leader a VP above them", () => {
    const demand = emptyDemand();
    demand.sellingHours = 384 * 20;
    demand.marketing.total = 384 * 2;
    demand.arr = 3_000_000;
    const s = staffQuarterInto("peers", "transactional", demand, null, emptyRampState(), emptyStaffing());
    expect(s.aes).toBe(20);
    expect(s.aeManagers).toBe(3);
    expect(s.salesHead).toBe(1);
    expect(s.salesHeadIsVp).toBe(1);
    expect(s.marketingHead).toBe(0); // two marketers report to the CEO directly
    expect(headcountOf(s)).toBe(20 + 3 + 1 + 2);
  });

  it("prices a quarter at a quarter of annual salaries", () => {
    const salaries = defaultProfile().salaries;
    const s = { ...emptyStaffing(), aes: 2, marketers: 1, gtmLeader: 1, gtmLeaderIsVp: 1 };
    expect(quarterlyCost("shared-vp", s, salaries)).toBe((2 * salaries.ae + salaries.marketer + salaries.vp) / 4);
  });
});
