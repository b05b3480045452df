/** Dispatches argv to a command and turns every failure into one stderr line and an exit code. */
import { type CliIo, commands, findCommand } from "./commands";
import { CliError } from "./errors";

export function usage(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    "Usage: rolefit <command> [options]",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    ...commands.map((command) => `  ${command.usage}`),
    "",
    "Exit codes: 0 success, 2 bad input (one line on stderr), 1 internal error.",
    "",
  ].join("\n");
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      io.stdout(usage());
      return 0;
    }
    const command = findCommand(name);
    if (!command)
      throw new CliError(
        `unknown command "${name}" (try: ${commands.map((c) => c.name).join(", ")}, or --help)`,
      );
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(`Usage: ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`rolefit: ${error.message.replace(/\s*\n\s*/g, " ")}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`rolefit: internal error: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    return 1;
  }
}
