import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";

// §9 C 38: an oversized body (> 1 MB) to a Server Action is refused with 413 by Next.js itself
// (default serverActions.bodySizeLimit = 1 MB, enforced while reading). These tests keep that true:
// the config may not raise the limit, and no route handler may read a request body uncapped.
// The behaviour over HTTP (413, process still healthy) needs a running server: see the e2e notes.
const ROOT = path.resolve(import.meta.dirname, "../..");
const ONE_MB = 1024 * 1024;

function bytesOf(limit: string | number): number {
  if (typeof limit === "number") return limit;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(limit);
  if (!m) throw new Error(`unreadable size limit ${limit}`);
  const unit = { b: 1, kb: 1024, mb: ONE_MB, gb: 1024 * ONE_MB }[(m[2] ?? "b").toLowerCase() as "b"];
  return Number(m[1]) * unit;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === "route.ts" ? [p] : [];
  });
}

describe("request body limits", () => {
  it("leaves Server Actions at Next's 1 MB body limit (or lower)", () => {
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    if (limit !== undefined) expect(bytesOf(limit)).toBeLessThanOrEqual(ONE_MB);
  });

  it("no route handler reads a request body itself: uploads go through the capped reader", () => {
    const offenders = routeFiles(path.join(ROOT, "app"))
      .filter((f) => !f.includes(`${path.sep}auth${path.sep}`)) // Auth.js parses its own small form posts
      .filter((f) =>
        /\b(req|request)\.(json|text|formData|arrayBuffer|blob)\(\)|\b(req|request)\.body\b/.test(
          fs.readFileSync(f, "utf8"),
        ),
      )
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it("reads the limit the way Next does", () => {
    expect(bytesOf("1mb")).toBe(ONE_MB);
    expect(bytesOf("500kb")).toBe(500 * 1024);
    expect(bytesOf("2MB")).toBeGreaterThan(ONE_MB);
  });
});
