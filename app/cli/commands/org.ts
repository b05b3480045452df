/**
 * `rolefit org evaluate FILE... [--relationship STAGE] [--runs N] [--seed S] [--json]`: the org
 * designer's verdict on scenario exports, for advisors who evaluate many companies at once. Each
 * FILE is a `rolefit-org-scenario` export of any version the app writes; its optional top-level
 * "relationshipStage" is used unless --relationship overrides it (default: defined).
 */
import { readFileSync } from "node:fs";
import { RELATIONSHIP_STAGES, type RelationshipStage } from "~/domain/org/diagnostic";
import { firstIssue, scenarioFileSchema } from "~/domain/org/schemas";
import {
  DEFAULT_VERDICT_RUNS,
  DEFAULT_VERDICT_SEED,
  scenarioVerdict,
  type ScenarioVerdict,
} from "~/domain/org/verdict";
import { parseCommandArgs, parseIntegerOption } from "../args";
import { CliError } from "../errors";
import { formatTable } from "../table";
import type { CliCommand } from "./types";

export const DEFAULT_CLI_RUNS = DEFAULT_VERDICT_RUNS;
export const DEFAULT_CLI_SEED = DEFAULT_VERDICT_SEED;
const MAX_RUNS = 100_000;

export interface OrgEvaluation extends ScenarioVerdict {
  file: string;
}

function readScenario(path: string) {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read"}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${path}: not valid JSON`);
  }
  const parsed = scenarioFileSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`${path}: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

export function evaluateScenarioFile(
  path: string,
  options: { stage?: RelationshipStage; runs: number; seed: number },
): OrgEvaluation {
  const scenario = readScenario(path);
  const stage = options.stage ?? scenario.relationshipStage ?? "defined";
  return { file: path, ...scenarioVerdict(scenario, { stage, runs: options.runs, seed: options.seed }) };
}

function text(result: OrgEvaluation): string {
  const q = (x: number | null) => (x === null ? "—" : `Q${x}`);
  const lines = [
    `${result.file}`,
    `  recommendation: ${result.recommendation ?? "none feasible"}${result.closeCall ? ` (close call; ${result.closeCallText})` : ""}`,
    formatTable(
      ["structure", "total", "P(best)", "feasible"],
      result.ranking.map((r) => [
        r.structure,
        r.total.toFixed(2),
        `${Math.round(r.probabilityBest * 100)}%`,
        r.feasible ? "yes" : "no",
      ]),
    )
      .split("\n")
      .map((line) => `  ${line}`)
      .join("\n"),
    `  combined role splits: ${q(result.split.quarter)} on the likely inputs; P10 ${q(result.split.p10)}, P50 ${q(result.split.p50)}, P90 ${q(result.split.p90)}; never within the horizon in ${Math.round(result.split.neverProbability * 100)}% of runs`,
    `  quarter 0 headcount: ${result.staffing.quarter0Headcount}`,
    ...(result.flips.length
      ? ["  what would change it:", ...result.flips.slice(0, 5).map((f) => `    - ${f.description}`)]
      : ["  what would change it: nothing within plausible ranges"]),
  ];
  return lines.join("\n");
}

export const orgCommand: CliCommand = {
  name: "org",
  summary: "org designer: evaluate scenario exports (recommendation, close calls, split quarter, flips)",
  usage: "rolefit org evaluate FILE... [--relationship STAGE] [--runs N] [--seed S] [--json]",
  run(args, io) {
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
    const runs = parseIntegerOption(values.runs, "runs") ?? DEFAULT_CLI_RUNS;
    if (runs < 1 || runs > MAX_RUNS)
      throw new CliError(`--runs must be between 1 and ${MAX_RUNS}, got ${runs}`);
    const seed = parseIntegerOption(values.seed, "seed") ?? DEFAULT_CLI_SEED;
    if (!Number.isSafeInteger(seed)) throw new CliError(`--seed must be a safe integer`);

    const results = files.map((file) => evaluateScenarioFile(file, { stage, runs, seed }));
    if (values.json) {
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
    io.stdout(`${results.map(text).join("\n\n")}\n`);
    return 0;
  },
};
