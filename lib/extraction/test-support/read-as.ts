// Made-up text read as a given kind of document, for the rule tests: each page normalised as the reader normalises a
// text layer, the kind stated instead of classified, so a test holds only its text and what must be read from it.
import { extractFromText } from "../extract-document";
import { normalizeText } from "../normalize";
import type { DocKind, TextDocument } from "../types";

/** Pages of made-up text as the extractor receives a text document. */
export function textDocument(...pages: string[]): TextDocument {
  return { pages: pages.map(normalizeText), filename: "x", format: "text" };
}

/** The extraction of `pages` read as a `kind` document (classification given, confidence 1). */
export function readAs(kind: DocKind, ...pages: string[]) {
  return extractFromText(textDocument(...pages), { classification: { kind, confidence: 1, reason: "test" } });
}
