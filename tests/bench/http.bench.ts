/**
 * HTTP benchmarks against the built app, each beside a bare node:http baseline in the same run:
 *   answers  — saving an answer under 100 concurrent candidates vs a bare node:http +
 *              better-sqlite3 server doing the same insert (also with synchronous=NORMAL, to
 *              price the durability setting); afterwards stored answers must equal acknowledged ones.
 *   page     — GET of the questionnaire page of an attempt mid-way vs a bare server sending the
 *              same bytes.
 *   cycle    — 50 candidates each taking the questionnaire: GET the question page, POST the answer,
 *              again; vs a bare server doing the same reads and writes and sending the same bytes.
 * The app, its baselines and the framework floor run side by side and take turns under load (two
 * slices each, mirrored: see inTurns), so a phase when the shared machine is slower falls on all of
 * them alike. The app runs with WEB_CONCURRENCY workers (default: one per core); the baselines are
 * one process.
 * Each also reports CPU time per response (user + system, every process of the server) beside the
 * baseline's: on a machine shared with other work, requests per second swing with the load while
 * CPU per response swings less (though on this virtual machine it too fell by more than half between two runs),
 * so that ratio is the steadier one to compare changes with.
 * BENCH_SKIP_HTTP=1 skips them; BENCH_DURATION (seconds, default 20) sets each load run's length.
 * Every request comes from 127.0.0.1, so each simulated candidate sends its own X-Forwarded-For
 * (the server trusts it from loopback, as behind a local reverse proxy): per-client rate limits
 * then apply per candidate, as in production, without switching them off.
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import type { BenchResult } from "./types";
import { answerBody, plannedRequest, seedAnswerPlans, type AttemptPlan } from "./support/answer-plans";
import { cpuTimeMs, startApp, startScript, tempDir, root, type RunningProcess } from "./support/app-process";
import { createBareDatabase } from "./support/bare-server";
import { describeLoad, latencyQuantile, load, type LoadFigures } from "./support/load";

const skip = process.env.BENCH_SKIP_HTTP === "1";
const duration = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = 50;
const ATTEMPTS = 2000;
const APP_PORT = 3410;
const BARE_PORT = 3411;
const FLOOR_PORT = 3412;
const BARE_NORMAL_PORT = 3413;
const bareScript = path.join(root, "tests/bench/support/bare-server.ts");
const floorScript = path.join(root, "tests/bench/support/floor-server.ts");

/**
 * Runs a load against the framework floor (support/floor-server.ts): the app's stack with a one-route
 * app and no database, serving the captured page's markup. Its ratio to the bare server is the best
 * the app itself could reach on this stack and machine.
 */
function floorRun<T>(pageFile: string, run: (server: RunningProcess) => Promise<T>): Promise<T> {
  return withProcess(
    () =>
      startScript(floorScript, { port: FLOOR_PORT, env: { BODY_FILE: pageFile, NODE_ENV: "production" } }),
    run,
  );
}

/** A result row: the framework floor's figure beside the bare server's. */
const floorRow = (label: string, unit: string, floor: number, bare: number, bareName: string) => ({
  name: `${label}: framework floor (no database, no app code) ${unit}`,
  value: floor,
  unit,
  baseline: { name: bareName, value: bare },
  ratio: bare > 0 ? floor / bare : undefined,
});

const log = (line: string) => console.error(`  ${line}`);
export const candidateIp = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

function countAnswers(file: string, attemptIds?: string): number {
  const db = new SQLite(file, { readonly: true });
  try {
    return Number(
      (db.prepare(`select count(*) as n from answers${attemptIds ?? ""}`).get() as { n: number }).n,
    );
  } finally {
    db.close();
  }
}

