// Sums Vitest's and Playwright's JSON reports into the one closing line CI reads: "N passed, N failed".
import fs from "node:fs";

const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
const v = read(".ci-vitest.json");
const p = read(".ci-playwright.json");
let passed = 0,
  failed = 0,
  skipped = 0;
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} else failed += 1; // no report at all means the runner itself broke
if (p) {
  passed += p.stats.expected ?? 0;
  failed += (p.stats.unexpected ?? 0) + (p.stats.flaky ?? 0);
  skipped += p.stats.skipped ?? 0;
} else failed += 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
