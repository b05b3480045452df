/**
 * Differential item functioning (DIF): does an item behave differently for two groups of people
 * who stand at the same level of the trait? Two standard procedures:
 *
 * - Mantel–Haenszel (Holland & Thayer 1988) on the item dichotomised at a cut (response ≥ cut
 *   counts as 1), people matched in strata of a matching score: the common odds ratio α (reference
 *   over focal), the ETS delta Δ = −2.35 ln α, the continuity-corrected χ² (1 df), the standard
 *   error of Δ from the Robins–Breslow–Greenland (1986) variance of ln α, and the ETS A/B/C class
 *   (Zwick 2012). A stratum with fewer than two people or only one group contributes nothing.
 * - Ordinal logistic regression (Zumbo 1999; the proportional-odds model of McCullagh 1980): the
 *   likelihood-ratio χ² of matching + group against matching alone (uniform DIF, 1 df) and of
 *   matching + group + matching × group against matching alone (uniform and non-uniform, 2 df),
 *   and the change in Nagelkerke's pseudo-R² between those two models.
 *
 * Negative Δ means the item favours the reference group at equal matching scores (ETS convention).
 */
import { sigmoid, logSigmoid } from "./grm";
import { chiSquareSurvival } from "./distributions";
import { solveLinearSystem } from "./linear-algebra";

export type EtsClass = "A" | "B" | "C";

export interface MantelHaenszelResult {
  /** Common odds ratio, reference over focal; 0 or ∞ when one side has no discordant cells. */
  alpha: number;
  /** −2.35 ln α; ±∞ with α at 0 or ∞. */
  delta: number;
  chi2: number;
  p: number;
  /** 2.35 × the RBG standard error of ln α; NaN when α is 0 or ∞. */
  seDelta: number;
  class: EtsClass;
  /** People in strata that contribute (at least two people and both groups). */
  n: number;
}

export interface OrdinalDifResult {
  chi2Uniform: number;
  pUniform: number;
  chi2Total: number;
  pTotal: number;
  /** Nagelkerke R² of matching + group + interaction minus that of matching alone. */
  r2Change: number;
}

export interface ItemDifResult {
  mh: MantelHaenszelResult;
  ordinal: OrdinalDifResult;
}

/** Input for one item: per person the response, whether they are in the focal group, the
 * continuous matching score for the regression, and the stratum key for Mantel–Haenszel. */
export interface ItemDifInput {
  responses: readonly number[];
  focal: readonly boolean[];
  matching: readonly number[];
  strata: readonly (number | string)[];
}

const Z_95_ONE_SIDED = 1.6448536269514722;

/** ETS rules: A when |Δ| < 1 or χ² not significant at .05; C when |Δ| ≥ 1.5 and |Δ| is
 * significantly above 1 (one-sided .05 with the SE of Δ); B otherwise. */
export function etsClass(delta: number, seDelta: number, p: number): EtsClass {
  const size = Math.abs(delta);
  if (!(p < 0.05) || size < 1) return "A";
  if (size >= 1.5 && Number.isFinite(seDelta) && seDelta > 0 && (size - 1) / seDelta > Z_95_ONE_SIDED)
    return "C";
  return "B";
}

export function mantelHaenszel(
  correct: readonly boolean[],
  focal: readonly boolean[],
  strata: readonly (number | string)[],
): MantelHaenszelResult {
  // Per stratum: A = reference & 1, B = reference & 0, C = focal & 1, D = focal & 0.
  const cells = new Map<number | string, [number, number, number, number]>();
  for (let i = 0; i < correct.length; i++) {
    let c = cells.get(strata[i]!);
    if (!c) cells.set(strata[i]!, (c = [0, 0, 0, 0]));
    c[(focal[i] ? 2 : 0) + (correct[i] ? 0 : 1)]!++;
  }
  let sumA = 0,
    sumExpected = 0,
    sumVariance = 0,
    n = 0;
  let R = 0,
    S = 0,
    PR = 0,
    PSQR = 0,
    QS = 0;
  for (const [A, B, C, D] of cells.values()) {
    const nRef = A + B,
      nFoc = C + D,
      N = nRef + nFoc;
    if (N < 2 || nRef === 0 || nFoc === 0) continue;
    n += N;
    const m1 = A + C,
      m0 = B + D;
    sumA += A;
    sumExpected += (nRef * m1) / N;
    sumVariance += (nRef * nFoc * m1 * m0) / (N * N * (N - 1));
    const Rk = (A * D) / N,
      Sk = (B * C) / N,
      Pk = (A + D) / N,
      Qk = (B + C) / N;
    R += Rk;
    S += Sk;
    PR += Pk * Rk;
    PSQR += Pk * Sk + Qk * Rk;
    QS += Qk * Sk;
  }
  const alpha = R / S;
  const delta = -2.35 * Math.log(alpha);
  const chi2 = sumVariance > 0 ? Math.max(0, Math.abs(sumA - sumExpected) - 0.5) ** 2 / sumVariance : 0;
  const p = sumVariance > 0 ? chiSquareSurvival(chi2, 1) : 1;
  const varLogAlpha = PR / (2 * R * R) + PSQR / (2 * R * S) + QS / (2 * S * S);
  const seDelta = R > 0 && S > 0 ? 2.35 * Math.sqrt(varLogAlpha) : Number.NaN;
  return { alpha, delta, chi2, p, seDelta, class: etsClass(delta, seDelta, p), n };
}

