/**
 * `rolefit org evaluate FILE... [--relationship STAGE] [--runs N] [--seed S] [--json]`: the org
 * designer's verdict on scenario exports, for advisors who evaluate many companies at once. Each
 * FILE is a `rolefit-org-scenario` export of any version the app writes; its optional top-level
 * "relationshipStage" is used unless --relationship overrides it (default: defined).
 */
import { RELATIONSHIP_STAGES, type RelationshipStage } from "~/domain/org/diagnostic";
import { parseCommandArgs, parseIntegerOption } from "../args";
import { CliError } from "../errors";
import type { CliCommand } from "./types";

const MAX_RUNS = 100_000;

export const orgCommand: CliCommand = {
  name: "org",
  summary: "org designer: evaluate scenario exports (recommendation, close calls, split quarter, flips)",
  usage: "rolefit org evaluate FILE... [--relationship STAGE] [--runs N] [--seed S] [--json]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      relationship: { type: "string" },
      runs: { type: "string" },
      seed: { type: "string" },
      json: { type: "boolean" },
    });
    const [sub, ...files] = positionals;
    if (sub !== "evaluate")
      throw new CliError(
        sub === undefined
          ? "org needs a subcommand: evaluate"
          : `unknown org subcommand "${sub}" (try: evaluate)`,
      );
    if (files.length === 0) throw new CliError("org evaluate needs at least one scenario file");
    let stage: RelationshipStage | undefined;
    if (values.relationship !== undefined) {
      if (!(RELATIONSHIP_STAGES as readonly string[]).includes(values.relationship)) {
        throw new CliError(
          `--relationship must be one of ${RELATIONSHIP_STAGES.join(", ")}, got "${values.relationship}"`,
        );
      }
      stage = values.relationship as RelationshipStage;
    }
    const { DEFAULT_CLI_RUNS, DEFAULT_CLI_SEED, evaluateScenarioFile, formatEvaluation } =
      await import("./org-evaluate");
    const runs = parseIntegerOption(values.runs, "runs") ?? DEFAULT_CLI_RUNS;
    if (runs < 1 || runs > MAX_RUNS)
      throw new CliError(`--runs must be between 1 and ${MAX_RUNS}, got ${runs}`);
    const seed = parseIntegerOption(values.seed, "seed") ?? DEFAULT_CLI_SEED;
    if (!Number.isSafeInteger(seed)) throw new CliError(`--seed must be a safe integer`);

    const results = files.map((file) => evaluateScenarioFile(file, { stage, runs, seed }));
    if (values.json) {
      // The JSON contract is these fields exactly; alreadySplit is said in the text output.
      const json = results.map(({ closeCallText: _t, ranking, ...r }) => ({
        file: r.file,
        recommendation: r.recommendation,
        closeCall: r.closeCall,
        ranking: ranking.map(({ structure, total, feasible }) => ({ structure, total, feasible })),
        split: r.split,
        staffing: r.staffing,
        flips: r.flips,
      }));
      io.stdout(`${JSON.stringify({ results: json })}\n`);
      return 0;
    }
    io.stdout(`${results.map(formatEvaluation).join("\n\n")}\n`);
    return 0;
  },
};
