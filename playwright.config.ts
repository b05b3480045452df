import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./tests/e2e/chromium.mjs";

// E2E_PORT lets two checkouts run their suites on one machine at once.
const PORT = Number(process.env.E2E_PORT ?? 3101);
const DATA_DIR = "tests/.tmp/e2e-data";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: these catch a hang, not a slow machine (the suite shares its cores with other work).
  timeout: 180_000,
  expect: {
    timeout: 30_000,
    // The visual check (tests/e2e/visual.spec.ts): a small tolerance for anti-aliasing, no animations.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, threshold: 0.2, animations: "disabled", caret: "hide" },
  },
  // Baselines without a platform suffix, next to the specs; regenerate with --update-snapshots.
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFilePath}/{arg}{ext}",
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // Traces and screenshots go below test-results/, which also holds the vitest reports.
  outputDir: "test-results/e2e-artifacts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // A fresh data directory per run: the suite starts from a first-run install, demo seed included.
    command: `rm -rf ${DATA_DIR} && node build/server.js`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    // TRUST_PROXY=1: the security suite gives each test its own client address with X-Forwarded-For,
    // as one reverse proxy would. The default (no proxy trusted) is tested on a second server there.
    env: {
      PORT: String(PORT),
      DATA_DIR,
      NODE_ENV: "production",
      DATABASE_URL: "",
      SMTP_URL: "",
      APP_URL: "",
      TRUST_PROXY: "1",
    },
  },
});
