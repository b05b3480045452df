// Colours carry one meaning each across every chart: a trait's side (sales, marketing, bridge) and
// the target band. Comparing candidates needs colours of its own that none of those use, so a
// candidate is never read as "the sales one".
export const SIDE_COLORS = { sales: "#b4420f", marketing: "#6b3fb3", bridge: "#0f766e" } as const;
export const TARGET_COLOR = "#16a34a";
/** Candidates side by side: blue, slate, magenta, olive — all with at least 4.5:1 contrast on white. */
export const COMPARE_COLORS = ["#1d4ed8", "#334155", "#be185d", "#4d7c0f"] as const;
