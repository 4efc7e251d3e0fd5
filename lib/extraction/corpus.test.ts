// Real-corpus checks over ../shared/corpus and ../shared/corpus-added: every document is classified as its
// expected.json says, no field contradicts the answer file, and every citation (fact, list item, flag) names the
// page that holds its quote. Slow: scanned pages are OCR'd in the parser child.
//
// KNOWN_* below are the failures still measured (issue #12). They are listed one by one so a new failure still fails
// the build; the goal is that every list is empty. Remove an entry when its rule is fixed. Citations have no list:
// every value, list item and flag must be on its page.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { citationProblems } from "./citation-check";
import { expectedKind, scoreDocument, type FieldScore } from "@/scripts/eval-compare";
import { corpusFolders, extractFolder, type CorpusRow } from "@/scripts/corpus-docs";
import type { ExtractionSuccess } from "./types";
import ocrModels from "../server/ocr-models.cjs";

const folders = corpusFolders();
if (folders.length === 0) console.warn("corpus tests skipped: no corpus (set ASSAY_CORPUS_DIR)");

/** "<folder>/<file>" whose doc_kind is still wrong. */
// A marketing flyer the answer file calls other_certificate (read as claims_page).
const KNOWN_WRONG_KIND: string[] = ["corpus-added/skyonline_iso27001-marketing-flyer_ES_NOT-a-certificate.pdf"];
/** "<folder>/<file> <field>" with a wrong value or a value where the answer is null. */
// Values read by OCR that the rules cannot trust (a holder's legal-form tail, mangled Cyrillic or Turkish, a
// length-only scope guess on a recognised page) are withheld, and garbled OCR text layers are OCR'd again.
// Left: the two Belcert scans' registered address is read as printed ("… BAŞAKŞEHİR/ İSTANBUL"), but their answer
// files write the site as "İstanbul (Başakşehir), Türkiye — address only": the country is not printed on the page
// and "address only" is a note, so the grader's every-word match cannot accept any reading of the page.
// The Transline certificate's address is read as printed in Russian ("… Республика Казахстан, город Алматы, …") but
// its answer file writes the site in English ("Almaty, Kazakhstan"), which no reading of the page can match.
const KNOWN_WRONG_VALUES: string[] = [
  "corpus-added/kismet-plastik_iso9001-2015_belcert-ilas_TR-EN_scan_NOT-27001.pdf sites",
  "corpus-added/suspect_kismet-plastik_iso27001-2023-as-printed_belcert-ilas_TR-EN_scan.pdf sites",
  "corpus-added/transline-kz_iso27001-2013_ekspert-tekhanaliz-sds-sm_RU_image-only.pdf sites",
];
/** Field accuracy floor per folder (goal: 0.98 on both). */
// Measured with `npm run eval:corpus` (issue #12): corpus 99.5 %, corpus-added 95.1 % with Debian's Russian OCR
// model installed (ADR 042), 92.9 % without it.
const ACCURACY_FLOOR: Record<string, number> = { corpus: 0.97, "corpus-added": 0.9 };
/** "<folder>/<file>" whose authenticity flags disagree with its answer file (or, without one, its suspect_ prefix). */
// A Russian voluntary-system (non-accredited) certificate: its flag is raised from the Cyrillic reading, which needs
// Debian's tesseract-ocr-rus (ADR 042); without it the scan is only read with the English/Turkish models.
const KNOWN_FLAG_MISMATCH: string[] = ocrModels.modelFile("rus")
  ? []
  : ["corpus-added/transline-kz_iso27001-2013_ekspert-tekhanaliz-sds-sm_RU_image-only.pdf"];

/** The parser's wall-clock limit here. The app's (60 s, OCR stopping at 48 s and skipping the pages not reached) is a
 *  deadline, not a reading rule: on a busy shared 2-core box one scanned page took 37–46 s, and past the deadline a
 *  page is skipped, so which document then failed changed from run to run (the Belcert scans' scope and flag in one
 *  run, the Russian certificate's flag in the next), on Node 20 and 24 alike. This test checks what the rules read, so
 *  it gives the parser a generous limit, as lib/extraction/ocr.test.ts does. */
const CORPUS_TIMEOUT_MS = 240_000;

