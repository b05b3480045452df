#!/usr/bin/env node
// The published `rolefit` command: the compiled CLI (build/cli.js) that plain node runs; in a
// checkout without a build, the TypeScript source through tsx.
import { runBuilt } from "../../scripts/run-built.mjs";

await runBuilt("cli");
