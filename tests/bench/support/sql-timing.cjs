/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, loaded with node --require */
// Where a server's SQLite time goes, statement by statement. Preload it into the benchmarked
// servers:
//   NODE_OPTIONS="--require ./tests/bench/support/sql-timing.cjs" SQL_TIMING_DIR=/tmp/sql \
//     BENCH_ONLY=answers BENCH_DURATION=8 npm run --silent bench
// Every process that loads better-sqlite3 (the app's workers and primary, the bare baselines)
// writes SQL_TIMING_DIR/sql-PID.txt when it exits: per statement text, the total and average wall
// time spent inside better-sqlite3's run/all/get (an fsync included), and how often it ran.
// A diagnostic only: it wraps the driver's methods, so nothing in the app depends on it.
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");

const outputDir = process.env.SQL_TIMING_DIR ?? "/tmp";
const stats = new Map();
const originalLoad = Module._load;
let wrapped = false;

Module._load = function load(request, ...rest) {
  const loaded = originalLoad.call(this, request, ...rest);
  if (!wrapped && /better-sqlite3/.test(request) && typeof loaded === "function") {
    wrapped = true;
    const probe = new loaded(":memory:");
    const Statement = Object.getPrototypeOf(probe.prepare("select 1"));
    probe.close();
    for (const method of ["run", "all", "get"]) {
      const original = Statement[method];
      Statement[method] = function timed(...args) {
        const start = process.hrtime.bigint();
        try {
          return original.apply(this, args);
        } finally {
          const micros = Number(process.hrtime.bigint() - start) / 1000;
          const key = this.source.replace(/\s+/g, " ").trim().slice(0, 100);
          const entry = stats.get(key) ?? { count: 0, micros: 0 };
          entry.count++;
          entry.micros += micros;
          stats.set(key, entry);
        }
      };
    }
    process.once("SIGTERM", write);
    process.once("exit", write);
  }
  return loaded;
};

let written = false;
function write() {
  if (written || stats.size === 0) return;
  written = true;
  const lines = [...stats]
    .sort((a, b) => b[1].micros - a[1].micros)
    .map(
      ([sql, s]) =>
        `${(s.micros / 1000).toFixed(0)} ms  n=${s.count}  avg ${(s.micros / s.count).toFixed(1)} µs  ${sql}`,
    );
  fs.mkdirSync(outputDir, { recursive: true });
  fs.writeFileSync(path.join(outputDir, `sql-${process.pid}.txt`), `${lines.join("\n")}\n`);
}
