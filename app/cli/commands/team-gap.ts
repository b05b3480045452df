/**
 * `rolefit team-gap --team TEAM.csv --candidates CANDS.csv --template ID [--json]`: ranks candidates
 * for a role by how they complete a team (app/domain/fit/team-gain.ts): fit for the template gates,
 * team gain orders. Both files have an `id` column and trait-id columns holding θ, with optional
 * `TRAIT_ID.se` columns (0.3 when absent), as for `rolefit fit`; every trait the template requires
 * needs a column in both. Prints, in rank order, fit with its 80% interval, the team gain (0–100:
 * percentage points of the team's weighted coverage of the role's needs) and what each candidate
 * adds that the team lacks.
 */
import { roleFit } from "~/domain/fit/fit";
import { orderForTeam } from "~/domain/fit/team-gain";
import { ROLE_TEMPLATES, templateById } from "~/domain/fit/templates";
import { TRAIT_IDS } from "~/domain/instrument/types";
import { parseCommandArgs } from "../args";
import { readCsvFile } from "../csv";
import { CliError } from "../errors";
import { formatNumber, formatTable } from "../table";
import { identifiedProfilesFromCsv } from "./fit";
import type { CliCommand } from "./types";

export const teamGapCommand: CliCommand = {
  name: "team-gap",
  summary: "rank candidates by how they complete a team: fit gates, team gain orders",
  usage: "rolefit team-gap --team TEAM.csv --candidates CANDS.csv --template ID [--json]",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      team: { type: "string" },
      candidates: { type: "string" },
      template: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length > 0)
      throw new CliError(`team-gap takes no file without a flag, got "${positionals[0]}"`);
    const ids = ROLE_TEMPLATES.map((t) => t.id).join(", ");
    if (!values.template) throw new CliError(`team-gap needs --template ID (one of ${ids})`);
    const template = templateById(values.template);
    if (!template) throw new CliError(`unknown template "${values.template}" (one of ${ids})`);
    if (!values.team) throw new CliError("team-gap needs --team TEAM.csv");
    if (!values.candidates) throw new CliError("team-gap needs --candidates CANDS.csv");
    const required = TRAIT_IDS.filter((t) => template.targets[t].need !== "not-required");
    const team = identifiedProfilesFromCsv(readCsvFile(values.team), required, values.team);
    const candidates = identifiedProfilesFromCsv(readCsvFile(values.candidates), required, values.candidates);
    if (candidates.length === 0) throw new CliError(`${values.candidates}: no candidate rows`);

    const ordered = orderForTeam(
      template.targets,
      template.targets,
      team.map((m) => m.profile),
      candidates,
      (c) => c.profile,
      (c) => c.id,
      (c) => roleFit(c.profile, template.targets),
    );
    const rows = ordered.map((row) => ({
      id: row.candidate.id,
      fit: row.fit.fit,
      low: row.fit.interval[0],
      high: row.fit.interval[1],
      teamGain: row.gain.teamGain,
      adds: row.gain.adds,
      rank: row.rank,
    }));
    if (values.json) {
      io.stdout(`${JSON.stringify({ template: template.id, team: { size: team.length }, rows })}\n`);
      return 0;
    }
    const header = ["rank", "id", "fit", "80% low", "80% high", "team gain", "adds"];
    const body = rows.map((row) => [
      String(row.rank),
      row.id,
      formatNumber(row.fit, 1),
      formatNumber(row.low, 1),
      formatNumber(row.high, 1),
      formatNumber(row.teamGain, 1),
      row.adds.join(" ") || "-",
    ]);
    io.stdout(
      `${template.name}, for a team of ${team.length} (fit gates, team gain orders)\n${formatTable(header, body)}\n`,
    );
    return 0;
  },
};
