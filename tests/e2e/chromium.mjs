import fs from "node:fs";

// Debian's Chromium: a test tool's own browser download does not work on an offline machine.
export const INSTALL_COMMAND = "sudo apt-get update && sudo apt-get install -y chromium";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  );
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
