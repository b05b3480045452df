import { describe, expect, it } from "vitest";
import { currentInstrument, TRAIT_IDS } from "~/domain/instrument";
import { nextStep } from "./sequence";
import { simulateAttempt, type SimulatedPerson } from "./simulate";
import { restoreStep, storeStep } from "./stored-step";

const version = currentInstrument();
const stamp = "2026-12-06T10:00:00.000Z";

describe("the stored waiting step", () => {
  const person: SimulatedPerson = {
    traits: Object.fromEntries(TRAIT_IDS.map((t) => [t, 0.5])) as SimulatedPerson["traits"],
    balance: 0.3,
  };
  const answers = simulateAttempt(version, "adaptive", 3, person).slice(0, 12);
  const step = nextStep({ version, form: "adaptive", seed: 3 }, answers);

  it("reads back as the very step that was stored, for the state it was stored for", () => {
    expect(step.done).toBe(false);
    expect(restoreStep(version, storeStep(step, stamp), stamp)).toEqual(step);
    const done = { done: true as const, progress: { ...step.progress, fraction: 1 } };
    expect(restoreStep(version, storeStep(done, stamp), stamp)).toEqual(done);
  });

  it("is stale for any other state, and unreadable text or an unknown question is no step", () => {
    const text = storeStep(step, stamp);
    expect(restoreStep(version, text, "2026-12-06T10:00:00.001Z")).toBeNull();
    expect(restoreStep(version, null, stamp)).toBeNull();
    expect(restoreStep(version, "{not json", stamp)).toBeNull();
    const unknown = JSON.stringify({ ...JSON.parse(text), itemId: "no-such-item" });
    expect(restoreStep(version, unknown, stamp)).toBeNull();
  });
});
