import { describe, expect, it } from "vitest";
import { inArrivalOrder, keysInFlight } from "./arrival-order.server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("inArrivalOrder", () => {
  it("runs work for one key in the order it arrived, even when the first is the slowest", async () => {
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await sleep(ms);
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      inArrivalOrder("attempt-1", task("first", 30)),
      inArrivalOrder("attempt-1", task("second", 1)),
      inArrivalOrder("attempt-1", task("third", 1)),
    ]);
    expect(results).toEqual(["first", "second", "third"]);
    expect(events).toEqual([
      "first start",
      "first end",
      "second start",
      "second end",
      "third start",
      "third end",
    ]);
    await sleep(0);
    expect(keysInFlight()).toBe(0);
  });

  it("does not hold up work for another key", async () => {
    const events: string[] = [];
    await Promise.all([
      inArrivalOrder("attempt-a", async () => {
        await sleep(30);
        events.push("a");
      }),
      inArrivalOrder("attempt-b", async () => {
        events.push("b");
      }),
    ]);
    expect(events).toEqual(["b", "a"]);
  });

  it("runs the next work after a failure, and the failure reaches only its own caller", async () => {
    const failing = inArrivalOrder("attempt-2", async () => {
      await sleep(5);
      throw new Error("refused");
    });
    const next = inArrivalOrder("attempt-2", async () => "saved");
    await expect(failing).rejects.toThrow("refused");
    await expect(next).resolves.toBe("saved");
    await sleep(0);
    expect(keysInFlight()).toBe(0);
  });
});
