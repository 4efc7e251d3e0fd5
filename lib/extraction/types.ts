import type { DocumentFacts } from "@/lib/evidence/facts/model/types";
import type { PageLayout } from "./layout";

// Public types of the extraction module. The app's upload job depends on these shapes: keep them stable.

export const DOC_KINDS = [
  "soc1_report",
  "soc2_report",
  "soc3_report",
  "bridge_letter",
  "iso_certificate",
  "other_certificate",
  "claims_page",
  "subprocessor_list",
  "unknown",
] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const EXTRACTION_ERROR_CODES = [
  "encrypted",
  "corrupt",
  "empty",
  "not_pdf",
  "too_large",
  "too_many_pages",
  "timeout",
  "memory",
  "unsupported_type",
] as const;
export type ExtractionErrorCode = (typeof EXTRACTION_ERROR_CODES)[number];

export type ExtractionError = { code: ExtractionErrorCode; message: string };

/** One extracted value with the evidence it came from. `page` is the 1-based PDF page index (not the printed label). */
export type Fact<T = unknown> = {
  value: T | null;
  page: number | null;
  quote: string | null;
  confidence: number;
  note?: string;
  /** Where the quote was read: absent or "text" = the PDF's text layer (or the text file); "ocr" = recognised from
   *  the page image (lower confidence; the quote is what OCR read, not necessarily what is printed). */
  source?: FactSource;
};

export type FactSource = "text" | "ocr";

/** The evidence for one flag, keyed by the flag's text (flags stay plain strings for their readers). */
export type FlagCitation = { flag: string; page: number | null; quote: string | null; note?: string };

/** What OCR did with a page that had no usable text layer; `confidence` is tesseract's mean (0–1). */
export type OcrPage = {
  page: number;
  confidence: number;
  status: "read" | "unreadable" | "skipped";
  /** The tesseract models whose reading was kept ("eng+tur", or "rus+eng" after the Cyrillic pass, ADR 042). */
  languages?: string;
};

/**
 * The rules' raw readings, keyed by the corpus expected.json field paths ("auditor.name",
 * "control_tests.exceptions_count", ...). Kept for the evaluation comparer; the app reads `document`.
 */
export type Facts = Record<string, Fact>;

export type ExtractionSuccess = {
  ok: true;
  doc_kind: DocKind;
  doc_kind_confidence: number;
  /** The typed, cited facts of the document's kind (lib/evidence/facts/model): what storage keeps and people confirm. */
  document: DocumentFacts;
  facts: Facts;
  /** Fields whose value exists only in page images (or the whole page set when there is no text layer). */
  not_in_text_layer: string[];
  consistency_flags: string[];
  authenticity_flags: string[];
  pages: number;
  sha256: string;
  text_layer: "present" | "partial" | "none";
  /** Where each authenticity / consistency flag's evidence is (page + quote), or a note when it has no page. */
  flag_citations?: FlagCitation[];
  /** Pages without a usable text layer and what OCR made of each (absent when every page had text). */
  ocr_pages?: OcrPage[];
  metadata?: PdfMetadata;
};

export type ExtractionFailure = { ok: false; error: ExtractionError; sha256?: string };
export type ExtractionResult = ExtractionSuccess | ExtractionFailure;

export type ExtractionInput = { bytes: Uint8Array; filename: string; mimeType?: string };

export type ExtractionLimits = {
  maxBytes: number;
  maxPages: number;
  maxChars: number;
  timeoutMs: number;
  /** Resident set size cap for the parser process, checked by the parent (ArrayBuffers escape V8 heap limits). */
  maxRssMb: number;
  /** V8 old-space cap passed to the parser process. */
  maxHeapMb: number;
  /** Documents one parser process may read (one at a time) before it is replaced; 1 = a fresh process per document. */
  maxDocsPerWorker: number;
  /** Pages without a text layer the parser child may OCR per document (0 = no OCR). */
  ocrMaxPages: number;
};

export type ExtractionOptions = Partial<ExtractionLimits> & {
  /** Path of the parser worker; defaults to lib/server/pdf-worker.mjs under the current working directory. */
  workerPath?: string;
  /** Reference date for expiry flags (defaults to now). */
  now?: Date;
  /** Receives the page texts the rules read (OCR text for OCR'd pages): lets tests check quotes against pages. */
  onText?: (doc: TextDocument) => void;
  /** Receives timings and the parse process's peak RSS (for benchmarks and job logs). */
  onStats?: (stats: ExtractionStats) => void;
};

export type ExtractionStats = {
  totalMs: number;
  parseMs: number | null;
  rulesMs: number;
  parsePeakRssMb: number | null;
  /** CPU time of the parser process for this document, all its threads (null when no PDF was parsed). */
  parseCpuMs?: number | null;
  /** Pages OCR'd in the parser child and the wall-clock / CPU time it spent on them (0 when none). */
  ocrPages?: number;
  ocrMs?: number;
  ocrCpuMs?: number;
};

export type PdfMetadata = {
  title: string | null;
  producer: string | null;
  creator: string | null;
  creationDate: string | null;
  modDate: string | null;
  permissionsRestricted: boolean;
  /** Active content pdf.js found in the document catalogue (see active-content.ts). */
  activeContent?: string[];
};

/** Text the fact rules read: one normalised string per page (a non-PDF document is one page). */
export type TextDocument = {
  pages: string[];
  filename: string;
  format: "pdf" | "markdown" | "html" | "csv" | "yaml" | "json" | "text";
  /** JSON only: the parsed document (its page is the file's own text, which citations quote). */
  data?: unknown;
  metadata?: PdfMetadata;
  /** PDF only: positioned text items per page, for rules that read by position (see layout.ts). */
  layouts?: PageLayout[];
  /** PDF only: pages (1-based) whose text OCR recognised from the page image. */
  ocrPages?: number[];
};
