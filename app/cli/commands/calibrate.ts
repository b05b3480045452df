/**
 * `rolefit calibrate [--min-answers N] [--json]`: recalibrates the questionnaire from the completed
 * assessments stored in the app's database (DATA_DIR or DATABASE_URL, as for the server) and makes
 * the result the version new assessments use. Earlier assessments keep their version.
 */
import { DEFAULT_MIN_ANSWERS_PER_ITEM } from "~/domain/instrument";
import { parseCommandArgs, parseIntegerOption } from "../args";
import { CliError } from "../errors";
import { formatTable } from "../table";
import type { CliCommand } from "./types";

export const calibrateCommand: CliCommand = {
  name: "calibrate",
  summary: "recalibrate the questionnaire from stored completed assessments (MML-EM) and activate it",
  usage: "rolefit calibrate [--min-answers N] [--json]   (uses DATA_DIR / DATABASE_URL like the server)",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      "min-answers": { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length > 0) throw new CliError(`calibrate takes no file, got "${positionals[0]}"`);
    const minAnswersPerItem =
      parseIntegerOption(values["min-answers"], "min-answers") ?? DEFAULT_MIN_ANSWERS_PER_ITEM;
    if (minAnswersPerItem < 20)
      throw new CliError(
        "--min-answers must be at least 20: fewer answers cannot identify an item's thresholds",
      );
    // Loaded here, not at the top: the database drivers and zod take most of a second to load,
    // which every other command (and --help) should not pay.
    const [{ openDatabase }, { migrateToLatest }, { EnvError, loadEnv }, { recalibrateFromStoredAnswers }] =
      await Promise.all([
        import("#db/connection.ts"),
        import("#db/migrate.ts"),
        import("~/server/env.server"),
        import("~/server/instrument-versions.server"),
      ]);
    let env;
    try {
      env = loadEnv();
    } catch (error) {
      throw new CliError(error instanceof EnvError ? error.message.replace(/\n/g, " ") : String(error));
    }
    const database = openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
    try {
      await migrateToLatest(database);
      let result;
      try {
        result = await recalibrateFromStoredAnswers(database.db, {
          minAnswersPerItem,
          date: new Date().toISOString().slice(0, 10),
        });
      } catch (error) {
        if (error instanceof RangeError) throw new CliError(error.message);
        throw error;
      }
      const { base, version, report } = result;
      if (values.json) {
        io.stdout(
          `${JSON.stringify({ base: base.id, version: version.id, label: version.label, ...report })}\n`,
        );
        return 0;
      }
      io.stdout(
        [
          `recalibrated ${base.id} → ${version.id} from ${report.respondents} completed assessments`,
          `${report.recalibrated} items got new parameters; ${report.kept} kept theirs (too few answers or unused categories)`,
          formatTable(
            ["scale", "items", "recalibrated", "respondents", "converged", "EM cycles"],
            report.scales.map((s) => [
              s.scale,
              String(s.items),
              String(s.recalibrated),
              String(s.respondents),
              s.converged ? "yes" : "no",
              String(s.iterations),
            ]),
          ),
          `new assessments now use ${version.id}`,
        ].join("\n") + "\n",
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
