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

// Each language's model is a file of its own (an @tesseract.js-data/<code> npm package, or a Debian package's file:
// ocr-models.cjs), but tesseract.js reads every language from one langPath folder. The parser gives the npm
// packages' common parent folder as langPath; a language file asked for there is read from where its model is
// installed instead (a model that is not installed fails the load: it is never fetched). Anything else is read as
// tesseract.js would.
const fs = require("node:fs");
const { NPM_MODELS, modelFile } = require("./ocr-models.cjs");
const cacheModule = path.join(tesseractDir, "src/worker-script/node/cache.js");
const cache = require(cacheModule);
const readFile = require("node:util").promisify(fs.readFile);
cache.readCache = (file) => {
  const resolved = path.resolve(String(file));
  const m = /^([a-z_]{3,8})\.traineddata(\.gz)?$/.exec(path.basename(resolved));
  if (m && path.dirname(resolved) === NPM_MODELS) {
    const model = modelFile(m[1]);
    if (!model) return Promise.reject(new Error(`OCR model not installed: ${m[1]}`));
    return readFile(model);
  }
  return readFile(resolved);
};

require(path.join(tesseractDir, "src/worker-script/node/index.js"));
