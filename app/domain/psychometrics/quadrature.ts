/**
 * The N(0,1) prior on equally spaced nodes, shared by EAP scoring, adaptive testing and
 * calibration so that a person scored by any of them gets the same θ̂ for the same answers.
 */

export interface Quadrature {
  readonly nodes: Float64Array;
  /** log φ(X_q) minus its log-sum-exp, i.e. normalised log weights. */
  readonly logWeights: Float64Array;
}

export const DEFAULT_NODE_COUNT = 61;
export const DEFAULT_RANGE = 6;

const cache = new Map<string, Quadrature>();

/** Equally spaced nodes on [−range, range] with weights ∝ φ(X); cached because it is immutable. */
export function normalQuadrature(nodeCount = DEFAULT_NODE_COUNT, range = DEFAULT_RANGE): Quadrature {
  if (!Number.isInteger(nodeCount) || nodeCount < 3)
    throw new RangeError("a quadrature needs at least 3 nodes");
  const key = `${nodeCount}:${range}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const nodes = new Float64Array(nodeCount);
  const logWeights = new Float64Array(nodeCount);
  const step = (2 * range) / (nodeCount - 1);
  let total = 0;
  for (let q = 0; q < nodeCount; q++) {
    nodes[q] = -range + q * step;
    logWeights[q] = -0.5 * nodes[q]! * nodes[q]!;
    total += Math.exp(logWeights[q]!);
  }
  const logTotal = Math.log(total);
  for (let q = 0; q < nodeCount; q++) logWeights[q]! -= logTotal;
  const quadrature = Object.freeze({ nodes, logWeights });
  cache.set(key, quadrature);
  return quadrature;
}
