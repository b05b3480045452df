#!/usr/bin/env node
// Runs a compiled command-line entry (build/NAME.js) with the remaining arguments. Without a build
// (a checkout where `npm start` or `npm run build` has not run yet) it runs the TypeScript source
// through tsx, a development dependency.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sources = { cli: "app/cli/main.ts", "db-cli": "scripts/db.ts" };

export async function runBuilt(name) {
  const built = path.join(root, "build", `${name}.js`);
  if (fs.existsSync(built)) return import(pathToFileURL(built).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(path.join(root, sources[name])).href);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name] = process.argv.splice(2, 1);
  if (!(name in sources)) {
    console.error(`usage: node scripts/run-built.mjs ${Object.keys(sources).join("|")} ARGS…`);
    process.exit(2);
  }
  await runBuilt(name);
}
