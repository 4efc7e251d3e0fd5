import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every package the running app can load (the production dependency tree, found the way Node
// resolves it through node_modules, optional packages included when installed) must carry a licence
// that Apache-2.0 (LICENSE; docs/decisions/016-licence.md) lets us ship alongside. A new dependency
// with another licence fails here until someone decides, in the ADR, that it is fine.

const ROOT = path.resolve(import.meta.dirname, "../..");

const ALLOWED = new Set([
  "MIT",
  "ISC",
  "Apache-2.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "Unlicense",
  "BlueOak-1.0.0",
  "CC0-1.0",
  "Zlib",
  "MIT/X11",
  // Data and fonts, not code: caniuse-lite's browser table (attribution) and the Geist font files.
  "CC-BY-4.0",
  "OFL-1.1",
  "SIL OPEN FONT LICENSE",
  // sharp's prebuilt libvips (optional, Next's image optimiser), a separate dynamically loaded library.
  "LGPL-3.0-or-later",
]);

/** Packages whose package.json declares no licence, checked by hand (docs/decisions/016-licence.md). */
const REVIEWED: Record<string, string> = {
  "png-js@2.0.0": "MIT (its LICENSE file)",
  "buffers@0.1.1": "no licence declared anywhere; reached through exceljs → unzipper → binary",
};

type Pkg = {
  name: string;
  version: string;
  license?: string | { type: string };
  licenses?: { type: string }[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

const read = (dir: string): Pkg => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));

/** Node's lookup: node_modules/<name> in this package's folder, then in each folder above it. */
function resolve(name: string, fromDir: string): string | null {
  for (let dir = fromDir; dir.startsWith(ROOT); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (fs.existsSync(path.join(candidate, "package.json"))) return candidate;
    if (dir === ROOT) break;
  }
  return null;
}

function productionTree(): Map<string, Pkg> {
  const seen = new Map<string, Pkg>();
  const root = read(ROOT);
  const queue: [string, string, boolean][] = Object.keys(root.dependencies ?? {}).map((n) => [n, ROOT, false]);
  while (queue.length) {
    const [name, from, optional] = queue.pop()!;
    const dir = resolve(name, from);
    if (!dir) {
      if (optional) continue; // an optional package for another platform, or an unmet optional peer
      throw new Error(`${name} (needed by ${path.relative(ROOT, from) || "the app"}) is not installed`);
    }
    if (seen.has(dir)) continue;
    const pkg = read(dir);
    seen.set(dir, pkg);
    for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push([dep, dir, false]);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) queue.push([dep, dir, true]);
    // A required peer is loaded with the package; an optional one only if the app itself asks for it.
    for (const dep of Object.keys(pkg.peerDependencies ?? {}))
      if (!pkg.peerDependenciesMeta?.[dep]?.optional) queue.push([dep, dir, true]);
  }
  return seen;
}

function licenceOf(pkg: Pkg): string | null {
  if (typeof pkg.license === "string") return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (pkg.licenses?.length) return pkg.licenses.map((l) => l.type).join(" OR ");
  return null;
}

/** An SPDX expression is acceptable when some OR-branch has only allowed licences. */
function acceptable(expr: string): boolean {
  const stripped = expr.replace(/^\(|\)$/g, "").trim();
  return stripped.split(/\s+OR\s+/).some((branch) =>
    branch
      .replace(/[()]/g, "")
      .split(/\s+AND\s+/)
      .every((l) => ALLOWED.has(l.trim())),
  );
}

describe("production dependency licences", () => {
  const tree = productionTree();

  it("walks the whole production tree", () => {
    expect(tree.size).toBeGreaterThan(100);
    const names = new Set([...tree.values()].map((p) => p.name));
    for (const n of ["next", "react", "@prisma/client", "pg", "zod"]) expect(names.has(n), n).toBe(true);
    // devDependencies stay out unless something in production needs them too.
    expect(names.has("vitest")).toBe(false);
    expect(names.has("@playwright/test")).toBe(false);
  });

  it("every package's licence is on the allow-list (or was reviewed by hand)", () => {
    const refused: string[] = [];
    for (const pkg of tree.values()) {
      const id = `${pkg.name}@${pkg.version}`;
      const licence = licenceOf(pkg);
      if (REVIEWED[id]) continue;
      if (!licence || !acceptable(licence)) refused.push(`${id}: ${licence ?? "no licence declared"}`);
    }
    expect(refused).toEqual([]);
  });

  it("the allow-list check refuses what it should", () => {
    expect(acceptable("GPL-3.0-only")).toBe(false);
    expect(acceptable("AGPL-3.0-or-later")).toBe(false);
    expect(acceptable("SSPL-1.0")).toBe(false);
    expect(acceptable("(MIT OR GPL-3.0-or-later)")).toBe(true);
    expect(acceptable("(MIT AND Zlib)")).toBe(true);
    expect(acceptable("(MIT AND GPL-2.0-only)")).toBe(false);
  });
});
