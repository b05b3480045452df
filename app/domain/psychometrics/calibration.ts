/**
 * Marginal maximum-likelihood calibration of graded-response items by Bock–Aitkin EM.
 *
 * Decisions (see the README design notes):
 * - θ ~ N(0,1) on the shared quadrature (61 nodes on [−6, 6], as mirt's default), which fixes the
 *   scale; a missing response is "not administered" and simply leaves the person's likelihood.
 * - The M-step works in slope–intercept form x_k = aθ + d_k (b_k = −d_k/a) with Fisher scoring and
 *   step halving: a step is shortened until a stays positive, the intercepts stay strictly
 *   decreasing (thresholds strictly increasing) and the item's expected log-likelihood does not drop.
 * - Convergence: the marginal log-likelihood changes by less than `tolerance` (absolute, default
 *   1e-6) between EM cycles. The reported logLik belongs exactly to the reported parameters.
 * - A category nobody used has no identifiable threshold, so it is collapsed into the next lower
 *   used category (the lowest into the next higher one); `usedCategories` records which raw
 *   categories the model categories stand for, and `toModelCategory` maps any raw answer.
 * - An item answered in only one category carries no information about θ: calibration throws.
 */
import { summarisePosterior } from "./eap";
import { type GrmItem, logCategoryProbabilityWith, logSigmoid, thresholdGapTerms } from "./grm";
import { solveLinearSystem } from "./linear-algebra";
import { normalQuadrature, type Quadrature } from "./quadrature";

export type RawResponse = number | null | undefined;

export interface CalibrationOptions {
  /** Raw categories per item are 0..categories[j]−1; default: 0..largest observed. */
  categories?: readonly number[];
  quadrature?: Quadrature;
  maxIterations?: number;
  tolerance?: number;
}

export interface CalibratedItem extends GrmItem {
  /** Raw categories that were observed, ascending; model category m stands for usedCategories[m]. */
  usedCategories: number[];
  /** Number of people who answered the item. */
  n: number;
}

export interface CalibrationResult {
  items: CalibratedItem[];
  converged: boolean;
  iterations: number;
  logLik: number;
  /** People with at least one answer (the others carry no information and are skipped). */
  nPersons: number;
}

export const CALIBRATION_DEFAULTS = { maxIterations: 2000, tolerance: 1e-6 } as const;

/**
 * The slope is kept inside these limits: with tiny samples or a perfectly separating item the
 * likelihood keeps rising as a → ∞, and a bounded estimate that callers can flag beats an overflow.
 */
export const CALIBRATION_SLOPE_LIMITS = { min: 1e-3, max: 50 } as const;
const MIN_SLOPE = CALIBRATION_SLOPE_LIMITS.min;
const MAX_SLOPE = CALIBRATION_SLOPE_LIMITS.max;

/** Maps a raw answer to the model category after collapsing unused categories downwards. */
export function toModelCategory(usedCategories: readonly number[], raw: number): number {
  let count = 0;
  for (const used of usedCategories) if (used <= raw) count++;
  return Math.max(count - 1, 0);
}

interface ItemWork {
  a: number;
  /** Intercepts d_1 > … > d_(K−1). */
  d: number[];
  categories: number;
  /** Expected counts r[k·Q + q] from the last E-step. */
  expected: Float64Array;
}

function asGrmItem(work: Pick<ItemWork, "a" | "d">): GrmItem {
  return { a: work.a, b: work.d.map((d) => -d / work.a) };
}

function logProbabilityTableFor(
  a: number,
  d: readonly number[],
  quadrature: Quadrature,
  into: Float64Array,
): void {
  const item = asGrmItem({ a, d: [...d] });
  const gaps = thresholdGapTerms(item);
  const nodeCount = quadrature.nodes.length;
  for (let k = 0; k <= d.length; k++) {
    for (let q = 0; q < nodeCount; q++)
      into[k * nodeCount + q] = logCategoryProbabilityWith(item, gaps, k, quadrature.nodes[q]!);
  }
}

function validParameters(a: number, d: readonly number[]): boolean {
  if (!(a >= MIN_SLOPE && a <= MAX_SLOPE)) return false;
  for (let k = 0; k < d.length; k++) {
    if (!Number.isFinite(d[k]!)) return false;
    if (k > 0 && !(d[k]! < d[k - 1]!)) return false;
  }
  return true;
}

/** Σ_q Σ_k r_kq log P_k(X_q): the item's part of the EM objective. */
function expectedLogLik(
  a: number,
  d: readonly number[],
  expected: Float64Array,
  quadrature: Quadrature,
  scratch: Float64Array,
): number {
  logProbabilityTableFor(a, d, quadrature, scratch);
  let sum = 0;
  for (let i = 0; i < expected.length; i++) if (expected[i]! > 0) sum += expected[i]! * scratch[i]!;
  return sum;
}

/**
 * One item's M-step: Fisher scoring on (a, d). The expected information is used instead of the
 * observed Hessian because it is always positive semi-definite, so every step is an ascent direction.
 */
