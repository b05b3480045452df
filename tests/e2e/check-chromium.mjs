import { findChromium, INSTALL_COMMAND } from "./chromium.mjs";

if (!findChromium()) {
  console.error(
    `Chromium was not found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).\nInstall it with:\n\n  ${INSTALL_COMMAND}\n`,
  );
  process.exit(1);
}
