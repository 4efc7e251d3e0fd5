// Usage: npm run eval:corpus [-- --only=<regex>] [-- --dir=<path> ...]  (`--only` keeps documents whose
// "<folder>/<file>" path matches; `--dir` measures the given folders of documents with answers instead of the corpus,
// e.g. a hold-out set kept outside the repository)
// Extracts every document in ../shared/corpus and ../shared/corpus-added, compares field by field with its
// expected.json, checks that every citation's quote is on its page, and prints a table per document, then one table
// with each folder and both combined; then writes the extraction of every holdout document to bench/out/holdout/.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { corpusFolders, extractFolder, type CorpusFolder } from "./corpus-docs";
import {
  add,
  gradeRow,
  newGrading,
  overallHeader,
  printFieldsAndCitations,
  summaryRow,
  type Tally,
} from "./eval-report";

/**
 * The hold-out split of a folder (issue #12): its documents in alphabetical order of file name, odd positions
 * (1st, 3rd, ...) are half A, where rules are written; even positions are half B, measured before its failures
 * are read.
 */
function halves(files: string[]): Map<string, "A" | "B"> {
  const names = files.map((f) => path.basename(f)).sort();
  return new Map(names.map((n, i) => [n, i % 2 === 0 ? "A" : "B"]));
}

/** The folders named by `--dir=<path>` or `--dir <path>` (repeatable). */
function dirArgs(argv: string[]): CorpusFolder[] {
  const dirs: string[] = [];
  argv.forEach((a, i) => {
    if (a.startsWith("--dir=")) dirs.push(a.slice("--dir=".length));
    else if (a === "--dir" && argv[i + 1]) dirs.push(argv[i + 1]!);
  });
  return dirs.map((d) => ({ name: d, dir: path.resolve(d) }));
}

async function main() {
  const given = dirArgs(process.argv);
  const missing = given.filter((f) => !existsSync(f.dir));
  if (missing.length > 0) {
    console.error(`not found: ${missing.map((f) => f.dir).join(", ")}`);
    process.exit(2);
  }
  const folders = given.length > 0 ? given : corpusFolders();
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  if (folders.length === 0) {
    console.error("corpus not found (set ASSAY_CORPUS_DIR)");
    process.exit(2);
  }
  const corpus = folders[0]!.dir;
  const holdout = process.env.ASSAY_HOLDOUT_DIR ?? path.resolve(path.dirname(corpus), "holdout");
  const byFolder = new Map<string, Tally>();
  const byHalf = new Map<string, Tally>();
  const all: Tally = {};
  const grading = newGrading();
  for (const folder of folders) {
    const t: Tally = {};
    byFolder.set(folder.name, t);
    const rows = await extractFolder(
      folder,
      only ? (f) => new RegExp(only).test(path.relative(path.dirname(folder.dir), f)) : undefined,
    );
    const half = halves(rows.filter((r) => r.expected).map((r) => r.file));
    for (const { file, result, ms, expected, pages } of rows) {
      const rel = `${folder.name}/${path.relative(folder.dir, file)}`;
      if (!expected) {
        console.log(`\n## ${rel}: no expected.json, skipped`);
        continue;
      }
      const halfName = `${folder.name} half ${half.get(path.basename(file))}`;
      const h = byHalf.get(halfName) ?? {};
      byHalf.set(halfName, h);
      // Counts go to the folder's tally and to its half's.
      const { lines } = gradeRow(rel, { result, ms, expected, pages }, [t, h], grading);
      console.log(lines.join("\n"));
    }
    for (const [k, v] of Object.entries(t)) add(all, k, v);
  }
  printFieldsAndCitations(grading);
  console.log(`\n## Overall`);
  console.log(overallHeader("folder"));
  for (const [name, t] of byFolder) console.log(summaryRow(name, t));
  console.log(summaryRow("combined", all));
  for (const [name, t] of [...byHalf.entries()].sort()) console.log(summaryRow(name, t));

  if (given.length === 0 && existsSync(holdout)) {
    const outDir = path.resolve(process.cwd(), "bench/out/holdout");
    mkdirSync(outDir, { recursive: true });
    const held = await extractFolder({ name: "holdout", dir: holdout });
    for (const { file, result } of held) {
      writeFileSync(path.join(outDir, `${path.basename(file)}.json`), JSON.stringify(result, null, 2));
    }
    console.log(`\nholdout: wrote ${held.length} extractions to ${path.relative(process.cwd(), outDir)}/`);
  }
  process.exit(0);
}

void main();
