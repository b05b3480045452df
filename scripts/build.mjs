#!/usr/bin/env node
// `npm run build`: the Remix app (client assets and server bundle, through Vite), then the server
// entry and the command-line tools compiled to plain JavaScript that `node` runs without tsx.
// Dependencies stay external, so the built tree runs on production dependencies only.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

const remix = spawnSync(path.join(root, "node_modules/.bin/remix"), ["vite:build"], {
  cwd: root,
  stdio: "inherit",
});
if (remix.status !== 0) process.exit(remix.status ?? 1);

// The esbuild that Vite itself depends on (no extra package to install).
const esbuild = createRequire(require.resolve("vite"))("esbuild");
// Chunk names carry content hashes: drop the previous build's so none is left behind.
fs.rmSync(path.join(root, "build/chunks"), { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { server: "server.ts", cli: "app/cli/main.ts", "db-cli": "scripts/db.ts" },
  outdir: "build",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  // Shared code and lazily imported modules go to build/chunks/, so a command loads only what it uses.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: true,
  logLevel: "warning",
  // The entries find the project root (package.json) from their own location.
  banner: { js: "// Built by scripts/build.mjs from TypeScript sources; do not edit." },
});
console.log("Compiled build/server.js, build/cli.js and build/db-cli.js.");
