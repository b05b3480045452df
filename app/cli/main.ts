/** Entry point for `npm run cli -- …` and the `rolefit` bin (through bin.mjs). */
import { runCli } from "./run";

// exitCode rather than process.exit() so that large outputs finish flushing to a pipe.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
