/**
 * `npm run bench`: runs every registered benchmark module in one process, prints a table and
 * writes tests/bench/results.json. To add a module, export an async function returning
 * BenchResult[] and add it to `modules` below.
 */
import { writeFileSync } from "node:fs";
import { adaptiveLengthBenchmarks } from "./adaptive-length.bench";
import { engineBenchmarks } from "./engine.bench";
import { answerBenchmarks, cycleBenchmarks, pageBenchmarks } from "./http.bench";
import { orgBenchmarks } from "./org.bench";
import { rankingBenchmarks } from "./ranking.bench";
import { startupBenchmarks } from "./startup.bench";
import type { BenchModule, BenchResult } from "./types";

const modules: { name: string; run: BenchModule }[] = [
  { name: "engine", run: engineBenchmarks },
  // The adaptive test's length and accuracy by simulation (BENCH_SIMULEES, 1,000 unless told).
  { name: "adaptive-length", run: adaptiveLengthBenchmarks },
  { name: "org", run: orgBenchmarks },
  // HTTP load benchmarks (built app vs bare node:http); BENCH_SKIP_HTTP=1 skips them.
  { name: "answers", run: answerBenchmarks },
  { name: "page", run: pageBenchmarks },
  { name: "cycle", run: cycleBenchmarks },
  { name: "ranking", run: rankingBenchmarks },
  { name: "startup", run: startupBenchmarks },
];
// BENCH_ONLY=answers,page runs only the named modules.
const only = process.env.BENCH_ONLY?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);

function format(value: number | undefined): string {
  if (value === undefined) return "";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  return magnitude >= 100 ? value.toFixed(0) : magnitude >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

const results: (BenchResult & { module: string; withinBudget?: boolean })[] = [];
for (const module of modules) {
  if (only && !only.includes(module.name)) continue;
  console.error(`running ${module.name}…`);
  for (const result of await module.run()) {
    results.push({
      module: module.name,
      ...result,
      withinBudget:
        result.budget === undefined
          ? undefined
          : result.higherIsBetter
            ? result.value >= result.budget
            : result.value <= result.budget,
    });
  }
}

const header = ["benchmark", "value", "unit", "budget", "ok", "baseline", "baseline value", "ratio"];
const rows = results.map((r) => [
  r.name,
  format(r.value),
  r.unit,
  format(r.budget),
  r.withinBudget === undefined ? "" : r.withinBudget ? "yes" : "NO",
  r.baseline?.name ?? "",
  format(r.baseline?.value),
  r.ratio === undefined ? "" : `${format(r.ratio)}×`,
]);
const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
const line = (cells: string[]) =>
  cells
    .map((cell, c) => cell.padEnd(widths[c]!))
    .join("  ")
    .trimEnd();
console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));

const output = new URL("./results.json", import.meta.url);
writeFileSync(
  output,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.log(`\nwrote ${output.pathname}`);
