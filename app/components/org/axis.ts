/**
 * Axis ticks people can read: 0, 5, 10, 15 rather than 0.00, 2.87, 5.75. Steps are 1, 2 or 5 times
 * a power of ten; counts (people, runs) never get fractional ticks.
 */
export function niceTicks(
  max: number,
  { target = 4, integer = false }: { target?: number; integer?: boolean } = {},
): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const rough = top / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  if (integer) step = Math.max(1, Math.ceil(step));
  const ticks: number[] = [];
  for (let v = 0; v < top + step - 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** A tick label: whole numbers without decimals, large ones with k/M, small fractions with up to two digits. */
export function tickLabel(value: number, unit: "count" | "money" | "ratio" | "hours"): string {
  if (unit === "ratio") return `${Math.round(value * 100)}%`;
  const prefix = unit === "money" ? "$" : "";
  if (Math.abs(value) >= 1_000_000) return `${prefix}${trim(value / 1_000_000)}M`;
  if (Math.abs(value) >= 10_000) return `${prefix}${trim(value / 1_000)}k`;
  return `${prefix}${trim(value)}`;
}

function trim(x: number): string {
  return String(Math.round(x * 100) / 100);
}
