import { runCli as dispatch } from "~/cli/run";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `rolefit ARGS` in this process through the CLI's own dispatcher (what build/cli.js and
 * main.ts call), capturing stdout, stderr and the exit code a user would get. In-process rather
 * than spawned: a spawned process per case made these tests slow and time out on a busy machine.
 * `env` is set for the duration of the call; calls run one at a time so no two see each other's.
 * (tests/integration/built-tree.test.ts runs the compiled binary itself.)
 */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const run = async () => {
    const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
    Object.assign(process.env, env);
    let stdout = "";
    let stderr = "";
    try {
      const code = await dispatch(args, {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
      });
      return { code, stdout, stderr };
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
