import { defineConfig } from "@playwright/test";
import { findChromium } from "./scripts/lib/find-chromium.mjs";
import { playwrightRegistryWithFfmpeg } from "./scripts/lib/playwright-ffmpeg.mjs";

// Debian's chromium (or Playwright's own, if installed): `npx playwright install` cannot download here.
// Videos (tests/e2e/analyst-day.spec.ts) need ffmpeg where Playwright looks for it; the workers inherit this.
const executablePath = findChromium() ?? undefined;
const registry = playwrightRegistryWithFfmpeg();
if (registry) process.env.PLAYWRIGHT_BROWSERS_PATH = registry;
const PORT = Number(process.env.E2E_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  // Generous: a shared 2-core machine under load took over 60 s for an eight-step admin test. A passing run is
  // no slower for it; only a hung step waits longer before it fails.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: BASE,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE}/login`,
    reuseExistingServer: false,
    timeout: 90_000,
    // Every e2e sign-in comes from 127.0.0.1, and the suite's deliberate wrong passwords add up over
    // repeated runs within the 15-minute window: raise the per-address limit (lib/auth/ip-throttle.ts).
    env: { NEXT_TELEMETRY_DISABLED: "1", APP_URL: BASE, LOGIN_IP_MAX_FAILURES: "500" },
  },
});
