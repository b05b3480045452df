import { describe, expect, it } from "vitest";
import {
  BENCHMARKS,
  channelCount,
  defaultProfile,
  formatSource,
  modeOf,
  PROFILE_DEFAULTS,
  profileProblems,
  withMode,
} from "./profile";

describe("company profile defaults", () => {
  it("gives every input a value, a source and a confidence the UI can show", () => {
    for (const [key, entry] of Object.entries(PROFILE_DEFAULTS)) {
      expect(entry.source, key).not.toBe("");
      expect(["H", "M", "L"], key).toContain(entry.confidence);
    }
    expect(formatSource(PROFILE_DEFAULTS.averageDealSize)).toBe("source: Bridge Group 2017 (H)");
    expect(formatSource(BENCHMARKS.repsPerFrontLineManager)).toBe("source: Alexander Group ~2012 (M)");
  });

  it("uses the benchmark table's medians for deal size and cycle", () => {
    const profile = defaultProfile();
    expect(modeOf(profile.averageDealSize)).toBe(25_000);
    expect(modeOf(profile.salesCycleDays)).toBe(60);
    expect(BENCHMARKS.aesPerSdrUnder25m.value).toBe(2.1);
  });

  it("is valid and returns a fresh copy each time", () => {
    const a = defaultProfile();
    expect(profileProblems(a)).toEqual([]);
    a.salaries.ae = 1;
    expect(defaultProfile().salaries.ae).not.toBe(1);
  });

  it("reports impossible inputs instead of modelling nonsense", () => {
    const profile = { ...defaultProfile(), gtmHeadcount: 0, averageDealSize: { low: 10, mode: 5, high: 20 } };
    const problems = profileProblems(profile);
    expect(problems.some((p) => p.includes("gtmHeadcount"))).toBe(true);
    expect(problems.some((p) => p.includes("averageDealSize"))).toBe(true);
  });

  it("accepts channels as a count or a list, and keeps ranges ordered when the mode moves", () => {
    expect(channelCount({ marketingChannels: ["seo", "email"] })).toBe(2);
    expect(channelCount({ marketingChannels: 4 })).toBe(4);
    expect(withMode({ low: 10, mode: 20, high: 30 }, 50)).toEqual({ low: 10, mode: 50, high: 50 });
    expect(withMode(7, 9)).toBe(9);
  });
});
