import { describe, expect, it } from "vitest";
import { mixSeed, mulberry32, normalSampler, randomInt } from "./prng";

describe("prng", () => {
  it("repeats the same stream for the same seed and differs for another seed", () => {
    const first = mulberry32(42);
    const again = mulberry32(42);
    const other = mulberry32(43);
    const a = Array.from({ length: 5 }, first);
    expect(Array.from({ length: 5 }, again)).toEqual(a);
    expect(Array.from({ length: 5 }, other)).not.toEqual(a);
    for (const value of a) expect(value >= 0 && value < 1).toBe(true);
  });

  it("mixSeed is order-sensitive and deterministic", () => {
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });

  it("produces roughly uniform integers and standard normals", () => {
    const random = mulberry32(7);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[randomInt(random, 4)]!++;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
    const normal = normalSampler(mulberry32(9));
    let sum = 0;
    let sumSquares = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const z = normal();
      sum += z;
      sumSquares += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(sumSquares / n - 1)).toBeLessThan(0.03);
  });
});
