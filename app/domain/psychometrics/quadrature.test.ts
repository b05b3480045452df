import { describe, expect, it } from "vitest";
import { normalQuadrature } from "./quadrature";

describe("quadrature", () => {
  it("uses at least 61 nodes on [−6, 6] with normalised N(0,1) log weights", () => {
    const quadrature = normalQuadrature();
    expect(quadrature.nodes.length).toBe(61);
    expect(quadrature.nodes[0]).toBe(-6);
    expect(quadrature.nodes[60]).toBeCloseTo(6, 12);
    const total = Array.from(quadrature.logWeights).reduce((s, w) => s + Math.exp(w), 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it("is cached and rejects too few nodes", () => {
    expect(normalQuadrature()).toBe(normalQuadrature(61, 6));
    expect(() => normalQuadrature(2)).toThrow();
  });
});