type Row = CorpusRow & { result: ExtractionSuccess; expected: Record<string, unknown>; scores: FieldScore[] };
const id = (r: Row) => `${r.folder}/${path.basename(r.file)}`;

describe.skipIf(folders.length === 0)("real corpus (corpus/ and corpus-added/)", () => {
  const rows: Row[] = [];
  beforeAll(async () => {
    for (const folder of folders) {
      for (const r of await extractFolder(folder, undefined, { timeoutMs: CORPUS_TIMEOUT_MS })) {
        if (!r.expected) continue;
        if (!r.result.ok) throw new Error(`${r.file}: ${r.result.error.code}`);
        rows.push({ ...r, result: r.result, expected: r.expected, scores: scoreDocument(r.result, r.expected) });
      }
    }
  }, 900_000);

  it("finds every document of both folders", () => {
    expect(rows.filter((r) => r.folder === "corpus").length).toBeGreaterThanOrEqual(15);
    if (folders.some((f) => f.name === "corpus-added"))
      expect(rows.filter((r) => r.folder === "corpus-added").length).toBeGreaterThanOrEqual(14);
  });

  it("classifies every document as its expected doc_kind", () => {
    const wrong = rows
      .filter((r) => r.result.doc_kind !== expectedKind(r.expected.doc_kind))
      .map((r) => `${id(r)}`)
      .filter((k) => !KNOWN_WRONG_KIND.includes(k));
    expect(wrong).toEqual([]);
  });

  it("has no wrong value and no value where the answer file says null", () => {
    const bad = rows.flatMap((r) =>
      r.scores
        .filter((s) => s.status === "wrong" || (s.status === "fabricated" && s.expected !== undefined))
        .map((s) => `${id(r)} ${s.field}`)
        .filter((k) => !KNOWN_WRONG_VALUES.includes(k)),
    );
    expect(bad).toEqual([]);
  });

  it.each(Object.entries(ACCURACY_FLOOR))("reaches the field accuracy floor on %s", (folder, floor) => {
    const scored = rows
      .filter((r) => r.folder === folder)
      .flatMap((r) => r.scores)
      .filter((s) => s.status !== "n/a");
    if (scored.length === 0) return;
    const good = scored.filter((s) => ["correct", "correct_null", "withheld"].includes(s.status)).length;
    expect(good / scored.length).toBeGreaterThanOrEqual(floor);
  });

  it("cites every value, list item and flag on the page that holds its quote", () => {
    const problems = rows.flatMap((r) =>
      citationProblems(r.result, r.pages).map((p) => ({
        key: `${id(r)} ${p.field}${p.item === undefined ? "" : `[${p.item}]`}`,
        problem: p.problem,
      })),
    );
    expect(problems).toEqual([]);
  });

  it("marks facts read from scanned pages as OCR with a lower confidence", () => {
    const scanned = rows.filter((r) => r.result.ocr_pages?.some((p) => p.status === "read"));
    expect(scanned.length).toBeGreaterThan(0);
    for (const r of scanned) {
      const read = new Set(r.result.ocr_pages!.filter((p) => p.status === "read").map((p) => p.page));
      for (const [field, f] of Object.entries(r.result.facts)) {
        if (f.value === null || f.page === null) continue;
        expect(f.source === "ocr", `${id(r)} ${field}`).toBe(read.has(f.page));
        if (f.source === "ocr") expect(f.confidence, `${id(r)} ${field}`).toBeLessThanOrEqual(0.8);
      }
    }
  });

  it("returns null and names the field when the answer exists only in page images it could not read", () => {
    for (const r of rows) {
      for (const s of r.scores.filter((x) => x.status === "withheld")) {
        expect(r.result.facts[s.field]?.value ?? null).toBeNull();
        expect(r.result.not_in_text_layer.includes(s.field) || r.result.not_in_text_layer.includes("*")).toBe(true);
      }
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

  it("raises authenticity flags where the answer file does (suspect_ documents without one) and none elsewhere", () => {
    for (const r of rows.filter((x) => !KNOWN_FLAG_MISMATCH.includes(id(x)))) {
      const listed = r.expected.authenticity_flags;
      const suspect = Array.isArray(listed) ? listed.length > 0 : path.basename(r.file).startsWith("suspect_");
      expect(r.result.authenticity_flags.length > 0, id(r)).toBe(suspect);
    }
  });
});
