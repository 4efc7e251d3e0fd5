// Made-up sub-processor lists read as the extractor reads an uploaded text file (its format detected from the name and
// first bytes), the kind stated instead of classified; and the rows read from them, for the list rule tests.
import { extractFromText } from "../extract-document";
import { detectTextFormat, textDocumentFrom } from "../text-formats";
import type { TextDocument } from "../types";

/** `text` as the text document an upload named `filename` becomes. */
export function listDocument(text: string, filename: string): TextDocument {
  const format = detectTextFormat(filename, undefined, text.slice(0, 512))!;
  return textDocumentFrom(new TextEncoder().encode(text), filename, format);
}

/** The extraction of `text` read as a sub-processor list uploaded as `filename`. */
export function readList(text: string, filename: string) {
  return extractFromText(listDocument(text, filename), {
    classification: { kind: "subprocessor_list", confidence: 1, reason: "test" },
  });
}

type Row = { name: string; purpose: string | null; location: string | null };

/** Each sub-processor read: its name, purpose and location. */
export const listRows = (r: ReturnType<typeof readList>) =>
  ((r.facts.subprocessors?.value as Row[] | null) ?? []).map(({ name, purpose, location }) => ({
    name,
    purpose,
    location,
  }));
