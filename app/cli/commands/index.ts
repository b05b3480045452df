/**
 * The command table. Adding a command is one file in this folder plus one entry here; main.ts
 * and the help text pick it up from the table.
 */
import { analyzeCommand } from "./analyze";
import { auditCommand } from "./audit";
import { calibrateCommand } from "./calibrate";
import { fitCommand } from "./fit";
import { difCommand } from "./dif";
import { instrumentCommand } from "./instrument";
import { orgCommand } from "./org";
import { scoreCommand } from "./score";
import { teamGapCommand } from "./team-gap";
import type { CliCommand } from "./types";
import { validityCommand } from "./validity";

export type { CliCommand, CliIo } from "./types";

export const commands: readonly CliCommand[] = [
  analyzeCommand,
  scoreCommand,
  instrumentCommand,
  fitCommand,
  teamGapCommand,
  auditCommand,
  calibrateCommand,
  difCommand,
  validityCommand,
  orgCommand,
];

export function findCommand(name: string): CliCommand | undefined {
  return commands.find((command) => command.name === name);
}
