// The RoleFit server: validates the environment, opens and migrates the database, seeds the demo
// workspace on first run and serves the built app from WEB_CONCURRENCY worker processes (one per
// core by default). The primary process owns everything that must happen once: migrations, the
// seed, and the job queue (email, the daily retention purge). `npm run build` compiles this file to
// build/server.js; `npm start` (scripts/start.mjs) builds when needed and runs that.
import cluster from "node:cluster";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import http from "node:http";
import compression from "compression";
import serveStatic from "serve-static";
import { openDatabase, type AppDatabase } from "./db/connection.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { seedDemoWorkspace } from "./app/server/demo-workspace.server.ts";
import { createServices, type AppServices } from "./app/server/context.server.ts";
import { EnvError, loadEnv, type Env } from "./app/server/env.server.ts";
import {
  BODY_LIMIT_BYTES,
  HSTS_HEADER,
  isCrossSiteWrite,
  isDirectLocalRequest,
  newNonce,
  securityHeaders,
  unsupportedWriteContentType,
} from "./app/server/http-security.server.ts";
import { bodyLimit } from "./app/server/body-limit.server.ts";
import {
  clientAddress,
  isSecureRequest,
  pipeline,
  sendText,
  type Middleware,
} from "./app/server/http-pipeline.server.ts";
import { startJobRunner } from "./app/server/jobs.server.ts";
import { createRemixHandler } from "./app/server/remix-adapter.server.ts";
import { installRouteMatchCache } from "./app/server/route-match-cache.server.ts";
import { scheduleRetention } from "./app/server/retention.server.ts";

/** The project root: the nearest folder above this file with a package.json (server.ts or build/server.js). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}
const root = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let env: Env;
try {
  env = loadEnv();
} catch (error) {
  fail(error instanceof EnvError ? error.message : String(error));
}
const dev = env.nodeEnv === "development";
// The dev server (Vite middleware, hot reload) runs in one process.
const workerCount = dev ? 1 : env.webConcurrency;
const serverBuildFile = path.join(root, "build/server/index.js");
if (!dev && !fs.existsSync(serverBuildFile))
  fail("There is no build: run `npm start` (it builds first) or `npm run build`.");

/**
 * A worker tells the primary it is WAITING once its code is loaded; the primary answers START
 * when migrations and the seed are done (at once, if they are): open the database and listen.
 */
const WAITING = "rolefit:waiting";
const START = "rolefit:start";

if (cluster.isPrimary) await startPrimary();
else {
  // Ready for START before saying WAITING, so the answer cannot arrive unheard.
  const started = new Promise<void>((resolve) => {
    const onMessage = (message: unknown) => {
      if (message !== START) return;
      process.off("message", onMessage);
      resolve();
    };
    process.on("message", onMessage);
    process.send!(WAITING);
  });
  // Loading the app's code is most of a worker's start-up: it runs while the primary migrates.
  const build = dev ? undefined : await loadBuild();
  await started;
  await serve(
    openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir }),
    undefined,
    undefined,
    build,
  );
}

async function loadBuild(): Promise<ServerBuild> {
  return (await import(pathToFileURL(serverBuildFile).href)) as ServerBuild;
}

/**
 * Migrates, seeds and runs the job queue once, here; then serves in this process (one worker) or
 * forks the workers, restarting any that dies.
 */
