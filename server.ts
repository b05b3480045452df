// The RoleFit server: validates the environment, opens and migrates the database, seeds the demo
// workspace on first run, builds the app when the sources are newer than the build, and serves it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { openDatabase } from "./db/connection.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { seedDemoWorkspace } from "./app/server/demo-workspace.server.ts";
import { createServices } from "./app/server/context.server.ts";
import { EnvError, loadEnv } from "./app/server/env.server.ts";
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
import { startJobRunner } from "./app/server/jobs.server.ts";
import { createRemixHandler } from "./app/server/remix-adapter.server.ts";
import { scheduleRetention } from "./app/server/retention.server.ts";

const root = path.dirname(fileURLToPath(import.meta.url));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let env;
try {
  env = loadEnv();
} catch (error) {
  fail(error instanceof EnvError ? error.message : String(error));
}
const dev = env.nodeEnv === "development";

const database = openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
const migration = await migrateToLatest(database);
if (migration.applied.length) console.log(`Applied ${migration.applied.length} migration(s): ${migration.applied.join(", ")}`);
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

// Erases candidates past their organization's retention period now and daily.
const stopRetention = scheduleRetention(database.db);
// Delivers queued email (and whatever else the job queue holds) with retries.
const jobRunner = startJobRunner(database.db, services.jobHandlers);
if (!env.appUrl) {
  console.log(`APP_URL is not set: emailed links point at ${env.publicOrigin}. Set APP_URL to the public address before inviting anyone.`);
}

let viteDevServer: import("vite").ViteDevServer | undefined;
let build: ServerBuild | (() => Promise<ServerBuild>);
if (dev) {
  const vite = await import("vite");
  viteDevServer = await vite.createServer({ server: { middlewareMode: true } });
  build = () => viteDevServer!.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
} else {
  buildIfNeeded();
  build = (await import(pathToFileURL(path.join(root, "build/server/index.js")).href)) as ServerBuild;
}

const app = express();
app.disable("x-powered-by");
// Only as many reverse proxies as the operator declares may set the client address and protocol;
// with none (the default) X-Forwarded-* is ignored, so a client cannot pick its own address.
app.set("trust proxy", env.trustProxy > 0 ? env.trustProxy : false);
app.use(compression());

app.use((req, res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    res.status(400).type("text/plain").send("That address is not valid.");
    return;
  }
  const nonce = newNonce();
  res.locals.nonce = nonce;
  res.set(securityHeaders(nonce, { dev }));
  if (req.secure) res.set("Strict-Transport-Security", HSTS_HEADER);
  if (
    isCrossSiteWrite(
      req.method,
      { origin: req.get("origin"), secFetchSite: req.get("sec-fetch-site"), host: req.get("host") },
      env.appUrl ? [env.appUrl] : [],
    )
  ) {
    res.status(403).type("text/plain").send("This request came from another site, so RoleFit refused it. Go back to RoleFit and try again there.");
    return;
  }
  next();
});

// Bodies are read here, up to the limit, before anything else sees them: a declared length over
// the limit is refused without reading, a chunked body is cut off once it passes the limit.
app.use(bodyLimit(BODY_LIMIT_BYTES));
app.use(async (req, res, next) => {
  const body = Buffer.isBuffer(req.body) ? req.body : undefined;
  const contentType = req.get("content-type");
  if (unsupportedWriteContentType(req.method, req.path, contentType, body?.length ?? 0)) {
    res.status(415).type("text/plain").send("RoleFit accepts form submissions here (application/x-www-form-urlencoded or multipart/form-data).");
    return;
  }
  if (body && contentType?.toLowerCase().startsWith("multipart/form-data")) {
    // A malformed multipart body would otherwise fail inside an action as a 500.
    try {
      await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
    } catch {
      res.status(400).type("text/plain").send("The form data could not be read. Please try again.");
      return;
    }
  }
  next();
});

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Fingerprinted assets never change; everything else in public/ may.
  app.use("/assets", express.static(path.join(root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "build/client"), { maxAge: "1h" }));
}

app.all(
  "*",
  createRemixHandler({
    build,
    mode: dev ? "development" : "production",
    origin: env.publicOrigin,
    getLoadContext: (req, res) => ({
      ...services,
      cookies: req.secure ? services.httpsCookies : services.cookies,
      nonce: res.locals.nonce as string,
      clientIp: req.ip ?? "unknown",
      isLocalRequest: isDirectLocalRequest(req.socket.remoteAddress, req.headers),
    }),
  }),
);

// Anything that escapes Remix (it should not; an aborted upload may) still gets a page, never a
// stack trace.
app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  if (res.headersSent) return;
  console.error(error);
  res.status(500).type("text/plain").send("Something went wrong on our side. Please try again.");
});

const server = app.listen(env.port, () => {
  console.log(`RoleFit is running at ${env.appUrl ?? `http://localhost:${env.port}`} (${database.dialect}${database.file ? `: ${database.file}` : ""})`);
});

function shutdown() {
  stopRetention();
  void jobRunner.stop();
  server.close(() => {
    void database.close().then(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);

/** Rebuilds when there is no build or a source file is newer than it. */
function buildIfNeeded() {
  const marker = path.join(root, "build/server/index.js");
  const builtAt = fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0;
  const sources = ["app", "public", "vite.config.ts", "package.json"].map((p) => path.join(root, p));
  if (builtAt && newestMtime(sources) <= builtAt) return;
  console.log(builtAt ? "Sources changed since the last build; rebuilding…" : "Building RoleFit (first run)…");
  const result = spawnSync(path.join(root, "node_modules/.bin/remix"), ["vite:build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail("The build failed; see the messages above.");
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    if (!fs.existsSync(p)) continue;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime([path.join(p, entry)]));
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}
