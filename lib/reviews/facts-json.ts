// Pure: turns the extractor's flat, cited facts ("auditor.name" → { value, page, quote }) into the
// nested facts JSON (the corpus expected.json shape) that lib/scoring-io reads, keeping each
// top-level field's page and quote under `sources` so gaps can cite them.

export type FlatFact = {
  value: unknown;
  page: number | null;
  quote: string | null;
  confidence?: number;
  /** "ocr" when the quote was recognised from a page image (lib/extraction/types.ts FactSource). */
  source?: string;
};
export type FlatFacts = Record<string, FlatFact>;

export type StoredFacts = {
  doc_kind: string;
  facts: FlatFacts;
  consistency_flags?: string[];
  authenticity_flags?: string[];
  not_in_text_layer?: string[];
};

// The scorer names a vendor's marketing "certifications" page and look-alike certificates its own way.
const SCORING_DOC_KIND: Record<string, string> = {
  claims_page: "vendor_certification_claims_page",
  other_certificate: "iso_certificate",
};

export function nestFacts(stored: StoredFacts): Record<string, unknown> {
  const out: Record<string, unknown> = {
    doc_kind: SCORING_DOC_KIND[stored.doc_kind] ?? stored.doc_kind,
    consistency_flags: stored.consistency_flags ?? [],
    authenticity_flags: stored.authenticity_flags ?? [],
  };
  const sources: Record<string, { page: number | null; quote: string | null }> = {};
  for (const [path, fact] of Object.entries(stored.facts)) {
    const parts = path.split(".");
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next !== "object" || next === null || Array.isArray(next)) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = fact.value;
    const top = parts[0];
    if (!sources[top] && (fact.page !== null || fact.quote)) sources[top] = { page: fact.page, quote: fact.quote };
  }
  out.sources = sources;
  return out;
}
