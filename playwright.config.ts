import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { findChromium } from "./scripts/lib/find-chromium.mjs";
import { playwrightRegistryWithFfmpeg } from "./scripts/lib/playwright-ffmpeg.mjs";
import { LANE_B_SPECS } from "./tests/e2e/lanes";

// Debian's chromium (or Playwright's own, if installed): `npx playwright install` cannot download here.
// Videos (tests/e2e/analyst-day.spec.ts) need ffmpeg where Playwright looks for it; the workers inherit this.
const executablePath = findChromium() ?? undefined;
const registry = playwrightRegistryWithFfmpeg();
if (registry) process.env.PLAYWRIGHT_BROWSERS_PATH = registry;
const PORT = Number(process.env.E2E_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;

// Two lanes when scripts/test.sh gives a second seeded database (E2E_B_DATABASE_URL): each lane has
// its own app server, database and storage directory, and runs its spec files one at a time, so
// the seeded data a spec reads or changes is only ever touched by one browser test at a time, as
// with a single worker, while the other lane works beside it. Which spec runs in which lane is fixed
// (tests/e2e/lanes.ts), so a lane's order is the same every run. Without a second database (a
// developer's `npx playwright test` against one seeded database): one lane, as before.
const B_DB = process.env.E2E_B_DATABASE_URL;
const PORT_B = Number(process.env.E2E_PORT_B ?? PORT + 1000);
const BASE_B = `http://127.0.0.1:${PORT_B}`;

const launchOptions = {
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
};

function appServer(port: number, base: string, env: Record<string, string> = {}) {
  return {
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
    url: `${base}/login`,
    reuseExistingServer: false,
    timeout: 90_000,
    // Every e2e sign-in comes from 127.0.0.1, and the suite's deliberate wrong passwords add up over
    // repeated runs within the 15-minute window: raise the per-address limit (lib/auth/ip-throttle.ts).
    env: { NEXT_TELEMETRY_DISABLED: "1", APP_URL: base, LOGIN_IP_MAX_FAILURES: "500", ...env },
  };
}

const lanes: PlaywrightTestConfig["projects"] = B_DB
  ? [
      { name: "lane-a", testIgnore: LANE_B_SPECS, workers: 1, use: { baseURL: BASE } },
      { name: "lane-b", testMatch: LANE_B_SPECS, workers: 1, use: { baseURL: BASE_B } },
    ]
  : [{ name: "lane-a", workers: 1, use: { baseURL: BASE } }];

const webServer = [appServer(PORT, BASE)];
if (B_DB) {
  // The orphan sweep (lib/evidence/jobs/orphan-sweep.ts) removes stored files its database does not
  // know: each lane's server gets a storage directory of its own (scripts/test.sh seeds lane b's there).
  const storage = process.env.E2E_B_STORAGE_DIR ?? `${process.env.STORAGE_DIR ?? ".data/files"}-lane-b`;
  webServer.push(
    appServer(PORT_B, BASE_B, {
      DATABASE_URL: B_DB,
      APP_DATABASE_URL: process.env.E2E_B_APP_DATABASE_URL ?? B_DB,
      STORAGE_DIR: storage,
    }),
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  // Generous: a shared 2-core machine under load took over 60 s for an eight-step admin test. A passing run is
  // no slower for it; only a hung step waits longer before it fails.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: B_DB ? 2 : 1,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: lanes,
  webServer,
});