/** Drives POST /a/TOKEN with planned answers; the same request sequence for the app and the baseline. */
function answerLoad(
  url: string,
  plans: AttemptPlan[],
  counter: { next: number; overflow: number },
  seconds: number,
  connections: number,
  port: number,
  options: { synthesize?: boolean } = {},
): Promise<LoadFigures> {
  return load({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: `http://127.0.0.1:${port}` },
    setupRequest: (request) => {
      const j = counter.next++;
      let planned = plannedRequest(plans, j);
      // The baseline checks nothing, so once the plan is used up any new item id will do.
      if (!planned && options.synthesize)
        planned = {
          token: plans[j % plans.length]!.token,
          body: answerBody(`x${j}`, "2"),
          attempt: j % plans.length,
        };
      if (!planned) {
        // Plan used up: a request that stores nothing and is not counted as acknowledged.
        counter.overflow++;
        return { ...request, method: "GET", path: "/a/plan-used-up", body: undefined };
      }
      return {
        ...request,
        path: `/a/${planned.token}`,
        body: planned.body,
        headers: {
          ...(request.headers as Record<string, string>),
          "X-Forwarded-For": candidateIp(planned.attempt),
        },
      };
    },
  });
}

/** A result row: CPU per response of the app beside the baseline's (see cpuTimeMs for why). */
const cpuRow = (label: string, app: number, bare: number, bareName: string) => ({
  name: `${label}: app CPU per response (all processes)`,
  value: app,
  unit: "ms",
  baseline: { name: `${bareName}, CPU per response`, value: bare },
  ratio: bare > 0 ? app / bare : undefined,
});

async function withProcess<T>(
  start: () => Promise<RunningProcess>,
  run: (p: RunningProcess) => Promise<T>,
): Promise<T> {
  const p = await start();
  try {
    return await run(p);
  } finally {
    await p.stop();
  }
}

/** A server and one slice of its load, run for the given seconds. */
interface Contender {
  server: RunningProcess;
  slice: (seconds: number) => Promise<LoadFigures>;
}

type TurnFigures = LoadFigures & { cpuPerResponse: number };

/**
 * Runs the servers' loads in turns instead of one after the other: each gets `duration` seconds in
 * two slices, in the order A B C, then C B A. This machine's speed drifts by tens of percent within
 * a minute (it is virtual and shared); run one after the other, whichever ran in a slow phase
 * looked worse. In turns, and mirrored so that a steady drift cancels, a slow phase falls on all of
 * them alike. Each server's figures cover both its slices: requests per second over its whole
 * time, CPU per response over all its responses, latency percentiles over all its responses.
 */
async function inTurns<K extends string>(contenders: Record<K, Contender>): Promise<Record<K, TurnFigures>> {
  const names = Object.keys(contenders) as K[];
  const slices = new Map<K, { figures: LoadFigures; cpu: number }[]>(names.map((name) => [name, []]));
  for (const name of [...names, ...[...names].reverse()]) {
    const { server, slice } = contenders[name];
    const before = cpuTimeMs(server);
    const figures = await slice(duration / 2);
    slices.get(name)!.push({ figures, cpu: cpuTimeMs(server) - before });
  }
  const merged = names.map((name) => {
    const parts = slices.get(name)!;
    const sum = (pick: (f: LoadFigures) => number) => parts.reduce((n, { figures }) => n + pick(figures), 0);
    const statusCounts: Record<string, number> = {};
    for (const { figures } of parts)
      for (const [code, n] of Object.entries(figures.statusCounts))
        statusCounts[code] = (statusCounts[code] ?? 0) + n;
    const total = sum((f) => f.total);
    const latencies = parts.flatMap(({ figures }) => figures.latencies);
    const figures: TurnFigures = {
      requestsPerSecond: total / duration,
      p50: Math.round(latencyQuantile(latencies, 0.5)),
      p99: Math.round(latencyQuantile(latencies, 0.99)),
      total,
      ok: sum((f) => f.ok),
      statusCounts,
      errors: sum((f) => f.errors),
      timeouts: sum((f) => f.timeouts),
      latencies,
      cpuPerResponse: parts.reduce((n, part) => n + part.cpu, 0) / Math.max(1, total),
    };
    return [name, figures] as const;
  });
  return Object.fromEntries(merged) as Record<K, TurnFigures>;
}

