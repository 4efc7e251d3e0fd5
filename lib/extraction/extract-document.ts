// Public entry point: bytes in, typed facts (or a typed error the UI can show) out.
import { repairOcrDateDigits } from "./ocr-digits";
import { asciiTableItems, asciiTableText } from "./ascii-tables";
import { createHash } from "node:crypto";
import {
  ACTIVE_KINDS,
  activeContentCitations,
  activeContentFlags,
  scanActiveContent,
  type ActiveKind,
} from "./active-content";
import { extractBridgeLetter } from "./bridge-letter";
import { extractCertificate } from "./certificate";
import { extractClaimsPage } from "./claims-page";
import { classifyByFilename, classifyText, type Classification } from "./classify";
import { normalizeText } from "./normalize";
import { citeListItems } from "./item-citations";
import { repairOcrCertificateNumber } from "./ocr-code-letters";
import { markOcrFacts, ocrReadPages, textLayerState, unreadFields } from "./ocr-facts";
import { DEFAULT_LIMITS, readPdfText, typedError } from "./pdf-reader";
import { extractSocReport, type KindExtraction } from "./soc-report";
import { extractSubprocessorList } from "./subprocessors";
import { detectTextFormat, textDocumentFrom } from "./text-formats";
import { layoutDocument } from "./layout";
import { keepQuotesOnPage } from "./quote-guard";
import { buildTextIndex, type TextIndex } from "./text-index";
import { factsFromExtractorReadings } from "@/lib/evidence/facts/model/from-readings";
import { flagTexts } from "./flags";
import { garbledLayerFlags } from "./garbled-layer";
import type {
  DocKind,
  ExtractionLimits,
  ExtractionOptions,
  ExtractionResult,
  Facts,
  OcrPage,
  TextDocument,
} from "./types";

/** Fields each kind reports; when there is no text layer all of them are null and listed in not_in_text_layer. */
export const FIELDS_BY_KIND: Record<DocKind, string[]> = {
  soc1_report: [
    "service_organization",
    "system_name",
    "period_start",
    "period_end",
    "report_date",
    "auditor.name",
    "opinion",
    "subservice_organizations",
    "subservice_method",
  ],
  soc2_report: [
    "service_organization",
    "system_name",
    "soc2_type",
    "period_start",
    "period_end",
    "report_date",
    "auditor.name",
    "opinion",
    "trust_services_categories",
    "subservice_organizations",
    "subservice_method",
  ],
  soc3_report: [
    "service_organization",
    "system_name",
    "period_start",
    "period_end",
    "report_date",
    "auditor.name",
    "opinion",
    "trust_services_categories",
    "subservice_organizations",
    "subservice_method",
  ],
  bridge_letter: [
    "letter_date",
    "no_material_change_as_of",
    "signatory",
    "referenced_report.period_start",
    "referenced_report.period_end",
    "material_changes_disclosed",
  ],
  iso_certificate: [
    "certificate_holder",
    "standard",
    "standard_version",
    "certificate_number",
    "certification_body",
    "accreditation_body",
    "issue_date",
    "original_certification_date",
    "expiry_date",
    "surveillance_due",
    "scope_statement",
    "sites",
    "soa_reference",
  ],
  other_certificate: [
    "certificate_holder",
    "standard",
    "certificate_number",
    "certification_body",
    "issue_date",
    "expiry_date",
    "scope_statement",
  ],
  claims_page: [],
  subprocessor_list: ["vendor", "last_updated", "subprocessors"],
  unknown: [],
};

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KB of junk (tolerated by readers), but it must be there.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

function fromCatalogue(kinds: string[] | undefined): ActiveKind[] {
  return (kinds ?? []).filter((k): k is ActiveKind => (ACTIVE_KINDS as readonly string[]).includes(k));
}

function factsFor(kind: DocKind, index: TextIndex, now: Date): KindExtraction {
  const doc = index.doc;
  switch (kind) {
    case "soc1_report":
    case "soc2_report":
    case "soc3_report":
      return extractSocReport(index, kind);
    case "bridge_letter":
      return extractBridgeLetter(index);
    case "iso_certificate":
    case "other_certificate": {
      // A certificate is read as laid out: labels and values are placed by position, not drawn in reading order.
      const read = extractCertificate(buildTextIndex(layoutDocument(doc)), now);
      // Its quotes are checked against the page as its text runs, which the layout may have reordered.
      keepQuotesOnPage({ facts: read.facts, flags: [...read.consistency, ...read.authenticity] }, doc.pages);
      return read;
    }
    case "subprocessor_list":
      return extractSubprocessorList(index);
    case "claims_page":
      return extractClaimsPage(index);
    default:
      return { facts: {}, notInTextLayer: [], consistency: [], authenticity: [] };
  }
}

