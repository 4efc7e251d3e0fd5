// The documents of the shared corpus (never copied into the repo): each `<stem>.expected.json` with
// the document it describes (PDF, Markdown, HTML, YAML or CSV; the `.txt` files are text dumps).
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export type CorpusDocument = { id: string; expectedFile: string; documentFile: string | null };

export function corpusRoots(): string[] {
  const roots = process.env.ASSAY_CORPUS_DIR
    ? [process.env.ASSAY_CORPUS_DIR]
    : [path.resolve(process.cwd(), "../shared/corpus"), path.resolve(process.cwd(), "../shared/corpus-added")];
  return roots.filter((root) => existsSync(root));
}

export function corpusDocuments(): CorpusDocument[] {
  const out: CorpusDocument[] = [];
  for (const root of corpusRoots()) {
    for (const dir of readdirSync(root, { withFileTypes: true })) {
      if (!dir.isDirectory() || dir.name === "frameworks") continue;
      const names = readdirSync(path.join(root, dir.name));
      for (const name of names.filter((n) => n.endsWith(".expected.json")).sort()) {
        const stem = name.slice(0, -".expected.json".length);
        const doc = names.find((f) => f.startsWith(`${stem}.`) && /\.(pdf|md|html?|csv|ya?ml)$/.test(f));
        out.push({
          id: `${path.basename(root)}/${dir.name}/${stem}`,
          expectedFile: path.join(root, dir.name, name),
          documentFile: doc ? path.join(root, dir.name, doc) : null,
        });
      }
    }
  }
  return out;
}
