// The real documents with answers, as the corpus test and `npm run eval:corpus` read them: ../shared/corpus (the
// documents the rules were first written on) and ../shared/corpus-added (real documents nobody tuned them to).
// Each folder is extracted separately (cross-document flags compare documents within one folder only).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../lib/extraction";
import { addCrossDocumentFlags } from "../lib/extraction/cross-document";
import type { ExtractionResult, ExtractionSuccess } from "../lib/extraction/types";

const DOC_EXT = /\.(pdf|md|mdx|markdown|html?|csv|ya?ml|json)$/i;
// A plain-text upload is a document too when it has its own answers ("x.txt" beside "x.expected.json") and is not the
// text copy of another document beside it (a PDF's "x.txt" or "x.transcription.txt" next to "x.pdf"); other .txt files
// (eval logs, notes) are not documents.
const TEXT_EXT = /\.txt$/i;
const stemOf = (name: string) => name.slice(0, name.indexOf(".") < 0 ? name.length : name.indexOf("."));

export type CorpusFolder = { name: string; dir: string };

/** The folders present: ASSAY_CORPUS_DIR (default ../shared/corpus) and its sibling corpus-added. */
export function corpusFolders(): CorpusFolder[] {
  const corpus = process.env.ASSAY_CORPUS_DIR ?? path.resolve(process.cwd(), "../shared/corpus");
  const added = process.env.ASSAY_CORPUS_ADDED_DIR ?? path.resolve(path.dirname(corpus), "corpus-added");
  return [
    { name: "corpus", dir: corpus },
    { name: "corpus-added", dir: added },
  ].filter((f) => existsSync(f.dir));
}

export function listDocuments(root: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(root).sort();
  const docStems = new Set(entries.filter((e) => DOC_EXT.test(e) && !e.endsWith(".expected.json")).map(stemOf));
  for (const entry of entries) {
    const full = path.join(root, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== "frameworks") out.push(...listDocuments(full));
    } else if (DOC_EXT.test(entry) && !entry.endsWith(".expected.json")) out.push(full);
    else if (
      TEXT_EXT.test(entry) &&
      !docStems.has(stemOf(entry)) &&
      existsSync(path.join(root, `${entry.replace(TEXT_EXT, "")}.expected.json`))
    )
      out.push(full);
  }
  return out;
}

export function expectedFor(file: string): Record<string, unknown> | null {
  let stem = path.basename(file);
  while (stem.includes(".")) {
    stem = stem.slice(0, stem.lastIndexOf("."));
    const candidate = path.join(path.dirname(file), `${stem}.expected.json`);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, "utf8")) as Record<string, unknown>;
  }
  return null;
}

export type CorpusRow = {
  folder: string;
  file: string;
  expected: Record<string, unknown> | null;
  result: ExtractionResult;
  /** The page texts the rules read (OCR text on OCR'd pages). */
  pages: string[];
  ms: number;
};

/**
 * Extracts every document of a folder (those `keep` accepts), then adds the cross-document flags among them (unless
 * `crossDocument` is false: generated documents of one folder are unrelated vendors'). `timeoutMs` replaces the
 * parser's wall-clock limit (default the app's, 60 s, of which OCR may use 80 %).
 */
export async function extractFolder(
  folder: CorpusFolder,
  keep?: (file: string) => boolean,
  { crossDocument = true, timeoutMs }: { crossDocument?: boolean; timeoutMs?: number } = {},
): Promise<CorpusRow[]> {
  const rows: CorpusRow[] = [];
  for (const file of listDocuments(folder.dir)) {
    if (keep && !keep(file)) continue;
    const t = performance.now();
    let pages: string[] = [];
    const result = await extractDocument(
      { bytes: new Uint8Array(readFileSync(file)), filename: path.basename(file) },
      { onText: (doc) => (pages = doc.pages), timeoutMs },
    );
    rows.push({ folder: folder.name, file, expected: expectedFor(file), result, pages, ms: performance.now() - t });
  }
  if (!crossDocument) return rows;
  const ok = rows.filter((r): r is CorpusRow & { result: ExtractionSuccess } => r.result.ok);
  addCrossDocumentFlags(ok.map((r) => ({ name: path.basename(r.file), result: r.result })));
  return rows;
}