async function startPrimary() {
  // Several workers are forked at once, so that they load the app's code while this process
  // migrates; each waits for START before it touches the database.
  let ready = false;
  const waiting = new Set<import("node:cluster").Worker>();
  cluster.on("message", (worker, message) => {
    if (message !== WAITING) return;
    if (ready) worker.send(START);
    else waiting.add(worker);
  });
  const fork = () => cluster.fork();
  if (workerCount > 1) {
    // Workers run this same compiled file (not the `npm start` launcher, which would check the build again).
    cluster.setupPrimary({ exec: fileURLToPath(import.meta.url) });
    for (let i = 0; i < workerCount; i++) fork();
  }
  const database = openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  const migration = await migrateToLatest(database);
  if (migration.applied.length)
    console.log(`Applied ${migration.applied.length} migration(s): ${migration.applied.join(", ")}`);
  const services = createServices(database, env);
  const demo = env.demoSeed ? await seedDemoWorkspace(services, env.publicOrigin) : null;
  if (demo) {
    console.log(
      [
        "",
        "  A demo workspace was created. Sign in with:",
        `    email:    ${demo.email}`,
        `    password: ${demo.password}`,
        "  (shown once; use 'Forgot password' and the dev outbox if you lose it)",
        ...demo.notes.map((n) => `  Also seeded: ${n}`),
        "",
      ].join("\n"),
    );
  }
  // Background work lives in this one process whatever the number of workers: the daily retention
  // purge is a job on the queue (one per day by its key), and the runner delivers it and the email.
  const stopRetention = scheduleRetention(database.db);
  const jobRunner = startJobRunner(database.db, services.jobHandlers);
  if (!env.appUrl) {
    console.log(
      `APP_URL is not set: emailed links point at ${env.publicOrigin}. Set APP_URL to the public address before inviting anyone.`,
    );
  }
  const stopBackground = async () => {
    stopRetention();
    await jobRunner.stop();
  };

  if (workerCount === 1) {
    await serve(database, services, stopBackground);
    return;
  }

  ready = true;
  for (const worker of waiting) if (worker.isConnected()) worker.send(START);
  waiting.clear();
  let stopping = false;
  let listening = 0;
  const served = new WeakSet<import("node:cluster").Worker>();
  cluster.on("listening", (worker) => {
    served.add(worker);
    if (++listening === workerCount) announce(`${workerCount} workers`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (!served.has(worker)) {
      // It failed before serving (the port is taken, the database cannot be opened, …): another
      // would fail the same way, so stop rather than restart it forever.
      console.error(
        `A worker stopped before it could serve (${signal ?? `exit code ${code}`}); see the messages above. Stopping.`,
      );
      process.exitCode = 1;
      shutdown();
      return;
    }
    console.error(
      `Worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another.`,
    );
    setTimeout(() => stopping || fork(), 1000).unref();
  });

  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    const finish = async () => {
      await stopBackground();
      await database.close();
      process.exit();
    };
    const waitForWorkers = () =>
      Object.keys(cluster.workers ?? {}).length === 0 ? void finish() : setTimeout(waitForWorkers, 50);
    waitForWorkers();
    setTimeout(() => process.exit(), 8000).unref();
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

function announce(detail: string) {
  console.log(`RoleFit is running at ${env.appUrl ?? `http://localhost:${env.port}`} (${detail})`);
}

/** Every file below dir, except in its top-level folder `skip`. */
function listFiles(dir: string, skip: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).startsWith(`${skip}${path.sep}`));
}

/** Serves HTTP in this process: the single process, or one worker of several. */
async function serve(
  database: AppDatabase,
  services: AppServices = createServices(database, env),
  stopBackground = async () => {},
  preloaded?: ServerBuild,
) {
  let viteDevServer: import("vite").ViteDevServer | undefined;
  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (dev) {
    const vite = await import("vite");
    viteDevServer = await vite.createServer({ server: { middlewareMode: true } });
    build = () => viteDevServer!.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    build = preloaded ?? (await loadBuild());
  }

  // Only as many reverse proxies as the operator declares may set the client address and protocol;
  // with none (the default) X-Forwarded-* is ignored, so a client cannot pick its own address.
  const trustedProxies = env.trustProxy;
  const middleware: Middleware[] = [];
  middleware.push(compression() as unknown as Middleware);

  middleware.push((req, res, next) => {
    // Origin-form targets only ("/path?query"): the adapter appends the target to the public origin.
    if (!req.url?.startsWith("/")) return sendText(res, 400, "That address is not valid.");
    try {
      decodeURIComponent(req.pathname);
    } catch {
      return sendText(res, 400, "That address is not valid.");
    }
    const nonce = newNonce();
    req.nonce = nonce;
    for (const [name, value] of Object.entries(securityHeaders(nonce, { dev }))) res.setHeader(name, value);
    if (isSecureRequest(req, trustedProxies)) res.setHeader("Strict-Transport-Security", HSTS_HEADER);
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    if (
      isCrossSiteWrite(
        req.method ?? "GET",
        { origin: header("origin"), secFetchSite: header("sec-fetch-site"), host: header("host") },
        env.appUrl ? [env.appUrl] : [],
      )
    ) {
      return sendText(
        res,
        403,
        "This request came from another site, so RoleFit refused it. Go back to RoleFit and try again there.",
      );
    }
    next();
  });

  // Bodies are read here, up to the limit, before anything else sees them: a declared length over
  // the limit is refused without reading, a chunked body is cut off once it passes the limit.
  middleware.push(bodyLimit(BODY_LIMIT_BYTES));
  middleware.push(async (req, res, next) => {
    const body = req.body;
    const contentType = req.headers["content-type"];
    if (unsupportedWriteContentType(req.method ?? "GET", req.pathname, contentType, body?.length ?? 0)) {
      return sendText(
        res,
        415,
        "RoleFit accepts form submissions here (application/x-www-form-urlencoded or multipart/form-data).",
      );
    }
    if (body && contentType?.toLowerCase().startsWith("multipart/form-data")) {
      // A malformed multipart body would otherwise fail inside an action as a 500.
      try {
        await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
      } catch {
        return sendText(res, 400, "The form data could not be read. Please try again.");
      }
    }
    next();
  });

  if (viteDevServer) {
    middleware.push(viteDevServer.middlewares as unknown as Middleware);
  } else {
    // Fingerprinted assets never change; everything else in public/ may. The files outside assets/
    // are listed once at start, so a page request never costs a stat() of a file that is not there
    // (it had cost 12% of the CPU of the questionnaire page in the profile).
    const clientDir = path.join(root, "build/client");
    const serveAsset = serveStatic(clientDir, { immutable: true, maxAge: "1y", index: false });
    const publicFiles = new Set(
      listFiles(clientDir, "assets").map(
        (file) => `/${path.relative(clientDir, file).split(path.sep).join("/")}`,
      ),
    );
    const servePublic = serveStatic(clientDir, { maxAge: "1h", index: false });
    middleware.push((req, res, next) => {
      if (req.method !== "GET" && req.method !== "HEAD") return next();
      if (req.pathname.startsWith("/assets/")) return serveAsset(req, res, next);
      if (publicFiles.has(req.pathname)) return servePublic(req, res, next);
      next();
    });
  }

  installRouteMatchCache();
  middleware.push(
    createRemixHandler({
      build,
      mode: dev ? "development" : "production",
      origin: env.publicOrigin,
      getLoadContext: (req) => {
        const secure = isSecureRequest(req, trustedProxies);
        return {
          ...services,
          cookies: secure ? services.httpsCookies : services.cookies,
          nonce: req.nonce,
          clientIp: clientAddress(req, trustedProxies),
          isLocalRequest: isDirectLocalRequest(req.socket.remoteAddress, req.headers),
        };
      },
    }),
  );

  // Anything that escapes Remix (it should not; an aborted upload may) still gets a page, never a
  // stack trace.
  const handleRequest = pipeline(middleware, (error, _req, res) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    console.error(error);
    sendText(res, 500, "Something went wrong on our side. Please try again.");
  });

  const server = http.createServer(handleRequest).listen(env.port, () => {
    if (cluster.isPrimary) announce(`${database.dialect}${database.file ? `: ${database.file}` : ""}`);
  });

  function shutdown() {
    server.close(() => {
      void stopBackground()
        .then(() => database.close())
        .then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  }
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
