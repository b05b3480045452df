/** What every CLI command provides; the command table in ./index.ts lists them. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code; throws CliError for bad input. */
  run(args: string[], io: CliIo): Promise<number> | number;
}