/**
 * Maximum-likelihood fit of the proportional-odds model P(Y ≥ k | x) = σ(α_k + x·β), k = 1..m−1,
 * with responses already coded 0..m−1. Newton steps on the analytic gradient with a central-
 * difference Hessian, halved until the log-likelihood rises and the intercepts stay ordered.
 * Returns the maximised log-likelihood.
 */
export function proportionalOddsLogLikelihood(
  y: readonly number[],
  x: ReadonlyArray<readonly number[]>,
  categories: number,
): number {
  const n = y.length;
  const p = x[0]?.length ?? 0;
  const k = categories - 1;
  const dim = k + p;
  const counts = new Array<number>(categories).fill(0);
  for (const v of y) counts[v]!++;
  // Start: intercepts at the logits of the cumulative proportions P(Y ≥ j), slopes at 0.
  const start: number[] = [];
  let above = n;
  for (let j = 1; j < categories; j++) {
    above -= counts[j - 1]!;
    const share = Math.min(Math.max(above / n, 1e-6), 1 - 1e-6);
    start.push(Math.log(share / (1 - share)));
  }
  for (let j = 0; j < p; j++) start.push(0);

  const ordered = (t: readonly number[]) => {
    for (let j = 1; j < k; j++) if (!(t[j]! < t[j - 1]!)) return false;
    return true;
  };
  const logLikelihood = (t: readonly number[]): number => {
    let ll = 0;
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (let j = 0; j < p; j++) eta += x[i]![j]! * t[k + j]!;
      const c = y[i]!;
      if (c === 0) ll += logSigmoid(-(t[0]! + eta));
      else if (c === k) ll += logSigmoid(t[k - 1]! + eta);
      else {
        const hi = t[c - 1]! + eta,
          lo = t[c]! + eta;
        // σ(hi) − σ(lo) = σ(hi)·σ(−lo)·(1 − e^{−(hi−lo)}), stable for any sizes.
        ll += logSigmoid(hi) + logSigmoid(-lo) + Math.log(-Math.expm1(-(hi - lo)));
      }
    }
    return ll;
  };
  const gradient = (t: readonly number[]): number[] => {
    const g = new Array<number>(dim).fill(0);
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (let j = 0; j < p; j++) eta += x[i]![j]! * t[k + j]!;
      const c = y[i]!;
      // F_c = P(Y ≥ c), F_0 = 1, F_m = 0; P = F_c − F_{c+1}; dF/dη = F(1 − F).
      const fHi = c === 0 ? 1 : sigmoid(t[c - 1]! + eta);
      const fLo = c === k ? 0 : sigmoid(t[c]! + eta);
      const prob = Math.max(fHi - fLo, 1e-300);
      const dHi = fHi * (1 - fHi),
        dLo = fLo * (1 - fLo);
      if (c > 0) g[c - 1]! += dHi / prob;
      if (c < k) g[c]! -= dLo / prob;
      const dEta = (dHi - dLo) / prob;
      for (let j = 0; j < p; j++) g[k + j]! += x[i]![j]! * dEta;
    }
    return g;
  };

  let theta = start;
  let ll = logLikelihood(theta);
  for (let iteration = 0; iteration < 100; iteration++) {
    const g = gradient(theta);
    const h = 1e-5;
    const hessian: number[][] = [];
    for (let a = 0; a < dim; a++) {
      const plus = theta.slice(),
        minus = theta.slice();
      plus[a]! += h;
      minus[a]! -= h;
      const gp = gradient(plus),
        gm = gradient(minus);
      hessian.push(gp.map((v, b) => -(v - gm[b]!) / (2 * h)));
    }
    // Symmetrise and ridge slightly so a flat direction (separation) does not blow the step up.
    const info = hessian.map((row, a) => row.map((v, b) => (v + hessian[b]![a]!) / 2 + (a === b ? 1e-8 : 0)));
    const step = solveLinearSystem(info, g);
    if (!step) break;
    let scale = 1;
    let improved = false;
    for (let halving = 0; halving < 40; halving++) {
      const candidate = theta.map((v, a) => v + scale * step[a]!);
      if (ordered(candidate)) {
        const candidateLl = logLikelihood(candidate);
        if (candidateLl >= ll - 1e-12) {
          const change = candidateLl - ll;
          theta = candidate;
          ll = candidateLl;
          improved = change > 1e-10;
          break;
        }
      }
      scale /= 2;
    }
    if (!improved) break;
  }
  return ll;
}