export async function answerBenchmarks(): Promise<BenchResult[]> {
  if (skip) return [];
  // Enough planned answers for ~2,500 req/s; the run reports any shortfall.
  const perAttempt = Math.min(80, Math.ceil((2500 * (duration + 2)) / ATTEMPTS));
  const dataDir = tempDir("rolefit-bench-answers-");
  try {
    log(`seeding ${ATTEMPTS} self-assessment attempts, ${perAttempt} planned answers each…`);
    const plans = await seedAnswerPlans(dataDir, ATTEMPTS, perAttempt);
    const dbFile = path.join(dataDir, "rolefit.sqlite");

    // The app, the bare inserts (FULL and NORMAL, on fresh files with the same attempts) and the
    // framework floor run side by side and take their turns (see inTurns).
    const bareFile = (sync: "FULL" | "NORMAL") => {
      const file = path.join(dataDir, `bare-${sync}.sqlite`);
      createBareDatabase(
        file,
        plans.map((p) => p.token),
      );
      return file;
    };
    const fullFile = bareFile("FULL");
    const normalFile = bareFile("NORMAL");
    const pageFile = path.join(dataDir, "floor-page.html");
    fs.writeFileSync(pageFile, "<html><body><p>Saved.</p><script></script></body></html>");
    const counters = {
      app: { next: 0, overflow: 0 },
      full: { next: 0, overflow: 0 },
      normal: { next: 0, overflow: 0 },
      floor: { next: 0, overflow: 0 },
    };
    const run = await withProcess(
      () => startApp({ port: APP_PORT, dataDir }),
      (appServer) =>
        withProcess(
          () =>
            startScript(bareScript, {
              port: BARE_PORT,
              env: { MODE: "answers", DB_FILE: fullFile, SYNC: "FULL" },
            }),
          (fullServer) =>
            withProcess(
              () =>
                startScript(bareScript, {
                  port: BARE_NORMAL_PORT,
                  env: { MODE: "answers", DB_FILE: normalFile, SYNC: "NORMAL" },
                }),
              (normalServer) =>
                floorRun(pageFile, async (floorServer) => {
                  const before = countAnswers(dbFile);
                  const warm = await answerLoad(appServer.url, plans, counters.app, 2, 10, APP_PORT);
                  const baselines = [
                    [fullServer, counters.full, BARE_PORT],
                    [normalServer, counters.normal, BARE_NORMAL_PORT],
                    [floorServer, counters.floor, FLOOR_PORT],
                  ] as const;
                  for (const [server, counter, port] of baselines)
                    await answerLoad(server.url, plans, counter, 2, 10, port, { synthesize: true });
                  const baseline = (server: RunningProcess, counter: typeof counters.full, port: number) => ({
                    server,
                    slice: (seconds: number) =>
                      answerLoad(server.url, plans, counter, seconds, CONNECTIONS, port, {
                        synthesize: true,
                      }),
                  });
                  const figures = await inTurns({
                    app: {
                      server: appServer,
                      slice: (seconds) =>
                        answerLoad(appServer.url, plans, counters.app, seconds, CONNECTIONS, APP_PORT),
                    },
                    full: baseline(fullServer, counters.full, BARE_PORT),
                    normal: baseline(normalServer, counters.normal, BARE_NORMAL_PORT),
                    floor: baseline(floorServer, counters.floor, FLOOR_PORT),
                  });
                  return { before, warm, figures };
                }),
            ),
        ),
    );
    const app = { before: run.before, warm: run.warm, main: run.figures.app, counter: counters.app };
    const { full, normal, floor } = run.figures;
    const stored = countAnswers(dbFile) - app.before;
    // autocannon stops counting at the end of the run while up to one request per connection is
    // still in flight; the server may store those too. So: acknowledged ≤ stored ≤ sent.
    const acknowledged = app.warm.ok + app.main.ok;
    const sent = app.counter.next - app.counter.overflow;
    // A 409 is the app refusing an answer to a question that is not yet waiting: under this load an
    // attempt's next planned answer can arrive while its previous one is still being saved. It
    // stores nothing, which is right; any other refusal is a failure.
    const statuses = Object.entries(app.warm.statusCounts).concat(Object.entries(app.main.statusCounts));
    const conflicts = statuses.filter(([code]) => code === "409").reduce((n, [, c]) => n + c, 0);
    const refused = statuses.filter(([code]) => !/^[23]/.test(code) && code !== "409");
    const storedOk = acknowledged <= stored && stored <= sent - conflicts && refused.length === 0;
    log(`app:  ${describeLoad(app.main)}; plan overflow ${app.counter.overflow}`);
    log(
      `app:  answers acknowledged (2xx/3xx, warm-up included) ${acknowledged}, stored ${stored}, sent ${sent}, refused as not yet waiting (409) ${conflicts} → ${storedOk ? "ok" : `MISMATCH ${JSON.stringify(refused)}`}`,
    );
    if (!storedOk) process.exitCode = 1;
    log(
      `bare FULL: ${describeLoad(full)}; plan overflow ${counters.full.overflow}; stored ${countAnswers(fullFile)}`,
    );
    log(
      `bare NORMAL: ${describeLoad(normal)}; plan overflow ${counters.normal.overflow}; stored ${countAnswers(normalFile)}`,
    );
    log(`floor: ${describeLoad(floor)}`);

    const label = `answer saving, ${CONNECTIONS} connections × ${duration} s`;
    return [
      {
        name: `${label}: app req/s (≥ 0.6× bare)`,
        value: app.main.requestsPerSecond,
        unit: "req/s",
        budget: 0.6 * full.requestsPerSecond,
        higherIsBetter: true,
        baseline: { name: "bare node:http + better-sqlite3 insert, FULL", value: full.requestsPerSecond },
        ratio: app.main.requestsPerSecond / full.requestsPerSecond,
      },
      {
        name: `${label}: app p99`,
        value: app.main.p99,
        unit: "ms",
        budget: 100,
        baseline: { name: "bare insert p99, FULL", value: full.p99 },
        ratio: full.p99 > 0 ? app.main.p99 / full.p99 : undefined,
      },
      cpuRow(label, app.main.cpuPerResponse, full.cpuPerResponse, "bare insert, FULL"),
      floorRow(label, "req/s", floor.requestsPerSecond, full.requestsPerSecond, "bare insert, FULL"),
      floorRow(
        label,
        "CPU per response (ms)",
        floor.cpuPerResponse,
        full.cpuPerResponse,
        "bare insert, FULL",
      ),
      {
        name: `${label}: answers stored (sent ${sent}, ${storedOk ? "ok" : "MISMATCH"})`,
        value: stored,
        unit: "rows",
        baseline: { name: "acknowledged (2xx/3xx)", value: acknowledged },
        ratio: acknowledged > 0 ? stored / acknowledged : undefined,
      },
      {
        name: `${label}: bare insert req/s, synchronous=FULL`,
        value: full.requestsPerSecond,
        unit: "req/s",
        baseline: { name: "the same with synchronous=NORMAL", value: normal.requestsPerSecond },
        ratio: full.requestsPerSecond / normal.requestsPerSecond,
      },
      {
        name: `${label}: bare insert p99, synchronous=FULL`,
        value: full.p99,
        unit: "ms",
        baseline: { name: "the same with synchronous=NORMAL", value: normal.p99 },
        ratio: normal.p99 > 0 ? full.p99 / normal.p99 : undefined,
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function pageBenchmarks(): Promise<BenchResult[]> {
  if (skip) return [];
  const dataDir = tempDir("rolefit-bench-page-");
  try {
    // One attempt 10 answers in, answered through the app itself before the measured runs.
    const [plan] = await seedAnswerPlans(dataDir, 1, 11);
    const pageUrl = `/a/${plan!.token}`;
    const captured = path.join(dataDir, "page.html");
    const figures = await withProcess(
      () =>
        startApp({
          port: APP_PORT,
          dataDir,
        }),
      async (server) => {
        for (const body of plan!.bodies.slice(0, 10)) {
          const res = await fetch(server.url + pageUrl, {
            method: "POST",
            redirect: "manual",
            body,
            headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
          });
          if (res.status !== 302) throw new Error(`answer refused: ${res.status}`);
        }
        const page = await fetch(server.url + pageUrl);
        fs.writeFileSync(captured, Buffer.from(await page.arrayBuffer()));
        if (page.status !== 200 || !/Question 11|question/i.test(fs.readFileSync(captured, "utf8")))
          throw new Error(`unexpected page ${page.status}`);
        const type = page.headers.get("content-type")!;
        // The bare server and the floor send what the app just sent; the three take turns.
        return withProcess(
          () =>
            startScript(bareScript, {
              port: BARE_PORT,
              env: { MODE: "static", BODY_FILE: captured, CONTENT_TYPE: type },
            }),
          (bareServer) =>
            floorRun(captured, async (floorServer) => {
              const servers = { app: server, bare: bareServer, floor: floorServer };
              for (const each of Object.values(servers))
                await load({ url: each.url + pageUrl, connections: 10, duration: 2 });
              const pageLoad = (each: RunningProcess) => ({
                server: each,
                slice: (seconds: number) =>
                  load({ url: each.url + pageUrl, connections: CONNECTIONS, duration: seconds }),
              });
              return inTurns({
                app: pageLoad(server),
                bare: pageLoad(bareServer),
                floor: pageLoad(floorServer),
              });
            }),
        );
      },
    );
    const { app, bare, floor } = figures;
    const bytes = fs.statSync(captured).size;
    log(`page app:  ${describeLoad(app)} (${bytes} bytes)`);
    log(`page bare: ${describeLoad(bare)}`);
    log(`page floor: ${describeLoad(floor)}`);
    const label = `questionnaire page GET (${(bytes / 1024).toFixed(0)} KiB), ${CONNECTIONS} connections × ${duration} s`;
    return [
      {
        name: `${label}: app req/s (≥ 0.6× the framework floor)`,
        value: app.requestsPerSecond,
        unit: "req/s",
        budget: 0.6 * floor.requestsPerSecond,
        higherIsBetter: true,
        baseline: { name: "framework floor, same markup", value: floor.requestsPerSecond },
        ratio: app.requestsPerSecond / floor.requestsPerSecond,
      },
      {
        name: `${label}: app req/s`,
        value: app.requestsPerSecond,
        unit: "req/s",
        baseline: { name: "bare node:http sending the same bytes", value: bare.requestsPerSecond },
        ratio: app.requestsPerSecond / bare.requestsPerSecond,
      },
      {
        name: `${label}: app p99`,
        value: app.p99,
        unit: "ms",
        budget: 150,
        baseline: { name: "bare p99", value: bare.p99 },
        ratio: bare.p99 > 0 ? app.p99 / bare.p99 : undefined,
      },
      cpuRow(label, app.cpuPerResponse, bare.cpuPerResponse, "bare server"),
      floorRow(label, "req/s", floor.requestsPerSecond, bare.requestsPerSecond, "bare server"),
      floorRow(label, "CPU per response (ms)", floor.cpuPerResponse, bare.cpuPerResponse, "bare server"),
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const CANDIDATES = 50;

/**
 * Each of up to 50 connections takes the free candidate who waited longest, GETs its page, POSTs
 * its next planned answer and frees it, and again; no candidate is on two connections at once.
 * When a candidate's plan is used up the POST asks for a page that does not exist instead (counted
 * apart).
 */
/**
 * Where a server's candidates are: who is free and how far each got, kept across the slices of its
 * turns. Sentinels asked for (the plan ran out) and sentinels answered: at the end of a slice up to
 * one per connection is still in flight, asked for but never counted among the responses.
 */
function cycleState(plans: AttemptPlan[]) {
  return {
    plans,
    free: plans.map((_, i) => i),
    steps: plans.map(() => 0),
    overflow: { count: 0, answered: 0 },
  };
}

function cycleLoad(
  url: string,
  state: ReturnType<typeof cycleState>,
  seconds: number,
  port: number,
  options: { synthesize?: boolean } = {},
) {
  const { plans, free, steps, overflow } = state;
  return load({
    url,
    connections: Math.min(plans.length, CANDIDATES),
    duration: seconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request, context) => {
          const candidate = free.shift()!;
          context.candidate = candidate;
          return {
            ...request,
            path: `/a/${plans[candidate]!.token}`,
            headers: { "X-Forwarded-For": candidateIp(candidate) },
          };
        },
      },
      {
        method: "POST",
        setupRequest: (request, context) => {
          const candidate = context.candidate as number;
          const plan = plans[candidate]!;
          const step = steps[candidate]!++;
          let body = plan.bodies[step];
          if (body === undefined && options.synthesize) body = answerBody(`x${candidate}-${step}`, "2");
          context.sentinel = body === undefined;
          if (body === undefined) {
            overflow.count++;
            return { ...request, method: "GET", path: "/a/plan-used-up", body: undefined };
          }
          return {
            ...request,
            path: `/a/${plan.token}`,
            body,
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              Origin: `http://127.0.0.1:${port}`,
              "X-Forwarded-For": candidateIp(candidate),
            },
          };
        },
        onResponse: (_status, _body, context) => {
          if (context.sentinel) overflow.answered++;
          free.push(context.candidate as number);
        },
      },
    ],
  });
}

export async function cycleBenchmarks(): Promise<BenchResult[]> {
  if (skip) return [];
  const dataDir = tempDir("rolefit-bench-cycle-");
  try {
    // A questionnaire ends after about 85 answers, so 50 candidates alone would run out of planned
    // answers within seconds at the bare server's pace. The 50 connections therefore take turns over
    // a larger pool, sized so that no plan runs out below 3,000 cycles/s; each connection still
    // serves one candidate at a time, and a candidate's page and answer go over one connection.
    const perAttempt = 85;
    const pool = Math.max(CANDIDATES, Math.ceil((3000 * (duration + 2)) / perAttempt));
    log(`seeding ${CANDIDATES + pool} attempts with up to ${perAttempt} planned answers each…`);
    const all = await seedAnswerPlans(dataDir, CANDIDATES + pool, perAttempt);
    const [warmPlans, plans] = [all.slice(0, CANDIDATES), all.slice(CANDIDATES)];
    const captured = path.join(dataDir, "page.html");
    const file = path.join(dataDir, "bare-cycle.sqlite");
    createBareDatabase(
      file,
      all.map((p) => p.token),
    );
    const states = { app: cycleState(plans), bare: cycleState(plans), floor: cycleState(plans) };
    const figures = await withProcess(
      () => startApp({ port: APP_PORT, dataDir }),
      async (server) => {
        const page = await fetch(`${server.url}/a/${plans[0]!.token}`);
        fs.writeFileSync(captured, Buffer.from(await page.arrayBuffer()));
        if (page.status !== 200) throw new Error(`unexpected page ${page.status}`);
        const type = page.headers.get("content-type")!;
        // The bare server and the floor send what the app just sent; the three take turns.
        return withProcess(
          () =>
            startScript(bareScript, {
              port: BARE_PORT,
              env: { MODE: "cycle", DB_FILE: file, SYNC: "FULL", BODY_FILE: captured, CONTENT_TYPE: type },
            }),
          (bareServer) =>
            floorRun(captured, async (floorServer) => {
              await cycleLoad(server.url, cycleState(warmPlans), 2, APP_PORT);
              await cycleLoad(bareServer.url, cycleState(warmPlans), 2, BARE_PORT, { synthesize: true });
              await cycleLoad(floorServer.url, cycleState(warmPlans), 2, FLOOR_PORT, { synthesize: true });
              return inTurns({
                app: { server, slice: (seconds) => cycleLoad(server.url, states.app, seconds, APP_PORT) },
                bare: {
                  server: bareServer,
                  slice: (seconds) =>
                    cycleLoad(bareServer.url, states.bare, seconds, BARE_PORT, { synthesize: true }),
                },
                floor: {
                  server: floorServer,
                  slice: (seconds) =>
                    cycleLoad(floorServer.url, states.floor, seconds, FLOOR_PORT, { synthesize: true }),
                },
              });
            }),
        );
      },
    );
    const { bare, floor } = figures;
    const app = {
      figures: figures.app,
      overflow: states.app.overflow.count,
      sentinelResponses: states.app.overflow.answered,
    };
    log(`cycle floor: ${describeLoad(floor)}`);
    // A candidate whose planned answers ran out (the questionnaire ended) asks for a sentinel path
    // instead of answering: those 404s are the benchmark's own, one per overflow, not the app's.
    const statuses = { ...app.figures.statusCounts } as Record<string, number>;
    if (app.sentinelResponses) statuses["404"] = (statuses["404"] ?? 0) - app.sentinelResponses;
    const failed = Object.entries(statuses).filter(
      ([code, n]) => n !== 0 && !/^[23]/.test(code) && code !== "409",
    );
    log(`cycle app:  ${describeLoad(app.figures)}; plan overflow ${app.overflow}`);
    log(`cycle bare: ${describeLoad(bare)}`);
    if (failed.length) {
      log(`cycle app: unexpected statuses ${JSON.stringify(failed)}`);
      process.exitCode = 1;
    }
    // A cycle is two requests (the page and the answer); cycles that ended on the sentinel instead
    // of an answer are not counted.
    const responses = Object.values(app.figures.statusCounts).reduce((a, b) => a + b, 0);
    const answeredShare = responses ? Math.max(0, 1 - (2 * app.sentinelResponses) / responses) : 1;
    const appCycles = (app.figures.requestsPerSecond / 2) * answeredShare;
    const bareCycles = bare.requestsPerSecond / 2;
    const label = `candidate cycle (GET page + POST answer), ${CANDIDATES} candidates × ${duration} s`;
    const floorCycles = floor.requestsPerSecond / 2;
    return [
      {
        name: `${label}: app cycles/s (≥ 0.6× the framework floor)`,
        value: appCycles,
        unit: "cycles/s",
        budget: 0.6 * floorCycles,
        higherIsBetter: true,
        baseline: { name: "framework floor, same markup", value: floorCycles },
        ratio: appCycles / floorCycles,
      },
      {
        name: `${label}: app cycles/s`,
        value: appCycles,
        unit: "cycles/s",
        baseline: {
          name: "bare node:http + better-sqlite3, same reads, writes (FULL) and bytes",
          value: bareCycles,
        },
        ratio: appCycles / bareCycles,
      },
      {
        name: `${label}: app request p99`,
        value: app.figures.p99,
        unit: "ms",
        baseline: { name: "bare request p99", value: bare.p99 },
        ratio: bare.p99 > 0 ? app.figures.p99 / bare.p99 : undefined,
      },
      cpuRow(label, app.figures.cpuPerResponse, bare.cpuPerResponse, "bare server"),
      floorRow(label, "cycles/s", floorCycles, bareCycles, "bare server"),
      floorRow(label, "CPU per response (ms)", floor.cpuPerResponse, bare.cpuPerResponse, "bare server"),
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
