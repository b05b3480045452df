/** Command-line option parsing on node:util's parseArgs, with its errors turned into CliErrors. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./errors";

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0]!.split(". To specify")[0]!;
    throw new CliError(message.replace(/\.$/, ""));
  }
}

export function parseIntegerOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[+-]?\d+$/.test(value.trim())) throw new CliError(`--${name} must be an integer, got "${value}"`);
  return Number.parseInt(value, 10);
}
