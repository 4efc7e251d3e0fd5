import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Calendar arithmetic lives in lib/scoring/dates.ts (the scorer imports nothing outside its folder)
// and lib/dates.ts (everyone else). Text-to-date reading stays in lib/extraction/dates.ts.
const ROOT = path.resolve(import.meta.dirname, "../..");
const ALLOWED = new Set(["lib/dates.ts", "lib/scoring/dates.ts"]);

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

describe("one date helper module", () => {
  it.each([
    ["day arithmetic in milliseconds", /86_?400_?000/],
    ["a Date cut to YYYY-MM-DD", /toISOString\(\)\.slice\(0,\s*10\)/],
    ["a local addDays/daysBetween", /function (addDays|daysBetween|daysUntil)\b/],
  ])("no file but the date modules does %s", (_, pattern) => {
    const offenders = ["lib", "app", "components"]
      .flatMap(sources)
      .filter((f) => !ALLOWED.has(f) && pattern.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
