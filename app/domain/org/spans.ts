/**
 * Spans of control and layers, the two numbers org-design tools (OrgVue and peers) warn on.
 * Thresholds: a span above 10 leaves a manager too little time per person to coach, one below 3
 * makes the seat more overhead than leadership (front-line benchmark: 8.5 reps per manager,
 * Alexander Group). Layers are "too many" when the chart is more than one layer deeper than a
 * tree with 8.5 reports per manager would need for the same headcount.
 */

import { CEO_SEAT_ID, type OrgChart } from "./chart";
import { SPAN_TARGET } from "./staffing";

export const MAX_HEALTHY_SPAN = 10;
export const MIN_HEALTHY_SPAN = 3;

export interface SeatSpan {
  seatId: string;
  title: string;
  /** Direct reports per person in the seat (a group of 2 managers over 12 AEs has span 6). */
  span: number;
}

export type SpanWarning =
  | { kind: "span-too-wide"; seatId: string; span: number; message: string }
  | { kind: "span-too-narrow"; seatId: string; span: number; message: string }
  | { kind: "too-many-layers"; layers: number; maxLayers: number; message: string };

export interface SpanReport {
  spans: SeatSpan[];
  /** Go-to-market layers below the CEO (the CEO's direct GTM reports are layer 1). */
  layers: number;
  /** Go-to-market people, excluding the CEO. */
  headcount: number;
  maxSensibleLayers: number;
  warnings: SpanWarning[];
}

/** Fewest layers a tree of 8.5 reports per manager needs for this many people, plus one of slack. */
export function maxSensibleLayers(headcount: number): number {
  const minimum =
    headcount <= 1 ? 1 : Math.max(1, Math.ceil(Math.log(headcount) / Math.log(SPAN_TARGET) - 1e-9));
  return minimum + 1;
}

export function analyseSpans(chart: OrgChart): SpanReport {
  const reportsPerSeat = new Map<string, number>();
  for (const seat of chart.seats) {
    if (seat.reportsTo)
      reportsPerSeat.set(seat.reportsTo, (reportsPerSeat.get(seat.reportsTo) ?? 0) + seat.count);
  }
  const byId = new Map(chart.seats.map((seat) => [seat.id, seat]));
  const depthOf = (id: string): number => {
    let depth = 0;
    let current = byId.get(id);
    while (current && current.id !== CEO_SEAT_ID && current.reportsTo) {
      depth += 1;
      current = byId.get(current.reportsTo);
    }
    return depth;
  };

  const spans: SeatSpan[] = [];
  const warnings: SpanWarning[] = [];
  for (const seat of chart.seats) {
    // The CEO manages far more than go-to-market, so a GTM-only count says nothing about their span.
    if (seat.id === CEO_SEAT_ID) continue;
    const reports = reportsPerSeat.get(seat.id);
    if (!reports) continue;
    const span = reports / seat.count;
    spans.push({ seatId: seat.id, title: seat.title, span });
    if (span > MAX_HEALTHY_SPAN) {
      warnings.push({
        kind: "span-too-wide",
        seatId: seat.id,
        span,
        message: `${seat.title} has ${formatSpan(span)} direct reports each; above ${MAX_HEALTHY_SPAN} leaves too little time to coach each person.`,
      });
    } else if (span < MIN_HEALTHY_SPAN) {
      warnings.push({
        kind: "span-too-narrow",
        seatId: seat.id,
        span,
        message: `${seat.title} has only ${formatSpan(span)} direct report${span === 1 ? "" : "s"} each; below ${MIN_HEALTHY_SPAN} the seat is more overhead than leadership.`,
      });
    }
  }
  const headcount = chart.seats.reduce((sum, seat) => (seat.id === CEO_SEAT_ID ? sum : sum + seat.count), 0);
  const layers = chart.seats.reduce((deepest, seat) => Math.max(deepest, depthOf(seat.id)), 0);
  const maxLayers = maxSensibleLayers(headcount);
  if (layers > maxLayers) {
    warnings.push({
      kind: "too-many-layers",
      layers,
      maxLayers,
      message: `${layers} management layers for ${headcount} go-to-market people; ${maxLayers} would be enough.`,
    });
  }
  return { spans, layers, headcount, maxSensibleLayers: maxLayers, warnings };
}

function formatSpan(span: number): string {
  return Number.isInteger(span) ? String(span) : span.toFixed(1);
}
