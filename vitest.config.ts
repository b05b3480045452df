import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "~": fileURLToPath(new URL("./app", import.meta.url)),
  "#db": fileURLToPath(new URL("./db", import.meta.url)),
};

// Two projects: fast pure unit tests beside the code, and integration tests that open real databases.
// Timeouts only catch a hang: they are far above any test's time on a busy machine, so no test
// depends on how fast the machine is.
// Each run also writes a JSON report to test-results/ (summed up by tests/summarize-results.mjs).
const reportName =
  process.env.VITEST_REPORT ?? process.env.npm_lifecycle_event?.replace(/^test:/, "") ?? "vitest";

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ["default", "json"],
    outputFile: { json: `test-results/${reportName}.json` },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["app/**/*.test.ts", "db/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 600_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
