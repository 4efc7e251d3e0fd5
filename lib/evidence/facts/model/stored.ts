// Storage's side of the schema: Document.extraction.document and Document.confirmedFacts are parsed
// with it when written and when read, so nothing downstream meets a shape it does not expect.
import { factsFromExtractorReadings } from "./from-readings";
import type { DocumentFacts } from "./types";
import { documentFactsSchema } from "./zod";

export class FactsShapeError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Facts do not match the fact schema: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "FactsShapeError";
  }
}

/** Validates typed facts before they are stored; throws FactsShapeError listing each bad field. */
export function parseDocumentFacts(value: unknown): DocumentFacts {
  const parsed = documentFactsSchema.safeParse(value);
  if (!parsed.success) {
    throw new FactsShapeError(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  return parsed.data as unknown as DocumentFacts;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a stored Document.confirmedFacts or Document.extraction value: typed facts (checked against
 * the schema), an extraction result carrying them under `document`, or a row written before the
 * schema (flat `facts` keyed by reading paths), which is adapted. Anything else is null (not read).
 */
export function readStoredFacts(value: unknown): DocumentFacts | null {
  if (!isObject(value)) return null;
  if (value.version !== undefined) return parseDocumentFacts(value);
  if (isObject(value.document)) return parseDocumentFacts(value.document);
  if (typeof value.doc_kind === "string" && isObject(value.facts)) {
    return parseDocumentFacts(factsFromExtractorReadings(value as Parameters<typeof factsFromExtractorReadings>[0]));
  }
  return null;
}
