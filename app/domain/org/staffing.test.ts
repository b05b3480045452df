import { describe, expect, it } from "vitest";
import { defaultProfile } from "./profile";
import {
  anchorStaffingInto,
  emptyRampState,
  emptyStaffing,
  headcountOf,
  quarterlyCost,
  repsAfterHiring,
  staffQuarterInto,
  todayTeam,
} from "./staffing";
import { emptyDemand } from "./workload";

const numbers = { motion: "transactional" as const, attainment: 1, hireFailureRate: 0 };

describe("staffing", () => {
  it("starts from a tenured team sized to today's need", () => {
    const ramp = emptyRampState();
    expect(repsAfterHiring(3.2, null, ramp)).toBe(4);
    expect(ramp.effectiveFte).toBe(4);
  });

  it("counts reps still ramping as half an FTE, so ramp forces hiring ahead", () => {
    const ramp = emptyRampState();
    let reps = repsAfterHiring(2, null, ramp); // 2 tenured
    reps = repsAfterHiring(3, reps, ramp, 2); // need 1 more FTE: 2 ramping hires at 0.5
    expect(reps).toBe(4);
    expect(ramp.effectiveFte).toBe(3);
    reps = repsAfterHiring(3, reps, ramp, 2); // second ramp quarter: still 3 FTE
    expect(reps).toBe(4);
    expect(ramp.effectiveFte).toBe(3);
    reps = repsAfterHiring(4, reps, ramp, 2); // now tenured: 4 FTE, no hire
    expect(reps).toBe(4);
    expect(ramp.effectiveFte).toBe(4);
  });

  it("ramps longer in consultative selling and hires more when hires fail", () => {
    const short = emptyRampState();
    const long = emptyRampState();
    let a = repsAfterHiring(2, null, short);
    let b = repsAfterHiring(2, null, long);
    a = repsAfterHiring(3, a, short, 1);
    b = repsAfterHiring(3, b, long, 3);
    // The third quarter's results are read from the ramp states below.
    repsAfterHiring(3, a, short, 1);
    repsAfterHiring(3, b, long, 3);
    expect(short.effectiveFte).toBeGreaterThan(long.effectiveFte - 1e-9);
    const failing = emptyRampState();
    const sure = emptyRampState();
    const withFailure = repsAfterHiring(4, repsAfterHiring(2, null, failing), failing, 2, 0.3);
    const without = repsAfterHiring(4, repsAfterHiring(2, null, sure), sure, 2, 0);
    expect(withFailure).toBeGreaterThan(without);
  });

  it("keeps the team the founder entered in quarter 0 and fills the leader seats from its managers", () => {
    const team = { sellers: 4, sdrs: 1, accountManagers: 2, salesEngineers: 0, marketers: 3, managers: 2 };
    const s = anchorStaffingInto("shared-vp", team, emptyRampState(), emptyStaffing());
    expect(headcountOf(s)).toBe(12);
    expect(s.gtmLeader).toBe(1);
    expect(s.aes).toBe(4);
    expect(s.accountManagers).toBe(2);
    expect(headcountOf(anchorStaffingInto("peers", team, emptyRampState(), emptyStaffing()))).toBe(12);
    expect(headcountOf(anchorStaffingInto("combined", team, emptyRampState(), emptyStaffing()))).toBe(12);
  });

  it("shares out the people not entered by today's hours and adds up to the headcount", () => {
    const demand = emptyDemand();
    demand.sellingHours = 384 * 3;
    demand.accountHours = 384;
    demand.marketing.total = 384 * 2;
    const team = todayTeam(
      { gtmHeadcount: 8, team: { marketers: 1 }, salesMotion: "transactional", arr: 2_000_000 },
      demand,
    );
    expect(team.marketers).toBe(1);
    expect(Object.values(team).reduce((a, b) => a + b, 0)).toBe(8);
    expect(team.sellers).toBeGreaterThan(team.accountManagers);
  });

  it("adds front-line managers at 8.5 reports and makes the head a VP above them", () => {
    const demand = emptyDemand();
    demand.sellingHours = 384 * 20;
    demand.marketing.total = 384 * 2;
    demand.arr = 3_000_000;
    const start = anchorStaffingInto(
      "peers",
      { sellers: 20, sdrs: 0, accountManagers: 0, salesEngineers: 0, marketers: 2, managers: 0 },
      emptyRampState(),
      emptyStaffing(),
    );
    const s = staffQuarterInto("peers", numbers, demand, start, emptyRampState(), emptyStaffing());
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
    expect(quarterlyCost("shared-vp", s, salaries)).toBe(
      (2 * salaries.ae + salaries.marketer + salaries.vp) / 4,
    );
  });
});
