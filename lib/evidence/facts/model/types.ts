import type { Cited, CitedItem, FieldsOf } from "./field-spec";
import { FACT_KIND_SPECS, type FactKind } from "./kinds";
import type { FLAG_KINDS } from "./zod";

type Specs = typeof FACT_KIND_SPECS;

export type FactsOf<K extends FactKind> = {
  version: 1;
  kind: K;
  fields: FieldsOf<Specs[K]>;
  flags: CitedItem<DocumentFlag>[];
  notInTextLayer: string[];
};

/** A document's facts, typed by its kind. The one shape stored in Document.extraction.document and Document.confirmedFacts. */
export type DocumentFacts = { [K in FactKind]: FactsOf<K> }[FactKind];

export type DocumentFlag = { kind: (typeof FLAG_KINDS)[number]; text: string };

/** Any field of any kind, for code that walks fields generically (the form, the corrections log). */
export type AnyField = Cited<unknown>;
