// Playwright records videos with its own ffmpeg build, which `npx playwright install ffmpeg` would
// download: impossible offline. The npm package @ffmpeg-installer/ffmpeg ships one (a devDependency,
// test-only), so a registry directory is laid out in .data/ that links Playwright's expected path to
// it, next to links to whatever the usual registry holds (a downloaded Chromium keeps working).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The registry directory to use (set as PLAYWRIGHT_BROWSERS_PATH), or null when nothing needs doing. */
export function playwrightRegistryWithFfmpeg(root = process.cwd()) {
  if (process.platform !== "linux") return null;
  const usual = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache/ms-playwright");
  let revision;
  let ffmpeg;
  try {
    // Not in the package's exports: read it beside the package.json that is.
    const core = path.dirname(require.resolve("playwright-core/package.json"));
    const browsers = JSON.parse(fs.readFileSync(path.join(core, "browsers.json"), "utf8"));
    revision = browsers.browsers.find((b) => b.name === "ffmpeg")?.revision;
    ffmpeg = require("@ffmpeg-installer/ffmpeg").path;
  } catch {
    return null;
  }
  if (!revision || !ffmpeg || !fs.existsSync(ffmpeg)) return null;
  if (fs.existsSync(path.join(usual, `ffmpeg-${revision}`, "ffmpeg-linux"))) return null;
  const shim = path.join(root, ".data", "playwright-registry");
  const target = path.join(shim, `ffmpeg-${revision}`, "ffmpeg-linux");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true });
  fs.symlinkSync(ffmpeg, target);
  if (fs.existsSync(usual) && path.resolve(usual) !== path.resolve(shim))
    for (const entry of fs.readdirSync(usual)) {
      const link = path.join(shim, entry);
      if (!fs.existsSync(link)) fs.symlinkSync(path.join(usual, entry), link);
    }
  return shim;
}
