// Dev-corpus checks: every document is classified as its expected.json says, and no field contradicts the answer file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addCrossDocumentFlags } from "./cross-document";
import { expectedKind, scoreDocument, type FieldScore } from "@/scripts/eval-compare";
import { extractDocument } from "./extract-document";
import type { ExtractionSuccess } from "./types";

const corpus = process.env.ASSAY_CORPUS_DIR ?? path.resolve(process.cwd(), "../shared/corpus");
const present = existsSync(corpus);
if (!present) console.warn(`corpus tests skipped: no corpus at ${corpus} (set ASSAY_CORPUS_DIR)`);

type Row = { file: string; expected: Record<string, unknown>; result: ExtractionSuccess; scores: FieldScore[] };

function documents(): { file: string; expected: Record<string, unknown> }[] {
  const out: { file: string; expected: Record<string, unknown> }[] = [];
  for (const dir of readdirSync(corpus, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === "frameworks") continue;
    for (const name of readdirSync(path.join(corpus, dir.name))) {
      if (!name.endsWith(".expected.json")) continue;
      const stem = name.slice(0, -".expected.json".length);
      const doc = readdirSync(path.join(corpus, dir.name)).find(
        (f) => f.startsWith(`${stem}.`) && /\.(pdf|md|html?|csv|ya?ml)$/.test(f) && !f.endsWith(".expected.json"),
      );
      if (doc)
        out.push({
          file: path.join(corpus, dir.name, doc),
          expected: JSON.parse(readFileSync(path.join(corpus, dir.name, name), "utf8")),
        });
    }
  }
  return out;
}

describe.skipIf(!present)("dev corpus", () => {
  const rows: Row[] = [];
  beforeAll(async () => {
    for (const { file, expected } of documents()) {
      const result = await extractDocument({
        bytes: new Uint8Array(readFileSync(file)),
        filename: path.basename(file),
      });
      if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
      rows.push({ file, expected, result, scores: [] });
    }
    addCrossDocumentFlags(rows.map((r) => ({ name: path.basename(r.file), result: r.result })));
    for (const r of rows) r.scores = scoreDocument(r.result, r.expected);
  }, 60_000);

  it("finds every document", () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  it("classifies every document as its expected doc_kind", () => {
    const wrong = rows
      .filter((r) => r.result.doc_kind !== expectedKind(r.expected.doc_kind))
      .map((r) => `${path.basename(r.file)}: ${r.result.doc_kind}`);
    expect(wrong).toEqual([]);
  });

  it("has no wrong value and no value where the answer file says null", () => {
    const bad = rows.flatMap((r) =>
      r.scores
        .filter((s) => s.status === "wrong" || (s.status === "fabricated" && s.expected !== undefined))
        .map((s) => `${path.basename(r.file)} ${s.field}: ${JSON.stringify(s.extracted)}`),
    );
    expect(bad).toEqual([]);
  });

  it("reaches at least 95 % field accuracy", () => {
    const scored = rows.flatMap((r) => r.scores).filter((s) => s.status !== "n/a");
    const good = scored.filter((s) => ["correct", "correct_null", "withheld"].includes(s.status)).length;
    expect(good / scored.length).toBeGreaterThanOrEqual(0.95);
  });

  it("cites a page and a quote for every extracted PDF value (values read from an absence carry a note instead)", () => {
    for (const r of rows.filter((x) => x.file.endsWith(".pdf"))) {
      for (const [field, fact] of Object.entries(r.result.facts)) {
        if (fact.value === null) continue;
        if (fact.page === null) {
          expect(fact.note, `${path.basename(r.file)} ${field}`).toBeTruthy();
          continue;
        }
        expect(fact.page, `${path.basename(r.file)} ${field}`).toBeGreaterThanOrEqual(1);
        expect(fact.page!, `${path.basename(r.file)} ${field}`).toBeLessThanOrEqual(r.result.pages);
        expect(fact.quote?.length ?? 0, `${path.basename(r.file)} ${field}`).toBeGreaterThan(0);
      }
    }
  });

  it("returns null and names the field when the answer exists only in page images", () => {
    const withheld = rows.flatMap((r) => r.scores.filter((s) => s.status === "withheld").map((s) => ({ r, s })));
    expect(withheld.length).toBeGreaterThan(0);
    for (const { r, s } of withheld) {
      expect(r.result.facts[s.field]?.value ?? null).toBeNull();
      expect(r.result.not_in_text_layer.includes(s.field) || r.result.not_in_text_layer.includes("*")).toBe(true);
    }
  });

  it("flags a bridge letter dated before the period it bridges", () => {
    const letters = rows.filter((r) => r.result.doc_kind === "bridge_letter");
    expect(letters.length).toBeGreaterThan(0);
    for (const r of letters) {
      const end = r.result.facts["referenced_report.period_end"]?.value as string;
      const date = r.result.facts.letter_date?.value as string;
      if (date && end && date <= end) expect(r.result.consistency_flags.join(" ")).toMatch(/before the end/);
    }
  });

  it("raises authenticity flags on every suspect_ document and none on the others", () => {
    for (const r of rows) {
      const suspect = path.basename(r.file).startsWith("suspect_");
      expect(r.result.authenticity_flags.length > 0, path.basename(r.file)).toBe(suspect);
    }
  });
});
