import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentKind, GapSeverity, GapStatus, VendorTier } from "@/prisma/generated/enums";
import { DOCUMENT_KINDS, GAP_STATUSES, SEVERITIES, TIERS } from "@/lib/vocabulary";

// The scorer, the database and the screens share one vocabulary: the database enums are the same
// lists, in the same order, and no other file spells a list out again.
describe("one vocabulary", () => {
  it.each([
    ["gap statuses", Object.values(GapStatus), GAP_STATUSES],
    ["severities", Object.values(GapSeverity), SEVERITIES],
    ["vendor tiers", Object.values(VendorTier), TIERS],
    ["document kinds", Object.values(DocumentKind), DOCUMENT_KINDS],
  ] as const)("the database's %s are the vocabulary's", (_, db, ours) => {
    expect(db).toEqual([...ours]);
  });

  const ROOT = path.resolve(import.meta.dirname, "../..");
  const sources = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return sources(rel);
      return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
    });
  const files = ["lib", "app", "components"].flatMap(sources);

  it.each([
    ["a gap-status list", /["']in_progress["'],\s*["']resolved["']/],
    ["a severity list", /["']critical["'],\s*["']high["'],\s*["']medium["'],\s*["']low["']/],
    ["a status label", /["']In progress["']|["']Risk accepted["']/],
    ["a document-kind label", /["']Sub-processor list["']|["']Bridge letter["']/],
  ])("only the vocabulary modules spell out %s", (_, pattern) => {
    const allowed = new Set(["lib/vocabulary.ts", "lib/scoring/types.ts", "lib/scoring/merge.ts"]);
    const offenders = files.filter((f) => !allowed.has(f) && pattern.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
