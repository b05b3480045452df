#!/usr/bin/env node
// `npm start`: runs the compiled server (build/server.js). Builds first when there is no build or
// the sources are newer than it, and only when the build tools are installed (a production install,
// `npm ci --omit=dev`, runs the build it was given). One process builds at a time: the others wait
// for its lock file and then use its build. `node scripts/start.mjs --build-only` only builds.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "build/server.js");
const lockFile = path.join(root, ".build.lock");
// The files that make up a build; a build older than any of them is stale.
const outputs = [entry, path.join(root, "build/cli.js"), path.join(root, "build/server/index.js")];
const sources = ["app", "db", "public", "server.ts", "vite.config.ts", "package.json", "scripts/build.mjs"];

function builtAt() {
  let oldest = Infinity;
  for (const file of outputs) {
    if (!fs.existsSync(file)) return 0;
    oldest = Math.min(oldest, fs.statSync(file).mtimeMs);
  }
  return oldest;
}

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

function canBuild() {
  try {
    createRequire(path.join(root, "package.json")).resolve("vite");
    return fs.existsSync(path.join(root, "node_modules/.bin/remix"));
  } catch {
    return false;
  }
}

function isStale() {
  const at = builtAt();
  if (!at) return true;
  return sources.some((s) => newestMtime(path.join(root, s)) > at);
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Takes the build lock, or returns false while another live process holds it. */
function tryLock() {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (holder && processAlive(holder)) return false;
    // Left behind by a build that was killed: take it over.
    fs.rmSync(lockFile, { force: true });
    return tryLock();
  }
}

async function buildIfNeeded() {
  if (!isStale()) return;
  if (!canBuild()) {
    if (builtAt())
      return console.warn(
        "The sources are newer than the build, but the build tools are not installed: running the existing build.",
      );
    console.error(
      "There is no build and the build tools (devDependencies) are not installed: run `npm ci` and `npm start` once.",
    );
    process.exit(1);
  }
  let waited = false;
  while (!tryLock()) {
    if (!waited) console.log("Another process is building RoleFit; waiting for it…");
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    // The process we waited for may have just built it.
    if (!isStale()) return;
    console.log(
      builtAt() ? "Sources changed since the last build; rebuilding…" : "Building RoleFit (first run)…",
    );
    const result = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], {
      cwd: root,
      stdio: "inherit",
    });
    if (result.status !== 0) {
      console.error("The build failed; see the messages above.");
      process.exit(1);
    }
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

// --build-only: build when needed and stop (the end-to-end tests and the benchmarks use this).
if (process.argv.includes("--build-only")) await buildIfNeeded();
else {
  if (process.env.NODE_ENV !== "development") await buildIfNeeded();
  await import(pathToFileURL(entry).href);
}
