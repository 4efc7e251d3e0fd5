// Finds a Chromium for Playwright: $CHROMIUM_PATH, Debian's `chromium`, or Playwright's own download.
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const p = execSync(`command -v ${name}`, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      if (p) return p;
    } catch {}
  }
  const cache = path.join(process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache/ms-playwright"));
  if (fs.existsSync(cache)) {
    for (const dir of fs
      .readdirSync(cache)
      .filter((d) => d.startsWith("chromium"))
      .sort()
      .reverse()) {
      const p = path.join(cache, dir, "chrome-linux", "chrome");
      if (fs.existsSync(p)) return p;
    }
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const p = findChromium();
  if (p) console.log(p);
  process.exit(p ? 0 : 1);
}
