/**
 * Start-up, as an operator meets it: `node scripts/start.mjs` (what `npm start` runs) on a built
 * tree, until /healthz answers 200, with one and with two workers; the first start on an empty data
 * directory (migrations and the demo workspace) and a restart on an existing one. Baseline: a bare
 * node:http server started the same way, until it answers. Also the compiled CLI's `--help`
 * against `node -e 0`.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureBuild, root, tempDir } from "./support/app-process";
import type { BenchResult } from "./types";

const PORT = 3440;
const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 5);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Milliseconds from spawning the command until GET /healthz (or /) on PORT answers 200. */
async function timeToHealthy(
  args: string[],
  env: Record<string, string>,
  readyPath: string,
): Promise<number> {
  const started = performance.now();
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  proc.stderr.on("data", (d) => (errors += d));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`exited before it was healthy:\n${errors}`);
      if (performance.now() - started > 60_000) throw new Error(`not healthy within 60 s:\n${errors}`);
      try {
        const res = await fetch(`http://127.0.0.1:${PORT}${readyPath}`);
        if (res.ok) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    proc.kill("SIGTERM");
    await exited;
  }
}

function timeToExit(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${result.status}`);
  return performance.now() - started;
}

export async function startupBenchmarks(): Promise<BenchResult[]> {
  ensureBuild();
  const bareServer = [
    "-e",
    "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')",
  ];
  const bare: number[] = [];
  for (let i = 0; i < ROUNDS; i++) bare.push(await timeToHealthy(bareServer, {}, "/"));
  const bareMedian = median(bare);

  const results: BenchResult[] = [];
  for (const workers of [1, 2]) {
    const env = {
      NODE_ENV: "production",
      WEB_CONCURRENCY: String(workers),
      DATABASE_URL: "",
      SMTP_URL: "",
      APP_URL: "",
    };
    const first: number[] = [];
    const restart: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const dataDir = tempDir("rolefit-startup-");
      try {
        const start = [path.join(root, "scripts/start.mjs")];
        first.push(await timeToHealthy(start, { ...env, DATA_DIR: dataDir }, "/healthz"));
        restart.push(await timeToHealthy(start, { ...env, DATA_DIR: dataDir }, "/healthz"));
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
    const baseline = { name: "bare node:http server, start to first 200 (median)", value: bareMedian };
    results.push(
      {
        name: `start to healthy, ${workers} worker${workers > 1 ? "s" : ""}, existing data (median of ${ROUNDS})`,
        value: median(restart),
        unit: "ms",
        budget: 2000,
        baseline,
        ratio: median(restart) / bareMedian,
      },
      {
        name: `start to healthy, ${workers} worker${workers > 1 ? "s" : ""}, first start: migrations + demo (median)`,
        value: median(first),
        unit: "ms",
        baseline,
        ratio: median(first) / bareMedian,
      },
    );
  }

  const help: number[] = [];
  const empty: number[] = [];
  for (let i = 0; i < 10; i++) {
    help.push(timeToExit([path.join(root, "app/cli/bin.mjs"), "--help"]));
    empty.push(timeToExit(["-e", "0"]));
  }
  results.push({
    name: "rolefit --help (median of 10)",
    value: median(help),
    unit: "ms",
    baseline: { name: "node -e 0 (median of 10)", value: median(empty) },
    ratio: median(help) / median(empty),
  });
  return results;
}
