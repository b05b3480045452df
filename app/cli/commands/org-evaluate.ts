/**
 * The work behind `rolefit org evaluate`: read and check a scenario export, then the org model's
 * verdict on it. Kept apart from the command table so `rolefit --help` and the other commands do
 * not load zod and the org model.
 */
import { readFileSync } from "node:fs";
import type { RelationshipStage } from "~/domain/org/diagnostic";
import { firstIssue, scenarioFileSchema } from "~/domain/org/schemas";
import {
  DEFAULT_VERDICT_RUNS,
  DEFAULT_VERDICT_SEED,
  scenarioVerdict,
  type ScenarioVerdict,
} from "~/domain/org/verdict";
import { CliError } from "../errors";
import { formatTable } from "../table";

export const DEFAULT_CLI_RUNS = DEFAULT_VERDICT_RUNS;
export const DEFAULT_CLI_SEED = DEFAULT_VERDICT_SEED;

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

export function formatEvaluation(result: OrgEvaluation): string {
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
    result.alreadySplit
      ? "  combined role splits: already split (separate sales and marketing teams at this size; no split lies ahead)"
      : `  combined role splits: ${q(result.split.quarter)} on the likely inputs; P10 ${q(result.split.p10)}, P50 ${q(result.split.p50)}, P90 ${q(result.split.p90)}; never within the horizon in ${Math.round(result.split.neverProbability * 100)}% of runs`,
    `  quarter 0 headcount: ${result.staffing.quarter0Headcount}`,
    ...(result.flips.length
      ? ["  what would change it:", ...result.flips.slice(0, 5).map((f) => `    - ${f.description}`)]
      : ["  what would change it: nothing within plausible ranges"]),
  ];
  return lines.join("\n");
}
