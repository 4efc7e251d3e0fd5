import type { Cited, FactSource } from "./field-spec";
import { FACT_KIND_SPECS, type FactKind } from "./kinds";
import type { DocumentFacts } from "./types";

export function emptyCited<T>(source: FactSource = "text"): Cited<T> {
  return { value: null, page: null, quote: null, confidence: 0, source };
}

/** Every field of the kind, not found: the starting point of the adapters and of a kind change in the form. */
export function emptyFacts(kind: FactKind, source: FactSource = "text"): DocumentFacts {
  const fields = Object.fromEntries(Object.keys(FACT_KIND_SPECS[kind]).map((key) => [key, emptyCited(source)]));
  return { version: 1, kind, fields, flags: [], notInTextLayer: [] } as unknown as DocumentFacts;
}
