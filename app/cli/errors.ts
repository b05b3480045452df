/** An expected, user-caused failure: printed as one `rolefit: …` line and exit code 2, no stack. */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
