// The θ axis of every chart: −3..3 covers 99.7% of the reference group.
export const THETA_MIN = -3;
export const THETA_MAX = 3;

export const clampTheta = (t: number) => Math.min(THETA_MAX, Math.max(THETA_MIN, t));

/** Maps θ to [0, size]. */
export const thetaTo = (size: number) => (t: number) =>
  ((clampTheta(t) - THETA_MIN) / (THETA_MAX - THETA_MIN)) * size;

/** θ with one decimal, never "−0.0": a value that rounds to zero is shown as 0.0. */
export const theta1 = (t: number) => {
  const s = t.toFixed(1);
  return s === "-0.0" ? "0.0" : s;
};
