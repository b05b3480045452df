/**
 * Starting and stopping real server processes for the load, crash and security scripts: the built
 * app (node build/server.js, NODE_ENV=production, WEB_CONCURRENCY workers) on a given DATA_DIR and
 * port, and small helpers around it. Ports stay in 3400–3499 and everything listens on loopback.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
// `node --import tsx` rather than the tsx binary: the binary runs the script in a child process,
// so a SIGKILL sent to it would leave the real server running.
const nodeWithTsx = (args: string[]) => [process.execPath, ["--import", "tsx", ...args]] as const;

// BENCH_CPU_PROF=DIR writes a V8 CPU profile of every server process there (the app's, the bare
// baselines' and the framework floor's), for finding where time goes.
const profileFlags = () =>
  process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];

/**
 * Builds the app when there is no build or the sources are newer, as `npm start` does (and under
 * the same lock file, so parallel callers build once).
 */
export function ensureBuild(): void {
  const result = spawnSync(process.execPath, [path.join(root, "scripts/start.mjs"), "--build-only"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("the build failed");
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface RunningProcess {
  proc: ChildProcess;
  port: number;
  url: string;
  /** Everything the process wrote, for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after 5 s; resolves when the process has exited. */
  stop(): Promise<void>;
  /** SIGKILL now; resolves when the process has exited. */
  kill(): Promise<void>;
}

function track(proc: ChildProcess, port: number): RunningProcess {
  let output = "";
  proc.stdout?.on("data", (d) => (output += d));
  proc.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once("exit", () => resolve());
  });
  const send = (signal: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
  };
  return {
    proc,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      send("SIGTERM");
      const timer = setTimeout(() => send("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      send("SIGKILL");
      await exited;
    },
  };
}

/** Waits until GET url answers 200, or throws with the process output. */
export async function waitForHttp(url: string, running: RunningProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.proc.exitCode !== null || running.proc.signalCode !== null) {
      throw new Error(`process exited before answering ${url}:\n${running.output()}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${running.output()}`);
}

/**
 * Starts the built app. The caller seeds DATA_DIR beforehand if it wants; the server migrates it
 * and adds the demo workspace on first start, as in production.
 */
export async function startApp(options: {
  port: number;
  dataDir: string;
  env?: Record<string, string>;
}): Promise<RunningProcess> {
  ensureBuild();
  const proc = spawn(process.execPath, [...profileFlags(), "build/server.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      DATABASE_URL: "",
      SMTP_URL: "",
      APP_URL: "",
      // Load generators present each simulated candidate as its own client with X-Forwarded-For,
      // as one reverse proxy in front of the app would, so per-address limits apply per candidate.
      TRUST_PROXY: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const running = track(proc, options.port);
  await waitForHttp(`${running.url}/healthz`, running);
  return running;
}

/** Resident memory (MiB) of each worker process of a running app (its primary's children), and of the primary. */
export function residentMemory(running: RunningProcess): { primary: number; workers: number[] } {
  const rss = (pid: number) => {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
  };
  const children = spawnSync("ps", ["-o", "pid=", "--ppid", String(running.proc.pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  return { primary: rss(running.proc.pid!), workers: children.map(rss) };
}

/** Starts a node script (TypeScript through tsx) and waits for url to answer. */
export async function startScript(
  script: string,
  options: { port: number; env?: Record<string, string>; readyPath?: string },
): Promise<RunningProcess> {
  const [cmd, args] = nodeWithTsx([script]);
  const proc = spawn(cmd, [...profileFlags(), ...args], {
    cwd: root,
    env: { ...process.env, PORT: String(options.port), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const running = track(proc, options.port);
  await waitForHttp(`${running.url}${options.readyPath ?? "/healthz"}`, running);
  return running;
}

/**
 * CPU time (user + system, ms) used so far by a running server: the process and its direct children
 * (an app's workers). Unlike requests per second, CPU per request hardly depends on what else the
 * machine runs at the same time, so it compares an app with its baseline on a busy machine too.
 */
export function cpuTimeMs(running: RunningProcess): number {
  const ticks = (pid: number) => {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").at(-1)!.split(" ");
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0; // exited meanwhile
    }
  };
  const children = spawnSync("ps", ["-o", "pid=", "--ppid", String(running.proc.pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  const hz = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
  return ([running.proc.pid!, ...children].reduce((sum, pid) => sum + ticks(pid), 0) * 1000) / hz;
}
