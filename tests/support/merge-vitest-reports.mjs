// scripts/test.sh runs Vitest's "unit" and "db" projects as two processes side by side, each with
// its own JSON report; this writes the one .ci-vitest.json the summary (scripts/lib/summarise-tests.mjs)
// reads. A missing report (a runner that crashed before writing it) counts as one failed test.
//   usage: node tests/support/merge-vitest-reports.mjs <out.json> <in.json>...
import fs from "node:fs";

const [out, ...inputs] = process.argv.slice(2);
const COUNTS = [
  "numTotalTestSuites",
  "numPassedTestSuites",
  "numFailedTestSuites",
  "numPendingTestSuites",
  "numTotalTests",
  "numPassedTests",
  "numFailedTests",
  "numPendingTests",
  "numTodoTests",
];
const merged = {
  ...Object.fromEntries(COUNTS.map((k) => [k, 0])),
  startTime: Infinity,
  success: true,
  testResults: [],
};
for (const file of inputs) {
  if (!fs.existsSync(file)) {
    console.error(`[test] no Vitest report ${file}: its runner did not finish`);
    merged.numTotalTests += 1;
    merged.numFailedTests += 1;
    merged.success = false;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const k of COUNTS) merged[k] += report[k] ?? 0;
  merged.startTime = Math.min(merged.startTime, report.startTime ?? Infinity);
  merged.success &&= Boolean(report.success);
  merged.testResults.push(...(report.testResults ?? []));
}
if (!Number.isFinite(merged.startTime)) merged.startTime = Date.now();
fs.writeFileSync(out, JSON.stringify(merged));