/** Runs the text → facts rules on an already-read document (pure, synchronous; used by tests on .txt fixtures). */
export function extractFromText(doc: TextDocument, opts: { now?: Date; classification?: Classification } = {}) {
  const classification = opts.classification ?? classifyText(doc);
  // One index of the page texts serves the kind's rules and the list citations (the rules never change it).
  const index = buildTextIndex(doc);
  const result = factsFor(classification.kind, index, opts.now ?? new Date());
  citeListItems(index, result.facts);
  return {
    classification,
    facts: result.facts,
    notInTextLayer: result.notInTextLayer,
    consistency: flagTexts(result.consistency),
    authenticity: flagTexts(result.authenticity),
    flagCitations: [...result.consistency, ...result.authenticity],
  };
}

export async function extractDocument(
  input: { bytes: Uint8Array; filename: string; mimeType?: string },
  opts: ExtractionOptions = {},
): Promise<ExtractionResult> {
  const limits: ExtractionLimits = {
    ...DEFAULT_LIMITS,
    ...Object.fromEntries(Object.entries(opts).filter(([k, v]) => k in DEFAULT_LIMITS && v !== undefined)),
  };
  const bytes = input.bytes;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length === 0) return { ok: false, error: typedError("empty"), sha256 };
  if (bytes.length > limits.maxBytes)
    return {
      ok: false,
      error: typedError(
        "too_large",
        `${(bytes.length / 1048576).toFixed(1)} MB, limit ${(limits.maxBytes / 1048576).toFixed(0)} MB`,
      ),
      sha256,
    };
  const now = opts.now ?? new Date();
  const started = performance.now();
  let parseMs: number | null = null;
  let parsePeakRssMb: number | null = null;
  let parseCpuMs: number | null = null;

  let doc: TextDocument;
  let pages: number;
  let ocr: OcrPage[] = [];
  let garbledLayers = new Map<number, string>();
  let ocrStats = {};
  const headText = Buffer.from(bytes.subarray(0, 512)).toString("utf8");
  const pdf = isPdf(bytes);
  const textFormat = pdf ? null : detectTextFormat(input.filename, input.mimeType, headText);
  if (pdf) {
    const read = await readPdfText(bytes, limits, opts.workerPath);
    parseMs = performance.now() - started;
    parsePeakRssMb = read.ok ? read.value.peakRssMb : read.peakRssMb;
    if (!read.ok) return { ok: false, error: read.error, sha256 };
    parseCpuMs = read.value.cpuMs ?? null;
    ocr = read.value.ocr;
    garbledLayers = new Map([...(read.value.garbledLayers ?? [])].map(([p, t]) => [p, normalizeText(t)]));
    // A page OCR read carries its recognised text in `pages`; the few positioned items of its text layer (a stamp, a
    // watermark) must not stand in for it, so the layout reader falls back to that text.
    const readByOcr = ocrReadPages(ocr);
    // A table drawn in characters loses its pipes and borders in the items as in the text (ascii-tables.ts).
    const layouts = read.value.layouts?.map((l, i) =>
      readByOcr.has(i + 1) ? { ...l, items: [] } : { ...l, items: asciiTableItems(l.items) },
    );
    doc = {
      // A recognised page's dates may hold look-alike letters for digits ("1O October 2O17"): read back (ocr-digits.ts).
      pages: read.value.pages.map((p, i) => {
        const text = asciiTableText(normalizeText(p));
        return readByOcr.has(i + 1) ? repairOcrDateDigits(text) : text;
      }),
      filename: input.filename,
      format: "pdf",
      metadata: read.value.info,
      ...(layouts ? { layouts } : {}),
      ...(readByOcr.size ? { ocrPages: [...readByOcr.keys()] } : {}),
    };
    pages = read.value.total;
    ocrStats = { ocrPages: ocr.length, ocrMs: read.value.ocrMs, ocrCpuMs: read.value.ocrCpuMs };
  } else if (textFormat) {
    if (bytes.includes(0)) return { ok: false, error: typedError("unsupported_type", "binary content"), sha256 };
    doc = textDocumentFrom(bytes, input.filename, textFormat);
    pages = 1;
  } else if (/\.pdf$/i.test(input.filename) || input.mimeType === "application/pdf") {
    return { ok: false, error: typedError("not_pdf"), sha256 };
  } else {
    return { ok: false, error: typedError("unsupported_type"), sha256 };
  }

  opts.onText?.(doc);
  const activeFlags = pdf
    ? activeContentFlags([...scanActiveContent(bytes), ...fromCatalogue(doc.metadata?.activeContent)])
    : [];
  const ocrRead = ocrReadPages(ocr);
  const textLayer = textLayerState(doc.pages, ocrRead);
  const ocrInfo = ocr.length ? { ocr_pages: ocr } : {};
  const activeCitations = activeContentCitations(activeFlags);

  if (textLayer === "none" && ocrRead.size === 0) {
    opts.onStats?.({
      totalMs: performance.now() - started,
      parseMs,
      rulesMs: 0,
      parsePeakRssMb,
      parseCpuMs,
      ...ocrStats,
    });
    const classification = classifyByFilename(input.filename);
    const fields = FIELDS_BY_KIND[classification.kind];
    const facts: Facts = Object.fromEntries(
      fields.map((f) => [
        f,
        {
          value: null,
          page: null,
          quote: null,
          confidence: 0,
          note: ocr.length
            ? "no text layer (scanned image), and OCR could not read the page"
            : "no text layer (scanned image); OCR is not performed",
        },
      ]),
    );
    const notInTextLayer = fields.length ? fields : ["*"];
    return {
      ok: true,
      doc_kind: classification.kind,
      doc_kind_confidence: classification.confidence,
      document: factsFromExtractorReadings({
        doc_kind: classification.kind,
        facts,
        not_in_text_layer: notInTextLayer,
        authenticity_flags: activeFlags,
        flag_citations: activeCitations,
      }),
      facts,
      not_in_text_layer: notInTextLayer,
      consistency_flags: [],
      authenticity_flags: activeFlags,
      pages,
      sha256,
      text_layer: "none",
      ...(activeCitations.length ? { flag_citations: activeCitations } : {}),
      ...ocrInfo,
      ...(doc.metadata ? { metadata: doc.metadata } : {}),
    };
  }

  const rulesStart = performance.now();
  // A document read only by OCR (no text layer at all) whose OCR text names no kind (a language the English model
  // cannot read) is classified by its file name, as a scan OCR could not read is.
  let byName: Classification | undefined;
  if (textLayer === "none" && classifyText(doc).kind === "unknown") {
    const named = classifyByFilename(input.filename);
    if (named.kind !== "unknown") byName = named;
  }
  const read = extractFromText(doc, { now, classification: byName });
  const { classification, facts, notInTextLayer, authenticity } = read;
  // A certificate number's capitals OCR read as digits ("VRS-1S-60382"): put back (ocr-code-letters.ts).
  repairOcrCertificateNumber(facts, ocrRead);
  markOcrFacts(facts, ocrRead);
  const layerFlags = garbledLayerFlags(facts, garbledLayers);
  const consistency = [...read.consistency, ...flagTexts(layerFlags)];
  const flagCitations = [...read.flagCitations, ...layerFlags];
  const unread = unreadFields(facts, FIELDS_BY_KIND[classification.kind], ocr).filter(
    (f) => !notInTextLayer.includes(f),
  );
  opts.onStats?.({
    totalMs: performance.now() - started,
    parseMs,
    rulesMs: performance.now() - rulesStart,
    parsePeakRssMb,
    parseCpuMs,
    ...ocrStats,
  });
  const authenticityFlags = [...authenticity, ...activeFlags];
  const citations = [...flagCitations, ...activeCitations];
  const notRead = [...notInTextLayer, ...unread];
  return {
    ok: true,
    doc_kind: classification.kind,
    doc_kind_confidence: classification.confidence,
    // The final assembly: the rules' readings become the typed facts of the schema here, and only here.
    document: factsFromExtractorReadings({
      doc_kind: classification.kind,
      facts,
      not_in_text_layer: notRead,
      consistency_flags: consistency,
      authenticity_flags: authenticityFlags,
      flag_citations: citations,
    }),
    facts,
    not_in_text_layer: notRead,
    consistency_flags: consistency,
    authenticity_flags: authenticityFlags,
    pages,
    sha256,
    text_layer: textLayer,
    ...(citations.length ? { flag_citations: citations } : {}),
    ...ocrInfo,
    ...(doc.metadata ? { metadata: doc.metadata } : {}),
  };
}
