// The team a role joins, for team-gap hiring (fit/team-gain.ts): the organization's team map (every
// member who shares an assessment), or a unit of an org scenario (a seat and every seat under it,
// with the people placed there). Stored on the role as JSON; in forms as one select value.
import { z } from "zod";
import type { OrgChart } from "~/domain/org/chart";

export type TeamLink = { kind: "team-map" } | { kind: "scenario"; scenarioId: string; seatId: string };

const SCENARIO_PREFIX = "scenario:";

/** The select's value for a link: "" for none, "team-map", or "scenario:SCENARIO_ID:SEAT_ID". */
export function teamLinkValue(link: TeamLink | null): string {
  if (!link) return "";
  return link.kind === "team-map" ? "team-map" : `${SCENARIO_PREFIX}${link.scenarioId}:${link.seatId}`;
}

const idPart = /^[A-Za-z0-9_-]{1,64}$/;

export function parseTeamLinkValue(value: string): TeamLink | null | undefined {
  if (value === "") return null;
  if (value === "team-map") return { kind: "team-map" };
  if (!value.startsWith(SCENARIO_PREFIX)) return undefined;
  const [scenarioId, seatId, ...rest] = value.slice(SCENARIO_PREFIX.length).split(":");
  if (rest.length > 0 || !scenarioId || !seatId || !idPart.test(scenarioId) || !idPart.test(seatId))
    return undefined;
  return { kind: "scenario", scenarioId, seatId };
}

/** The role edit page's team form. */
export const roleTeamSchema = z.object({
  intent: z.literal("team"),
  team: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const link = parseTeamLinkValue(value);
      if (link === undefined) {
        ctx.addIssue({ code: "custom", message: "Choose a team from the list." });
        return z.NEVER;
      }
      return link;
    }),
});

/** Stored JSON back to a link; anything unreadable counts as no link. */
export function teamLinkFromJson(json: string | null): TeamLink | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as TeamLink;
    return parseTeamLinkValue(teamLinkValue(value)) ?? null;
  } catch {
    return null;
  }
}

/** The seat and every seat that reports to it, directly or not: the unit a scenario link names. */
export function unitSeats(chart: OrgChart, seatId: string): OrgChart["seats"] {
  const inUnit = new Set<string>([seatId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const seat of chart.seats)
      if (seat.reportsTo && inUnit.has(seat.reportsTo) && !inUnit.has(seat.id)) {
        inUnit.add(seat.id);
        grew = true;
      }
  }
  return chart.seats.filter((s) => inUnit.has(s.id));
}
