// The RoleFit server: validates the environment, opens and migrates the database, seeds the demo
// workspace on first run, builds the app when the sources are newer than the build, and serves it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { openDatabase } from "./db/connection.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { seedDemoWorkspace } from "./db/seed.ts";
import { createServices } from "./app/server/context.server.ts";
import { EnvError, loadEnv } from "./app/server/env.server.ts";
import { isCrossSiteWrite, newNonce, securityHeaders } from "./app/server/http-security.server.ts";
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
const demo = await seedDemoWorkspace(services, env.appUrl ?? `http://localhost:${env.port}`);
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
// Behind a reverse proxy on the same machine, take the client address from X-Forwarded-For.
app.set("trust proxy", "loopback");
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

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Fingerprinted assets never change; everything else in public/ may.
  app.use("/assets", express.static(path.join(root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "build/client"), { maxAge: "1h" }));
}

app.all(
  "*",
  createRequestHandler({
    build,
    mode: dev ? "development" : "production",
    getLoadContext: (req, res) => ({ ...services, nonce: res.locals.nonce as string, clientIp: req.ip ?? "unknown" }),
  }),
);

// Anything that escapes Remix (it should not) still gets a page, never a stack trace.
app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  console.error(error);
  if (!res.headersSent) res.status(500).type("text/plain").send("Something went wrong on our side. Please try again.");
});

const server = app.listen(env.port, () => {
  console.log(`RoleFit is running at ${env.appUrl ?? `http://localhost:${env.port}`} (${database.dialect}${database.file ? `: ${database.file}` : ""})`);
});

function shutdown() {
  stopRetention();
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
