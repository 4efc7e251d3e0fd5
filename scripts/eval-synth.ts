// Usage: npm run eval:synth [-- --count=5 --seed=1001 --pages=40 --only=<regex> --no-ocr --all --keep]
// Generates every variation of scripts/synth/variations.ts (`--count` seeds from `--seed`; SOC 2 reports of
// `--pages` pages, 0 = drawn by seed) into a fresh temporary folder outside the repository, with each document's
// expected.json beside it, extracts them with the real extractor, and grades them with the corpus grader
// (scripts/eval-report.ts): one overall table in eval:corpus's format, one row per variation. These figures are
// reported apart from the real corpus's: the generator is ours, the corpus is not.
// `--only` keeps variations whose id matches; `--no-ocr` skips the scan (OCR is slow); `--all` prints every
// document's field table (default: only documents with a field or citation not right); `--keep` keeps the folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractFolder } from "./corpus-docs";
import {
  add,
  gradeRow,
  newGrading,
  overallHeader,
  printFieldsAndCitations,
  summaryRow,
  type Tally,
} from "./eval-report";
import { VARIATIONS } from "./synth/variations";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "5" },
    seed: { type: "string", default: "1001" },
    pages: { type: "string", default: "40" },
    only: { type: "string" },
    "no-ocr": { type: "boolean", default: false },
    all: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});

/** A folder under the system temp dir; refused if that is inside the repository (generated PDFs are never committed). */
function tempFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "assay-synth-"));
  const rel = path.relative(process.cwd(), dir);
  if (!rel.startsWith("..") && !path.isAbsolute(rel)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the temp dir ${dir} is inside the repository; set TMPDIR elsewhere`);
  }
  return dir;
}

async function main(): Promise<void> {
  const count = Number(values.count);
  const first = Number(values.seed);
  const pages = Number(values.pages);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(first) || !Number.isInteger(pages) || pages < 0)
    throw new Error("--count, --seed and --pages must be whole numbers (count ≥ 1, pages ≥ 0)");
  const only = values.only ? new RegExp(values.only) : null;
  const chosen = VARIATIONS.filter((v) => (!only || only.test(v.id)) && !(values["no-ocr"] && v.ocr));
  const root = tempFolder();
  console.log(
    `# Synthetic evaluation: ${chosen.length} variations × ${count} seeds (${first}–${first + count - 1}), SOC 2 ${pages || "drawn"} pages; files in ${root}`,
  );
  const byVariation = new Map<string, Tally>();
  const all: Tally = {};
  const grading = newGrading();
  try {
    for (const v of chosen) {
      const dir = path.join(root, v.id);
      mkdirSync(dir);
      for (let seed = first; seed < first + count; seed++) {
        const made = await v.make(seed, pages > 0 ? { soc2Pages: pages } : {});
        writeFileSync(path.join(dir, made.filename), made.bytes);
        const stem = made.filename.slice(0, made.filename.lastIndexOf("."));
        writeFileSync(path.join(dir, `${stem}.expected.json`), JSON.stringify(made.expected, null, 2) + "\n");
      }
      const t: Tally = {};
      byVariation.set(v.id, t);
      // Each generated document is its own vendor's: no cross-document flags among them.
      for (const row of await extractFolder({ name: v.id, dir }, undefined, { crossDocument: false })) {
        const rel = `${v.id}/${path.basename(row.file)}`;
        if (!row.expected) throw new Error(`${rel}: no expected.json was written`);
        const { lines, clean } = gradeRow(rel, { ...row, expected: row.expected }, [t], grading);
        if (values.all || !clean) console.log(lines.join("\n"));
      }
      for (const [k, n] of Object.entries(t)) add(all, k, n);
      console.log(`\n${summaryRow(v.id, t)}  ← ${v.title}`);
    }
    printFieldsAndCitations(grading);
    console.log(`\n## Overall (synthetic; not the real corpus)`);
    console.log(overallHeader("variation"));
    for (const [name, t] of byVariation) console.log(summaryRow(name, t));
    console.log(summaryRow("synthetic combined", all));
  } finally {
    if (values.keep) console.log(`\nkept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
