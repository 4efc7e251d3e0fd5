import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname);
// Test-support code (builders, fast-check arbitraries) may use test libraries; the library may not import it.
const TESTING = path.join(ROOT, "testing");
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

export function importsLeavingFolder(file: string, text: string): string[] {
  const leaving: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3]!;
    const inside = specifier.startsWith(".") && path.resolve(path.dirname(file), specifier).startsWith(ROOT + path.sep);
    if (!inside) leaving.push(specifier);
  }
  return leaving;
}

describe("lib/scoring is pure", () => {
  const all = sourceFiles(ROOT);
  const files = all.filter((file) => !file.startsWith(TESTING + path.sep));

  it("library code never imports the test-support folder", () => {
    const offenders = files.filter((file) => /from\s+["'][^"']*\/testing\//.test(fs.readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("finds the library's files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [path.relative(ROOT, file), file]))(
    "%s imports nothing outside lib/scoring",
    (_name, file) => {
      expect(importsLeavingFolder(file, fs.readFileSync(file, "utf8"))).toEqual([]);
    },
  );

  it("never reads the clock", () => {
    const clockUsers = files.filter((file) =>
      /new Date\(|Date\.now\(|performance\.now\(|Math\.random\(/.test(fs.readFileSync(file, "utf8")),
    );
    expect(clockUsers.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("flags an import that climbs out, a package and node:*", () => {
    const file = path.join(ROOT, "checks", "x.ts");
    const text =
      'import { a } from "../dates";\nimport { db } from "../../db";\nimport * as z from "zod";\nimport fs from "node:fs";\nconst m = await import("@/lib/db");';
    expect(importsLeavingFolder(file, text)).toEqual(["../../db", "zod", "node:fs", "@/lib/db"]);
  });
});
