import fs from "node:fs";
import path from "node:path";
import { factsFromAnswerFile } from "@/lib/evidence/facts/model";
import type { FactsDocument } from "@/lib/evidence/facts/to-evidence";

/** The shared corpus of real documents with hand-checked `*.expected.json` facts (never copied into the repo). */
export function corpusDir(): string {
  return process.env.ASSAY_CORPUS_DIR ?? path.resolve(process.cwd(), "../shared/corpus");
}

/** Loads `<folder>/<name>.expected.json` as a document's typed facts whose id is the file stem. */
export function loadExpected(relativePath: string): FactsDocument {
  const file = path.join(
    corpusDir(),
    relativePath.endsWith(".expected.json") ? relativePath : `${relativePath}.expected.json`,
  );
  return {
    documentId: path.basename(file, ".expected.json"),
    facts: factsFromAnswerFile(JSON.parse(fs.readFileSync(file, "utf8"))),
  };
}

export function listExpected(): string[] {
  const root = corpusDir();
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir.name))
        .filter((name) => name.endsWith(".expected.json"))
        .map((name) => `${dir.name}/${name}`),
    )
    .sort();
}