function maximiseItem(work: ItemWork, quadrature: Quadrature, scratch: Float64Array): void {
  const nodeCount = quadrature.nodes.length;
  const thresholds = work.categories - 1;
  const size = thresholds + 1;
  const boundary = new Float64Array(work.categories + 1);
  const derivative = new Float64Array(size);
  const gradient = new Array<number>(size);
  const information = Array.from({ length: size }, () => new Array<number>(size));
  let current = expectedLogLik(work.a, work.d, work.expected, quadrature, scratch);
  for (let iteration = 0; iteration < 25; iteration++) {
    gradient.fill(0);
    for (const row of information) row.fill(0);
    const item = asGrmItem(work);
    const gaps = thresholdGapTerms(item);
    for (let q = 0; q < nodeCount; q++) {
      const theta = quadrature.nodes[q]!;
      let total = 0;
      for (let k = 0; k < work.categories; k++) total += work.expected[k * nodeCount + q]!;
      if (total <= 0) continue;
      // W_k = P*_k(1 − P*_k) computed in logs; W_0 = W_K = 0.
      boundary[0] = 0;
      boundary[work.categories] = 0;
      for (let k = 1; k < work.categories; k++) {
        const x = work.a * theta + work.d[k - 1]!;
        boundary[k] = Math.exp(logSigmoid(x) + logSigmoid(-x));
      }
      for (let k = 0; k < work.categories; k++) {
        const probability = Math.exp(logCategoryProbabilityWith(item, gaps, k, theta));
        if (probability < 1e-300) continue;
        // ∂P_k/∂η for η = (a, d_1..d_(K−1)); at most three entries are non-zero.
        derivative.fill(0);
        derivative[0] = theta * (boundary[k]! - boundary[k + 1]!);
        if (k >= 1) derivative[k] = boundary[k]!;
        if (k + 1 <= thresholds) derivative[k + 1] = -boundary[k + 1]!;
        const observed = work.expected[k * nodeCount + q]!;
        const low = Math.max(1, k);
        const high = Math.min(thresholds, k + 1);
        const weight = total / probability;
        gradient[0]! += (observed * derivative[0]!) / probability;
        information[0]![0]! += weight * derivative[0]! * derivative[0]!;
        for (let m = low; m <= high; m++) {
          gradient[m]! += (observed * derivative[m]!) / probability;
          information[0]![m]! += weight * derivative[0]! * derivative[m]!;
          information[m]![0]! += weight * derivative[m]! * derivative[0]!;
          for (let n = low; n <= high; n++) information[m]![n]! += weight * derivative[m]! * derivative[n]!;
        }
      }
    }
    let step = solveLinearSystem(information, gradient);
    if (!step) step = gradient.map((g) => g * 1e-3);
    let scale = 1;
    let accepted = false;
    for (let halving = 0; halving < 30; halving++, scale /= 2) {
      const a = work.a + scale * step[0]!;
      const d = work.d.map((value, k) => value + scale * step![k + 1]!);
      if (!validParameters(a, d)) continue;
      const candidate = expectedLogLik(a, d, work.expected, quadrature, scratch);
      if (candidate >= current - 1e-12 * Math.abs(current)) {
        const gain = candidate - current;
        work.a = a;
        work.d = d;
        current = candidate;
        accepted = true;
        if (gain < 1e-10 && scale * Math.max(...step.map(Math.abs)) < 1e-8) return;
        break;
      }
    }
    if (!accepted) return;
    if (Math.max(...step.map(Math.abs)) * scale < 1e-9) return;
  }
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * Calibrates items from a person × item matrix of raw categories (null/undefined = not
 * administered). Rows must all have the item count of the first row.
 */
export function calibrateGrm(
  responses: ReadonlyArray<ArrayLike<RawResponse>>,
  options: CalibrationOptions = {},
): CalibrationResult {
  const quadrature = options.quadrature ?? normalQuadrature();
  const maxIterations = options.maxIterations ?? CALIBRATION_DEFAULTS.maxIterations;
  const tolerance = options.tolerance ?? CALIBRATION_DEFAULTS.tolerance;
  const itemCount = options.categories?.length ?? responses[0]?.length ?? 0;
  if (itemCount === 0) throw new RangeError("calibration needs at least one item");
  const nodeCount = quadrature.nodes.length;

  // Observed categories per item.
  const seen: Set<number>[] = Array.from({ length: itemCount }, () => new Set<number>());
  responses.forEach((row, person) => {
    if (row.length !== itemCount)
      throw new RangeError(`row ${person} has ${row.length} responses, expected ${itemCount}`);
    for (let j = 0; j < itemCount; j++) {
      const value = row[j];
      if (value === null || value === undefined) continue;
      const limit = options.categories?.[j];
      if (!Number.isInteger(value) || value < 0 || (limit !== undefined && value >= limit)) {
        throw new RangeError(`row ${person}, item ${j}: category ${value} is not allowed`);
      }
      seen[j]!.add(value);
    }
  });
  const usedCategories = seen.map((set, j) => {
    if (set.size < 2)
      throw new RangeError(
        `item ${j}: answered in ${set.size === 0 ? "no" : "only one"} category, cannot calibrate`,
      );
    return [...set].sort((p, q) => p - q);
  });

  // Compact answers: each distinct response pattern once, with how many people gave it. Short
  // scales repeat patterns a lot, and the E-step cost is per pattern, not per person.
  const personStart: number[] = [0];
  const answerItem: number[] = [];
  const answerCategory: number[] = [];
  const patternWeight: number[] = [];
  const patternIndex = new Map<string, number>();
  let nPersons = 0;
  const pattern: number[] = [];
  for (const row of responses) {
    pattern.length = 0;
    for (let j = 0; j < itemCount; j++) {
      const value = row[j];
      pattern.push(value === null || value === undefined ? -1 : toModelCategory(usedCategories[j]!, value));
    }
    if (pattern.every((category) => category < 0)) continue;
    nPersons++;
    const key = pattern.join(",");
    const known = patternIndex.get(key);
    if (known !== undefined) {
      patternWeight[known]!++;
      continue;
    }
    patternIndex.set(key, patternWeight.length);
    patternWeight.push(1);
    pattern.forEach((category, j) => {
      if (category < 0) return;
      answerItem.push(j);
      answerCategory.push(category);
    });
    personStart.push(answerItem.length);
  }
  const nPatterns = patternWeight.length;
  const items = Int32Array.from(answerItem);
  const categoriesOfAnswers = Int32Array.from(answerCategory);
  const weights = Float64Array.from(patternWeight);

  // Start: a = 1, d_k = logit of the share answering ≥ k (so b_k = −d_k).
  const work: ItemWork[] = usedCategories.map((used, j) => {
    const counts = new Array<number>(used.length).fill(0);
    for (let p = 0; p < nPatterns; p++) {
      for (let i = personStart[p]!; i < personStart[p + 1]!; i++)
        if (items[i] === j) counts[categoriesOfAnswers[i]!]! += weights[p]!;
    }
    const total = counts.reduce((s, c) => s + c, 0);
    const d: number[] = [];
    let atLeast = total;
    for (let k = 1; k < used.length; k++) {
      atLeast -= counts[k - 1]!;
      const share = Math.min(Math.max(atLeast / total, 1e-3), 1 - 1e-3);
      d.push(logit(share));
    }
    for (let k = 1; k < d.length; k++) if (!(d[k]! < d[k - 1]!)) d[k] = d[k - 1]! - 0.05;
    return { a: 1, d, categories: used.length, expected: new Float64Array(used.length * nodeCount) };
  });
  const answeredCount = usedCategories.map((_, j) => {
    let count = 0;
    for (let p = 0; p < nPatterns; p++)
      for (let i = personStart[p]!; i < personStart[p + 1]!; i++) if (items[i] === j) count += weights[p]!;
    return count;
  });

  const tables = work.map((w) => new Float64Array(w.categories * nodeCount));
  const scratch = work.map((w) => new Float64Array(w.categories * nodeCount));
  const logPosterior = new Float64Array(nodeCount);
  const posterior = new Float64Array(nodeCount);

  const eStep = (): number => {
    for (let j = 0; j < itemCount; j++) {
      logProbabilityTableFor(work[j]!.a, work[j]!.d, quadrature, tables[j]!);
      work[j]!.expected.fill(0);
    }
    let logLik = 0;
    for (let p = 0; p < nPatterns; p++) {
      logPosterior.set(quadrature.logWeights);
      const start = personStart[p]!;
      const end = personStart[p + 1]!;
      const weight = weights[p]!;
      for (let i = start; i < end; i++) {
        const table = tables[items[i]!]!;
        const offset = categoriesOfAnswers[i]! * nodeCount;
        for (let q = 0; q < nodeCount; q++) logPosterior[q]! += table[offset + q]!;
      }
      logLik += weight * summarisePosterior(logPosterior, quadrature, end - start, posterior).logMarginal;
      for (let i = start; i < end; i++) {
        const expected = work[items[i]!]!.expected;
        const offset = categoriesOfAnswers[i]! * nodeCount;
        for (let q = 0; q < nodeCount; q++) expected[offset + q]! += weight * posterior[q]!;
      }
    }
    return logLik;
  };

  let logLik = eStep();
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    for (let j = 0; j < itemCount; j++) maximiseItem(work[j]!, quadrature, scratch[j]!);
    iterations++;
    const next = eStep();
    const change = Math.abs(next - logLik);
    logLik = next;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }

  return {
    items: work.map((w, j) => ({
      ...asGrmItem(w),
      b: w.d.map((d) => -d / w.a),
      usedCategories: usedCategories[j]!,
      n: answeredCount[j]!,
    })),
    converged,
    iterations,
    logLik,
    nPersons,
  };
}
