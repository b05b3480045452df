import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { profileOf } from "~/domain/assessment/scoring";
import { marketingOrientation, salesOrientation } from "~/domain/fit/composites";
import { orderForTeam, teamCoverage, teamGain, teamNeeds, type TeamGain } from "~/domain/fit/team-gain";
import { templateById } from "~/domain/fit/templates";
import type { Profile, RoleTargets } from "~/domain/fit/types";
import type { TraitId } from "~/domain/instrument/types";
import { profileFromCompact, type ListedCandidate } from "~/domain/hiring/ranking";
import { teamLinkValue, unitSeats, type TeamLink } from "~/domain/hiring/team-link";
import { scenarioChart } from "~/domain/org/scenario-analysis";
import { rankedRoleCandidates } from "./candidates.server.ts";
import { findScenario, listScenarios, listSeatAssignments, type Scenario } from "./org-scenarios.server.ts";
import { listRoles, type RoleRecord } from "./roles.server.ts";
import { listTeamMap } from "./team-map.server.ts";

// Team-gap hiring's data: the team a role joins and its candidates in the team's order. Every query
// is scoped to the organization; people count only when they share an assessment on the team map.

export interface RoleTeam {
  link: TeamLink;
  /** "Team map" or "Q3 plan — Head of sales and their team". */
  label: string;
  /** Members with a shared, scored assessment (the others cannot be counted and are listed apart). */
  members: Array<{ name: string; profile: Profile }>;
  unassessed: string[];
  /** What team gain reads: the role's needs raised by the unit's other seats (teamNeeds). */
  needs: RoleTargets;
}

async function sharedProfiles(db: Kysely<Database>, organizationId: string) {
  const entries = await listTeamMap(db, organizationId);
  return new Map(entries.filter((e) => e.scores).map((e) => [e.userId, profileOf(e.scores!)]));
}

