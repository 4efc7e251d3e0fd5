// Entry point of tesseract.js's worker thread inside the parser child (lib/server/pdf-ocr.mjs). It is
// tesseract.js's own Node worker script, loaded after the network is taken away: the language data is
// read from the @tesseract.js-data npm package on disk, so a fetch here can only be a mistake (a
// missing langPath falls back to a CDN) and must fail loudly instead of downloading at run time.
"use strict";
const path = require("node:path");

function refuse(what) {
  return () => {
    throw new Error(`network access is disabled in the OCR worker (${what})`);
  };
}
globalThis.fetch = refuse("fetch");
// tesseract.js falls back to node-fetch when global fetch is missing; it never is here, but keep both shut.
const tesseractDir = path.dirname(require.resolve("tesseract.js/package.json"));
try {
  const nodeFetch = require.resolve("node-fetch", { paths: [tesseractDir] });
  require.cache[nodeFetch] = { id: nodeFetch, filename: nodeFetch, loaded: true, exports: refuse("node-fetch") };
} catch {
  // not installed: nothing to shut
}

// Each language's model ships in its own npm package (@tesseract.js-data/<code>), but tesseract.js reads every
// language from one langPath folder. The parser gives the packages' common parent folder as langPath; a language
// file asked for there is read from its own package's folder instead. Anything else is read as tesseract.js would.
const fs = require("node:fs");
const cacheModule = path.join(tesseractDir, "src/worker-script/node/cache.js");
const cache = require(cacheModule);
const dataRoot = path.resolve(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), "..");
const readFile = require("node:util").promisify(fs.readFile);
cache.readCache = (file) => {
  const resolved = path.resolve(String(file));
  const m = /^([a-z_]{3,8})\.traineddata(\.gz)?$/.exec(path.basename(resolved));
  if (m && path.dirname(resolved) === dataRoot) {
    return readFile(path.join(dataRoot, m[1], "4.0.0_best_int", path.basename(resolved)));
  }
  return readFile(resolved);
};

require(path.join(tesseractDir, "src/worker-script/node/index.js"));