/** Nagelkerke's pseudo-R² of a model against the intercept-only model. */
function nagelkerke(ll: number, llNull: number, n: number): number {
  const coxSnell = 1 - Math.exp((2 * (llNull - ll)) / n);
  const max = 1 - Math.exp((2 * llNull) / n);
  return max > 0 ? coxSnell / max : 0;
}

export function ordinalLogisticDif(
  responses: readonly number[],
  matching: readonly number[],
  focal: readonly boolean[],
): OrdinalDifResult {
  const n = responses.length;
  // Code the categories that occur as 0..m−1: an unused category has no threshold to estimate.
  const used = [...new Set(responses)].sort((a, b) => a - b);
  const code = new Map(used.map((v, i) => [v, i]));
  const y = responses.map((v) => code.get(v)!);
  const nan: OrdinalDifResult = {
    chi2Uniform: Number.NaN,
    pUniform: Number.NaN,
    chi2Total: Number.NaN,
    pTotal: Number.NaN,
    r2Change: Number.NaN,
  };
  if (used.length < 2 || n < 3) return nan;
  // Centre and scale the matching score: the fitted likelihoods do not change, Newton converges better.
  const mean = matching.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(matching.reduce((s, v) => s + (v - mean) ** 2, 0) / n) || 1;
  const z = matching.map((v) => (v - mean) / sd);
  const g = focal.map((f) => (f ? 1 : 0));
  const ll0 = proportionalOddsLogLikelihood(
    y,
    y.map(() => []),
    used.length,
  );
  const ll1 = proportionalOddsLogLikelihood(
    y,
    z.map((v) => [v]),
    used.length,
  );
  const ll2 = proportionalOddsLogLikelihood(
    y,
    z.map((v, i) => [v, g[i]!]),
    used.length,
  );
  const ll3 = proportionalOddsLogLikelihood(
    y,
    z.map((v, i) => [v, g[i]!, v * g[i]!]),
    used.length,
  );
  const chi2Uniform = Math.max(0, 2 * (ll2 - ll1));
  const chi2Total = Math.max(0, 2 * (ll3 - ll1));
  return {
    chi2Uniform,
    pUniform: chiSquareSurvival(chi2Uniform, 1),
    chi2Total,
    pTotal: chiSquareSurvival(chi2Total, 2),
    r2Change: nagelkerke(ll3, ll0, n) - nagelkerke(ll1, ll0, n),
  };
}

/** Both procedures for one item. */
export function itemDif(input: ItemDifInput, cut: number): ItemDifResult {
  return {
    mh: mantelHaenszel(
      input.responses.map((v) => v >= cut),
      input.focal,
      input.strata,
    ),
    ordinal: ordinalLogisticDif(input.responses, input.matching, input.focal),
  };
}

export interface DifRow {
  focal: boolean;
  /** One response per analysed item, null when missing. */
  responses: ReadonlyArray<number | null>;
}

/**
 * The default cut: one above the midpoint of the lowest and highest responses seen, i.e. "agree"
 * or "strongly agree" on a five-point item whether it is coded 0–4 or 1–5.
 */
export function defaultDifCut(rows: readonly DifRow[]): number {
  let min = Infinity,
    max = -Infinity;
  for (const row of rows) {
    for (const v of row.responses) {
      if (v === null) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  return Math.floor((min + max) / 2) + 1;
}

/**
 * DIF of every item matched on the total score of the analysed items: only rows complete on all
 * of them count; the total is both the MH stratum and the regression's matching score.
 */
export function difByTotalScore(rows: readonly DifRow[], cut: number): { n: number; items: ItemDifResult[] } {
  const complete = rows.filter((r) => r.responses.every((v) => v !== null)) as Array<{
    focal: boolean;
    responses: readonly number[];
  }>;
  const totals = complete.map((r) => r.responses.reduce((s, v) => s + v, 0));
  const focal = complete.map((r) => r.focal);
  const itemCount = rows[0]?.responses.length ?? 0;
  const items = Array.from({ length: itemCount }, (_, j) =>
    itemDif(
      { responses: complete.map((r) => r.responses[j]!), focal, matching: totals, strata: totals },
      cut,
    ),
  );
  return { n: complete.length, items };
}
