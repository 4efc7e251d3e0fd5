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

require(path.join(tesseractDir, "src/worker-script/node/index.js"));
