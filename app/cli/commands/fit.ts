/**
 * `rolefit fit FILE.csv --template ID [--json]`: role fit under the fit model (docs/fit-model.md)
 * for each row of trait estimates. Columns are trait ids holding θ, with optional `TRAIT_ID.se`
 * columns holding its standard error (0.3 when the column is absent or the cell is empty). Every
 * trait the template requires needs a θ column; the others may be left out, since they never
 * move fit. Prints fit with its 80% interval on 0–100, the clear strengths (needs clearly met by
 * someone clearly above average) and the needs clearly short (gaps), by the rules the reports use.
 */
import { FIT_MODEL_VERSION, isClearStrength, roleFit } from "~/domain/fit/fit";
import { ROLE_TEMPLATES, templateById } from "~/domain/fit/templates";
import type { Profile, TraitEstimate } from "~/domain/fit/types";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument/types";
import { parseCommandArgs } from "../args";
import { type CsvTable, readCsvFile } from "../csv";
import { CliError } from "../errors";
import { formatNumber, formatTable } from "../table";
import type { CliCommand } from "./types";

/** The SE assumed when a row gives none: about what the adaptive test reaches (it stops at 0.32). */
export const DEFAULT_SE = 0.3;

const SE_SUFFIX = ".se";

function numberCell(cell: string, where: string): number | null {
  const trimmed = cell.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw new CliError(`${where}: "${cell}" is not a number`);
  return value;
}

/** Reads one profile per data row; throws a CliError naming the row and column of any bad cell. */
export function profilesFromCsv(table: CsvTable, required: readonly TraitId[]): Profile[] {
  const known = new Set<string>(TRAIT_IDS);
  for (const name of table.header) {
    const trait = name.endsWith(SE_SUFFIX) ? name.slice(0, -SE_SUFFIX.length) : name;
    if (!known.has(trait))
      throw new CliError(`unknown column "${name}": use trait ids (${TRAIT_IDS.join(", ")}) and TRAIT_ID.se`);
    if (name !== trait && !table.header.includes(trait))
      throw new CliError(`column "${name}" has no "${trait}" column beside it`);
  }
  const missing = required.filter((t) => !table.header.includes(t));
  if (missing.length) throw new CliError(`the template needs a column for ${missing.join(", ")}`);
  const column = new Map(table.header.map((name, i) => [name, i]));
  return table.rows.map((row, r) => {
    const profile = {} as Record<TraitId, TraitEstimate>;
    for (const trait of TRAIT_IDS) {
      const at = column.get(trait);
      if (at === undefined) continue;
      const theta = numberCell(row[at]!, `data row ${r + 1}, column ${trait}`);
      if (theta === null) {
        if (required.includes(trait))
          throw new CliError(
            `data row ${r + 1}, column ${trait}: θ is empty but the template needs this trait`,
          );
        continue;
      }
      const seAt = column.get(trait + SE_SUFFIX);
      const se =
        seAt === undefined ? null : numberCell(row[seAt]!, `data row ${r + 1}, column ${trait}${SE_SUFFIX}`);
      if (se !== null && !(se > 0))
        throw new CliError(
          `data row ${r + 1}, column ${trait}${SE_SUFFIX}: the SE must be above 0, got ${se}`,
        );
      profile[trait] = { theta, se: se ?? DEFAULT_SE };
    }
    return profile as Profile;
  });
}

const ID_COLUMN = "id";

/**
 * Profiles keyed by an `id` column (team-gap's files): the ids must be present, non-empty and
 * unique; the other columns are read as by profilesFromCsv.
 */
export function identifiedProfilesFromCsv(
  table: CsvTable,
  required: readonly TraitId[],
  what: string,
): Array<{ id: string; profile: Profile }> {
  const at = table.header.indexOf(ID_COLUMN);
  if (at < 0) throw new CliError(`${what}: the file needs an "${ID_COLUMN}" column`);
  const seen = new Set<string>();
  const ids = table.rows.map((row, r) => {
    const id = row[at]!.trim();
    if (!id) throw new CliError(`${what}: data row ${r + 1} has an empty ${ID_COLUMN}`);
    if (seen.has(id)) throw new CliError(`${what}: the ${ID_COLUMN} "${id}" appears twice`);
    seen.add(id);
    return id;
  });
  const rest: CsvTable = {
    header: table.header.filter((_, c) => c !== at),
    rows: table.rows.map((row) => row.filter((_, c) => c !== at)),
  };
  let profiles: Profile[];
  try {
    profiles = profilesFromCsv(rest, required);
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`${what}: ${error.message}`);
    throw error;
  }
  return profiles.map((profile, r) => ({ id: ids[r]!, profile }));
}

export const fitCommand: CliCommand = {
  name: "fit",
  summary: `role fit (${FIT_MODEL_VERSION}) with its 80% interval, strengths and gaps per row of θ estimates`,
  usage: "rolefit fit FILE.csv --template ID [--json]",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      template: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new CliError(`fit needs exactly one CSV file, got ${positionals.length}`);
    const ids = ROLE_TEMPLATES.map((t) => t.id).join(", ");
    if (!values.template) throw new CliError(`fit needs --template ID (one of ${ids})`);
    const template = templateById(values.template);
    if (!template) throw new CliError(`unknown template "${values.template}" (one of ${ids})`);
    const required = TRAIT_IDS.filter((t) => template.targets[t].need !== "not-required");
    const profiles = profilesFromCsv(readCsvFile(positionals[0]!), required);
    const rows = profiles.map((profile) => {
      const fit = roleFit(profile, template.targets);
      return {
        fit: fit.fit,
        low: fit.interval[0],
        high: fit.interval[1],
        strengths: fit.traits.filter(isClearStrength).map((t) => t.trait),
        gaps: fit.traits.filter((t) => t.classification === "short").map((t) => t.trait),
      };
    });
    if (values.json) {
      io.stdout(`${JSON.stringify({ template: template.id, rows })}\n`);
      return 0;
    }
    const header = ["row", "fit", "80% low", "80% high", "strengths", "gaps"];
    const body = rows.map((row, r) => [
      String(r + 1),
      formatNumber(row.fit, 1),
      formatNumber(row.low, 1),
      formatNumber(row.high, 1),
      row.strengths.join(" ") || "-",
      row.gaps.join(" ") || "-",
    ]);
    io.stdout(`${template.name} (fit model ${FIT_MODEL_VERSION})\n${formatTable(header, body)}\n`);
    return 0;
  },
};
