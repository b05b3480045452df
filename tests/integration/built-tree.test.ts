/**
 * The compiled tree as an operator runs it: `node build/server.js` with two workers on SQLite
 * (WAL), the compiled CLI, and the rule that built code needs production dependencies only.
 * Builds first when there is no build or the sources are newer (under `npm start`'s lock file).
 */
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { builtinModules } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retentionJobKey, RETENTION_JOB } from "~/server/retention.server";
import { seedAnswerPlans, type AttemptPlan } from "../bench/support/answer-plans";

const root = path.resolve(import.meta.dirname, "..", "..");

beforeAll(() => {
  const result = spawnSync(process.execPath, [path.join(root, "scripts/start.mjs"), "--build-only"], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
}, 900_000);

describe("the compiled CLI", () => {
  it("runs under plain node and prints its usage", async () => {
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [path.join(root, "app/cli/bin.mjs"), "--help"],
        { cwd: root },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
      );
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: rolefit <command>/);
  });

  it("loads neither zod nor a database driver before a command needs them (a quick --help)", () => {
    // The static import graph from build/cli.js: what node loads before any command runs.
    const packages = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = fs.readFileSync(file, "utf8");
      for (const match of code.matchAll(
        /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|(?:^|\n)\s*import\s*"([^"]+)"/g,
      )) {
        const specifier = match[1] ?? match[2]!;
        if (specifier.startsWith(".")) visit(path.resolve(path.dirname(file), specifier));
        else packages.add(specifier.split("/")[0]!);
      }
    };
    visit(path.join(root, "build/cli.js"));
    expect(seen.size).toBeGreaterThan(1);
    expect([...packages].filter((p) => ["zod", "better-sqlite3", "pg", "kysely"].includes(p))).toEqual([]);
  });
});

describe("the built tree's imports", () => {
  const dependencies = new Set(
    Object.keys(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).dependencies),
  );
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const packageOf = (specifier: string) =>
    specifier
      .split("/")
      .slice(0, specifier.startsWith("@") ? 2 : 1)
      .join("/");
  const files = () => {
    const js = (dir: string) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((f) => f.endsWith(".js"))
        .map((f) => path.join(root, dir, f));
    return [...js("build"), ...js("build/chunks"), ...js("build/server")];
  };

  it("loads only production dependencies (vite only in development, dynamically)", () => {
    const found = new Map<string, string>();
    for (const file of files()) {
      const code = fs.readFileSync(file, "utf8");
      for (const match of code.matchAll(
        /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"([^".][^"]*)"|(?:^|\n)\s*import\s*"([^".][^"]*)"/g,
      )) {
        const specifier = match[1] ?? match[2]!;
        if (!builtins.has(specifier)) found.set(packageOf(specifier), path.relative(root, file));
      }
      for (const match of code.matchAll(/\bimport\(\s*"([^".][^"]*)"\s*\)/g)) {
        if (match[1] !== "vite") found.set(packageOf(match[1]!), path.relative(root, file));
      }
    }
    const outside = [...found].filter(([name]) => !dependencies.has(name));
    expect(outside).toEqual([]);
    // The scan saw the imports it should have.
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(["serve-static", "compression", "kysely", "react", "@remix-run/node"]),
    );
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One request on a fresh connection, so the cluster's round robin spreads them over the workers. */
function request(
  port: number,
  method: string,
  pathname: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path: pathname,
        agent: false,
        headers: { ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}), ...headers },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function workerPids(primary: number): number[] {
  const ps = spawnSync("ps", ["-o", "pid=", "--ppid", String(primary)], { encoding: "utf8" });
  return ps.stdout
    .split("\n")
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0)
    .sort();
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(
  what: string,
  check: () => T | Promise<T>,
  output: () => string,
): Promise<NonNullable<T>> {
  // No deadline of its own: a stuck server ends in the test's timeout, with the server's output.
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch {
      // Not ready yet.
    }
    if (server.exitCode !== null)
      throw new Error(`the server exited while waiting for ${what}:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let server: ChildProcess;
let output = "";
let port: number;
let plans: AttemptPlan[];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-workers-"));
const startedOn = new Date();

describe("two workers on SQLite", () => {
  beforeAll(async () => {
    port = await freePort();
    // Twenty self-assessments past self-identification, five valid answers planned for each.
    plans = await seedAnswerPlans(dataDir, 20, 5);
    server = spawn(process.execPath, ["build/server.js"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        SMTP_URL: "",
        APP_URL: "",
        WEB_CONCURRENCY: "2",
        // Each simulated candidate comes as its own client (X-Forwarded-For), as behind one proxy.
        TRUST_PROXY: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    await until(
      "the workers",
      () => output.includes("(2 workers)"),
      () => output,
    );
  }, 600_000);

  afterAll(async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves from two worker processes; the primary seeded the demo workspace once", async () => {
    expect(workerPids(server.pid!)).toHaveLength(2);
    expect(await request(port, "GET", "/healthz")).toBe(200);
    expect(output.match(/A demo workspace was created/g)).toHaveLength(1);
  });

  it("runs the day's retention purge once, as a job on the queue", async () => {
    const db = new Database(path.join(dataDir, "rolefit.sqlite"), { readonly: true });
    try {
      const rows = await until(
        "the retention job",
        () => {
          const found = db
            .prepare("select idempotency_key as key, status from jobs where kind = ?")
            .all(RETENTION_JOB) as { key: string; status: string }[];
          return found.length > 0 && found.every((r) => r.status === "done") ? found : null;
        },
        () => output,
      );
      expect(rows.map((r) => r.key)).toEqual([retentionJobKey(startedOn)]);
    } finally {
      db.close();
    }
  });

  it("saves answers sent at once through both workers, every one acknowledged and stored", async () => {
    const countAnswers = () => {
      const db = new Database(path.join(dataDir, "rolefit.sqlite"), { readonly: true });
      try {
        return (db.prepare("select count(*) as n from answers").get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const before = countAnswers();
    // The attempts answer in parallel, each in order; both workers write to the one file at once.
    const statuses = await Promise.all(
      plans.map(async (plan, i) => {
        const got: number[] = [];
        for (const body of plan.bodies)
          got.push(
            await request(port, "POST", `/a/${plan.token}`, body, { "x-forwarded-for": `10.9.0.${i + 1}` }),
          );
        return got;
      }),
    );
    expect(statuses.flat().filter((status) => status !== 302)).toEqual([]);
    expect(countAnswers() - before).toBe(plans.reduce((n, plan) => n + plan.bodies.length, 0));
  });

  it("holds the failed sign-in limit across workers", async () => {
    const body = new URLSearchParams({
      email: "demo@example.com",
      password: "not the password at all",
    }).toString();
    const statuses: number[] = [];
    // Ten failures are allowed per account; each on its own connection, so both workers count.
    for (let i = 0; i < 11; i++) statuses.push(await request(port, "POST", "/login", body));
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses[10]).toBe(429);
  });

  it("replaces a worker that dies, and the workers end with the primary", async () => {
    const [first, second] = workerPids(server.pid!);
    process.kill(first!, "SIGKILL");
    const replaced = await until(
      "a new worker",
      () => {
        const pids = workerPids(server.pid!);
        return pids.length === 2 && !pids.includes(first!) ? pids : null;
      },
      () => output,
    );
    expect(replaced).toContain(second);
    expect(await request(port, "GET", "/healthz")).toBe(200);

    server.kill("SIGKILL");
    await until(
      "the workers to end",
      () => replaced.every((pid) => !alive(pid)),
      () => output,
    );
  });
});