/** Links the role to a team (null: none). False when the role or the scenario is not this organization's. */
export async function setRoleTeamLink(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  link: TeamLink | null,
): Promise<boolean> {
  if (link?.kind === "scenario") {
    const scenario = await findScenario(db, organizationId, link.scenarioId);
    if (!scenario || !scenarioChart(scenario).seats.some((s) => s.id === link.seatId)) return false;
  }
  const result = await db
    .updateTable("roles")
    .set({ team_link: link ? JSON.stringify(link) : null })
    .where("organization_id", "=", organizationId)
    .where("id", "=", roleId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The teams a role can join: the team map, then every seat of every scenario that has seats under it or people in it. */
export async function teamChoices(
  db: Kysely<Database>,
  organizationId: string,
): Promise<Array<{ value: string; label: string }>> {
  const [entries, scenarios] = await Promise.all([
    listTeamMap(db, organizationId),
    listScenarios(db, organizationId),
  ]);
  const choices = [
    { value: teamLinkValue({ kind: "team-map" }), label: `Team map (${entries.length} shared)` },
  ];
  for (const scenario of scenarios) {
    const chart = scenarioChart(scenario);
    for (const seat of chart.seats) {
      const unit = unitSeats(chart, seat.id);
      if (unit.length < 2 && seat.count < 2) continue;
      choices.push({
        value: teamLinkValue({ kind: "scenario", scenarioId: scenario.id, seatId: seat.id }),
        label: `${scenario.name}: ${seat.title} and the seats under it`,
      });
    }
  }
  return choices;
}

/** The team the role is linked to, with its members' profiles; null when it has none (or it no longer exists). */
export async function roleTeam(
  db: Kysely<Database>,
  organizationId: string,
  role: { targets: RoleTargets; teamLink: TeamLink | null },
): Promise<RoleTeam | null> {
  const link = role.teamLink;
  if (!link) return null;
  const profiles = await sharedProfiles(db, organizationId);
  if (link.kind === "team-map") {
    const entries = await listTeamMap(db, organizationId);
    return {
      link,
      label: "Team map",
      members: entries.flatMap((e) => (e.scores ? [{ name: e.name, profile: profileOf(e.scores) }] : [])),
      unassessed: entries.filter((e) => !e.scores).map((e) => e.name),
      needs: role.targets,
    };
  }
  const scenario = await findScenario(db, organizationId, link.scenarioId);
  if (!scenario) return null;
  const chart = scenarioChart(scenario);
  const head = chart.seats.find((s) => s.id === link.seatId);
  if (!head) return null;
  const unit = unitSeats(chart, link.seatId);
  const inUnit = new Set(unit.map((s) => s.id));
  const placed = (await listSeatAssignments(db, organizationId, scenario.id)).filter((a) =>
    inUnit.has(a.seat_id),
  );
  const plan = unit.flatMap((s) => {
    const template = s.roleTemplateId ? templateById(s.roleTemplateId) : undefined;
    return template ? [template.targets] : [];
  });
  return {
    link,
    label: `${scenario.name}: ${head.title} and the seats under it`,
    members: placed.flatMap((a) => {
      const profile = profiles.get(a.user_id);
      return profile ? [{ name: a.name, profile }] : [];
    }),
    unassessed: placed.filter((a) => !profiles.has(a.user_id)).map((a) => a.name),
    needs: teamNeeds(role.targets, plan),
  };
}

/** A candidate's place in the team order, as the list, the report and the API show it. */
export interface TeamPlace {
  teamRank: number;
  teamGain: number;
  coverageBefore: number;
  coverageAfter: number;
  adds: TraitId[];
}

/**
 * The role's candidates in the order asked for. "fit": the ranking. "team" (for a role linked to a
 * team): completed candidates in the team's order (fit gates, team gain orders), then the others as
 * the ranking has them; `team` is null when the role has no team (the order is then by fit).
 */
export async function orderedRoleCandidates(
  db: Kysely<Database>,
  organizationId: string,
  role: { id: string; targets: RoleTargets; updatedAt: string; teamLink: TeamLink | null },
  order: "fit" | "team",
): Promise<{ listed: ListedCandidate[]; team: RoleTeam | null; places: Map<string, TeamPlace> }> {
  const ranked = await rankedRoleCandidates(db, organizationId, role);
  const team = order === "team" ? await roleTeam(db, organizationId, role) : null;
  const places = new Map<string, TeamPlace>();
  if (!team) return { listed: ranked, team: null, places };
  const scored = ranked.filter((c) => c.fit && c.profile);
  const rows = orderForTeam(
    role.targets,
    team.needs,
    team.members.map((m) => m.profile),
    scored,
    (c) => profileFromCompact(c.profile!),
    (c) => c.id,
    (c) => c.fit!,
  );
  for (const row of rows)
    places.set(row.candidate.id, {
      teamRank: row.rank,
      teamGain: row.gain.teamGain,
      coverageBefore: row.gain.coverageBefore,
      coverageAfter: row.gain.coverageAfter,
      adds: row.gain.adds,
    });
  const listed = [...rows.map((r) => r.candidate), ...ranked.filter((c) => !places.has(c.id))];
  return { listed, team, places };
}

/** What the candidate and candidate-comparison pages show of a team: its members on the plane. */
export interface TeamView {
  label: string;
  members: Array<{
    name: string;
    sales: { theta: number; se: number };
    marketing: { theta: number; se: number };
  }>;
  unassessed: number;
}

/**
 * Each profile's team gain for the role's team, with the team as the pages draw it; null when the
 * role has no team. One team lookup for any number of candidates (the comparison shows up to four).
 */
export async function teamGainsFor(
  db: Kysely<Database>,
  organizationId: string,
  role: { targets: RoleTargets; teamLink: TeamLink | null },
  profiles: readonly Profile[],
): Promise<{ team: TeamView; gains: TeamGain[] } | null> {
  const team = await roleTeam(db, organizationId, role);
  if (!team) return null;
  const coverage = teamCoverage(
    team.needs,
    team.members.map((m) => m.profile),
  );
  return {
    team: {
      label: team.label,
      members: team.members.map((m) => ({
        name: m.name,
        sales: salesOrientation(m.profile),
        marketing: marketingOrientation(m.profile),
      })),
      unassessed: team.unassessed.length,
    },
    gains: profiles.map((profile) => teamGain(team.needs, coverage, profile)),
  };
}

/**
 * An open seat of a scenario filled from a role's candidates: the unit the new person joins is the
 * one headed by the seat's manager (the seat's own, for a seat that reports to nobody), and its
 * candidates come in that unit's team order. The role is the one asked for, else the first active
 * role made from the seat's template, else the first active role. Null when the seat is not in the
 * scenario's chart.
 */
export async function seatCandidates(
  db: Kysely<Database>,
  organizationId: string,
  scenario: Scenario,
  seatId: string,
  roleId: string | null,
) {
  const chart = scenarioChart(scenario);
  const seat = chart.seats.find((s) => s.id === seatId);
  if (!seat) return null;
  const [roles, assignments] = await Promise.all([
    listRoles(db, organizationId),
    listSeatAssignments(db, organizationId, scenario.id),
  ]);
  const placed = assignments.filter((a) => a.seat_id === seat.id).length;
  const role: RoleRecord | undefined =
    roles.find((r) => r.id === roleId) ??
    roles.find((r) => seat.roleTemplateId !== null && r.templateId === seat.roleTemplateId) ??
    roles[0];
  const unitHead = seat.reportsTo ?? seat.id;
  const ordered = role
    ? await orderedRoleCandidates(
        db,
        organizationId,
        { ...role, teamLink: { kind: "scenario", scenarioId: scenario.id, seatId: unitHead } },
        "team",
      )
    : null;
  return {
    seat: { id: seat.id, title: seat.title, count: seat.count, placed },
    roles: roles.map((r) => ({ id: r.id, title: r.title })),
    role: role ? { id: role.id, title: role.title } : null,
    team: ordered?.team ?? null,
    rows: ordered
      ? ordered.listed.flatMap((c) => {
          const place = ordered.places.get(c.id);
          return place ? [{ id: c.id, name: c.name, fit: c.fit!, place }] : [];
        })
      : [],
  };
}
