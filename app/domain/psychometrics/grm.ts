/**
 * Samejima's graded response model, logistic, D = 1.
 *
 * Everything is computed from log-sigmoids so that θ = ±50, steep items and long tests never
 * produce 0/0 or log(0). The key identity: for adjacent boundaries x_k > x_(k+1),
 *   σ(x_k) − σ(x_(k+1)) = σ(x_k) · σ(−x_(k+1)) · (1 − e^(−(x_k − x_(k+1))))
 * and x_k − x_(k+1) = a(b_(k+1) − b_k) does not depend on θ, so the cancellation-prone
 * difference of two probabilities near 1 is never formed.
 */

export interface GrmItem {
  /** Discrimination, > 0. */
  a: number;
  /** K − 1 strictly increasing thresholds for categories 0..K−1. */
  b: readonly number[];
}

/** log(1 + e^z) without overflow for large z or loss of precision for very negative z. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** log σ(x) = −log(1 + e^(−x)). */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** log(1 − e^(−d)) for d > 0; expm1 keeps precision when d is tiny (nearly equal thresholds). */
function logOneMinusExpNeg(d: number): number {
  return d < Math.LN2 ? Math.log(-Math.expm1(-d)) : Math.log1p(-Math.exp(-d));
}

export function categoryCount(item: GrmItem): number {
  return item.b.length + 1;
}

/** Throws if an item could not define probabilities: the model needs a > 0 and ordered thresholds. */
export function assertValidItem(item: GrmItem, label = "item"): void {
  if (!(Number.isFinite(item.a) && item.a > 0)) throw new RangeError(`${label}: a must be a positive number`);
  if (item.b.length < 1) throw new RangeError(`${label}: needs at least one threshold`);
  for (let k = 0; k < item.b.length; k++) {
    if (!Number.isFinite(item.b[k])) throw new RangeError(`${label}: thresholds must be finite`);
    if (k > 0 && !(item.b[k]! > item.b[k - 1]!))
      throw new RangeError(`${label}: thresholds must be strictly increasing`);
  }
}

/**
 * Per-category constants log(1 − e^(−a(b_(k+1) − b_k))) for the middle categories; they are the
 * only θ-free part of the log probabilities, so tables and loops compute them once per item.
 */
export function thresholdGapTerms(item: GrmItem): Float64Array {
  const terms = new Float64Array(item.b.length + 1);
  for (let k = 1; k < item.b.length; k++)
    terms[k] = logOneMinusExpNeg(item.a * (item.b[k]! - item.b[k - 1]!));
  return terms;
}

/** log P_k(θ) for one category, reusing precomputed gap terms. */
export function logCategoryProbabilityWith(
  item: GrmItem,
  gapTerms: Float64Array,
  category: number,
  theta: number,
): number {
  const last = item.b.length;
  const { a, b } = item;
  if (category === 0) return logSigmoid(-a * (theta - b[0]!));
  if (category === last) return logSigmoid(a * (theta - b[last - 1]!));
  return (
    logSigmoid(a * (theta - b[category - 1]!)) + logSigmoid(-a * (theta - b[category]!)) + gapTerms[category]!
  );
}

export function logCategoryProbability(item: GrmItem, category: number, theta: number): number {
  if (!Number.isInteger(category) || category < 0 || category > item.b.length) {
    throw new RangeError(`category ${category} is outside 0..${item.b.length}`);
  }
  return logCategoryProbabilityWith(item, thresholdGapTerms(item), category, theta);
}

/** log P_0..log P_(K−1) at θ. */
export function logCategoryProbabilities(item: GrmItem, theta: number): number[] {
  const gaps = thresholdGapTerms(item);
  const result: number[] = [];
  for (let k = 0; k <= item.b.length; k++) result.push(logCategoryProbabilityWith(item, gaps, k, theta));
  return result;
}

/** P_0..P_(K−1) at θ; they sum to 1 up to rounding. */
export function categoryProbabilities(item: GrmItem, theta: number): number[] {
  return logCategoryProbabilities(item, theta).map(Math.exp);
}

/** Cumulative boundary probabilities P*_0 = 1, P*_1..P*_(K−1), P*_K = 0. */
function boundaryProbabilities(item: GrmItem, theta: number): number[] {
  const stars = [1];
  for (const threshold of item.b) stars.push(sigmoid(item.a * (theta - threshold)));
  stars.push(0);
  return stars;
}

/**
 * Fisher information I(θ) = Σ_k (P'_k)² / P_k, written as a² Σ_k P_k (1 − P*_k − P*_(k+1))²
 * because d log P_k / dθ = a(1 − P*_k − P*_(k+1)); this form has no division and therefore no
 * 0/0 when a category probability underflows far from the thresholds.
 */
export function itemInformation(item: GrmItem, theta: number): number {
  const stars = boundaryProbabilities(item, theta);
  const gaps = thresholdGapTerms(item);
  let sum = 0;
  for (let k = 0; k <= item.b.length; k++) {
    const slope = 1 - stars[k]! - stars[k + 1]!;
    sum += Math.exp(logCategoryProbabilityWith(item, gaps, k, theta)) * slope * slope;
  }
  return item.a * item.a * sum;
}

export function testInformation(items: readonly GrmItem[], theta: number): number {
  let total = 0;
  for (const item of items) total += itemInformation(item, theta);
  return total;
}

/** Standard error implied by test information, SE ≈ 1/√I (Infinity when there is no information). */
export function informationStandardError(information: number): number {
  return information > 0 ? 1 / Math.sqrt(information) : Number.POSITIVE_INFINITY;
}

/** Draws a category by inverse CDF; used by simulations. */
export function sampleCategory(item: GrmItem, theta: number, uniform: number): number {
  const probabilities = categoryProbabilities(item, theta);
  let cumulative = 0;
  for (let k = 0; k < probabilities.length - 1; k++) {
    cumulative += probabilities[k]!;
    if (uniform < cumulative) return k;
  }
  return probabilities.length - 1;
}
