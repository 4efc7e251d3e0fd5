// Where each tesseract model is read from, on disk only (ADR 031, ADR 042): nothing is downloaded at run time.
// A model that ships as an npm package (@tesseract.js-data/<code>, pinned in package.json) is read from that
// package; a model npm does not publish (Russian) is read from the Debian package that installs it
// (tesseract-ocr-rus, an install-time step like Chromium's in scripts/test.sh) when that package is present.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

/** The folder holding the @tesseract.js-data/<code> packages; tesseract.js is given it as its one langPath. */
const NPM_MODELS = path.resolve(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), "..");

// Debian's tesseract-ocr-<code> packages (tessdata_fast models, Apache-2.0): bookworm installs them under 5/,
// older releases under 4.00/. Only the codes listed here are taken from the system, so a stray file in these
// folders never changes what the English/Turkish pass reads.
const SYSTEM_DIRS = ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"];
const SYSTEM_MODELS = new Set(["rus"]);

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The model file for a language code, or null when no allowed source has it installed. */
function modelFile(code, systemDirs = SYSTEM_DIRS) {
  if (!/^[a-z]{3}(?:_[a-z]+)?$/.test(code)) return null;
  const npm = path.join(NPM_MODELS, code, "4.0.0_best_int", `${code}.traineddata.gz`);
  if (isFile(npm)) return npm;
  if (!SYSTEM_MODELS.has(code)) return null;
  for (const dir of systemDirs) {
    const file = path.join(dir, `${code}.traineddata`);
    if (isFile(file)) return file;
  }
  return null;
}

module.exports = { NPM_MODELS, SYSTEM_DIRS, modelFile };
