// The pdf.js worker as an entry of our own bundle: `new Worker(new URL("./pdf-worker.ts", import.meta.url))`
// makes the bundler emit it under /_next/static, so it is served from this origin with the app's other
// scripts (no copy in public/, no postinstall step, no CDN). docs/decisions/020.
import "pdfjs-dist/build/pdf.worker.min.mjs";
