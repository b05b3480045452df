// Prints one "passed, failed" line per test run recorded in test-results/, then the total.
import fs from "node:fs";
import path from "node:path";

const dir = "test-results";
const files = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : [];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  let p, f, s;
  if (report.stats && "expected" in report.stats) {
    // Playwright
    p = report.stats.expected + (report.stats.flaky ?? 0);
    f = report.stats.unexpected;
    s = report.stats.skipped;
  } else {
    // Vitest (jest-compatible JSON)
    p = report.numPassedTests;
    f = report.numFailedTests;
    s = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  passed += p;
  failed += f;
  skipped += s;
  console.log(
    `${file.replace(/\.json$/, "").padEnd(24)} ${p} passed, ${f} failed${s ? `, ${s} skipped` : ""}`,
  );
}
if (!files.length) console.log("no test results were recorded");
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
