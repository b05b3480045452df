import { describe, expect, it } from "vitest";
import { currentInstrument, TRAIT_IDS, versionItems, type TraitId } from "~/domain/instrument";
import { mulberry32, normalSampler } from "~/domain/psychometrics";
import { decideAnswer } from "./answer-rules";
import { answerLabel } from "./answers";
import { nextStep } from "./sequence";
import { scoreAttempt } from "./scoring";
import { simulateAttempt, type SimulatedPerson } from "./simulate";

const version = currentInstrument();

function person(seed: number): SimulatedPerson {
  const normal = normalSampler(mulberry32(seed));
  const traits = Object.fromEntries(TRAIT_IDS.map((t) => [t, normal()])) as Record<TraitId, number>;
  return { traits, balance: normal() };
}

describe("the adaptive attempt", () => {
  it("ends within the screen cap, never repeats an item, and includes every fixed screen", () => {
    for (let s = 1; s <= 5; s++) {
      const answers = simulateAttempt(version, "adaptive", 1000 + s, person(s));
      const ids = answers.map((a) => a.itemId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(answers.length).toBeLessThanOrEqual(version.forms.adaptive.maxScreens);
      for (const fixed of version.forms.adaptive.fixed) expect(ids).toContain(fixed.itemId);
    }
  });

  it("is fully determined by the answers so far and the seed (an attempt resumes exactly)", () => {
    const answers = simulateAttempt(version, "adaptive", 77, person(7));
    for (const cut of [0, 5, 20, 41]) {
      const a = nextStep({ version, form: "adaptive", seed: 77 }, answers.slice(0, cut));
      const b = nextStep(
        { version, form: "adaptive", seed: 77 },
        answers.slice(0, cut).map((x) => ({ ...x })),
      );
      if (a.done || b.done) throw new Error("the attempt ended too early");
      expect(a.screen.item.id).toBe(answers[cut]!.itemId);
      expect(b.screen.item.id).toBe(a.screen.item.id);
    }
  });

  it("estimates progress that ends at 100% and a time left that falls to zero", () => {
    const answers = simulateAttempt(version, "adaptive", 5, person(5));
    const start = nextStep({ version, form: "adaptive", seed: 5 }, []);
    const end = nextStep({ version, form: "adaptive", seed: 5 }, answers);
    expect(start.progress.fraction).toBe(0);
    expect(start.progress.secondsLeft).toBeGreaterThan(8 * 60);
    expect(start.progress.secondsLeft).toBeLessThanOrEqual(15 * 60);
    expect(end.done).toBe(true);
    expect(end.progress.fraction).toBe(1);
    expect(end.progress.secondsLeft).toBe(0);
  });

  it("scores every trait with an SE near the target and ranks strong and weak sides correctly", () => {
    const p = person(3);
    p.traits["rejection-resilience"] = 1.8;
    p.traits["creative-ideation"] = -1.8;
    const answers = simulateAttempt(version, "adaptive", 3, p);
    const scores = scoreAttempt(version, answers);
    for (const t of TRAIT_IDS) expect(scores.traits[t].se).toBeLessThan(0.45);
    expect(scores.traits["rejection-resilience"].theta).toBeGreaterThan(0.8);
    expect(scores.traits["creative-ideation"].theta).toBeLessThan(-0.8);
    expect(scores.traits["rejection-resilience"].percentile).toBeGreaterThan(75);
    expect(scores.forcedChoiceBalance?.answered).toBe(
      version.forms.adaptive.fixed.filter((f) => f.format === "forced-choice").length,
    );
    expect(scores.calibration).toBe("provisional");
  });
});

describe("the short form", () => {
  it("serves its screens in order and ends after the last", () => {
    const answers = simulateAttempt(version, "short", 9, person(9));
    expect(answers.map((a) => a.itemId)).toEqual(version.forms.short.screens.map((s) => s.itemId));
  });
});

describe("decideAnswer", () => {
  const seed = 42;
  const answers = simulateAttempt(version, "adaptive", seed, person(42)).slice(0, 10);
  const state = { version, form: "adaptive" as const, seed, answers, completed: false };
  const waiting = nextStep({ version, form: "adaptive", seed }, answers);
  if (waiting.done) throw new Error("unexpected");
  const waitingItem = waiting.screen.item;
  const validValue =
    waitingItem.format === "forced-choice"
      ? "sales"
      : waitingItem.format === "situational"
        ? waitingItem.options[0]!.id
        : "3";

  it("accepts an answer to the waiting question", () => {
    expect(decideAnswer(state, { itemId: waitingItem.id, value: validValue, mode: "next" })).toMatchObject({
      kind: "insert",
      itemId: waitingItem.id,
    });
  });
  it("treats a replayed post as a no-op and a conflicting one as a stale page", () => {
    const first = answers[3]!;
    expect(decideAnswer(state, { itemId: first.itemId, value: String(first.raw), mode: "next" })).toEqual({
      kind: "unchanged",
    });
    const other =
      typeof first.raw === "number"
        ? String((first.raw + 1) % 5)
        : first.raw === "sales"
          ? "marketing"
          : "sales";
    expect(decideAnswer(state, { itemId: first.itemId, value: other, mode: "next" })).toMatchObject({
      kind: "reject",
      status: 409,
    });
  });
  it("refuses an item that was not served, an unknown item and an out-of-range value", () => {
    const notServed = version.items.likert.find(
      (i) => i.id !== waitingItem.id && !answers.some((a) => a.itemId === i.id),
    )!;
    expect(decideAnswer(state, { itemId: notServed.id, value: "2", mode: "next" })).toMatchObject({
      kind: "reject",
      status: 409,
    });
    expect(decideAnswer(state, { itemId: "zz-99", value: "2", mode: "next" })).toMatchObject({
      kind: "reject",
      status: 400,
    });
    expect(decideAnswer(state, { itemId: waitingItem.id, value: "7", mode: "next" })).toMatchObject({
      kind: "reject",
      status: 400,
    });
    expect(decideAnswer(state, { itemId: waitingItem.id, value: ["1"], mode: "next" })).toMatchObject({
      kind: "reject",
      status: 400,
    });
  });
  it("lets only the most recent answer be changed", () => {
    const last = answers.at(-1)!;
    const changed =
      typeof last.raw === "number"
        ? String((last.raw + 2) % 5)
        : last.raw === "sales"
          ? "marketing"
          : "sales";
    expect(decideAnswer(state, { itemId: last.itemId, value: changed, mode: "change" })).toMatchObject({
      kind: "update",
    });
    expect(decideAnswer(state, { itemId: answers[2]!.itemId, value: "1", mode: "change" })).toMatchObject({
      kind: "reject",
      status: 409,
    });
  });
  it("refuses any post to a completed attempt", () => {
    expect(
      decideAnswer(
        { ...state, completed: true },
        { itemId: waitingItem.id, value: validValue, mode: "next" },
      ),
    ).toMatchObject({ kind: "reject", status: 409 });
  });
});

describe("answerLabel", () => {
  const items = versionItems(currentInstrument());
  const of = (format: string) => items.find((i) => i.format === format)!;
  it("gives the words a person chose, not the stored index", () => {
    expect(answerLabel(of("likert"), "0")).toBe("Strongly disagree");
    expect(answerLabel(of("likert"), "3")).toBe("Agree");
    const pair = of("forced-choice");
    if (pair.format !== "forced-choice") throw new Error("no pair");
    expect(answerLabel(pair, "marketing")).toBe(pair.options.find((o) => o.side === "marketing")!.text);
    const scenario = of("situational");
    if (scenario.format !== "situational") throw new Error("no scenario");
    expect(answerLabel(scenario, scenario.options[1]!.id)).toBe(scenario.options[1]!.text);
  });
  it("is null for an answer the item cannot have", () => {
    expect(answerLabel(of("likert"), "7")).toBeNull();
    expect(answerLabel(of("forced-choice"), "3")).toBeNull();
  });
});
