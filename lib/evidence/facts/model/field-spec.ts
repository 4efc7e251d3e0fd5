// What a fact field is: its editor (and so its value type) and its label for people. The kind specs
// (kinds.ts) are written in these terms; the zod schema (cited.ts) and the review form are derived
// from them, so a field is defined once.

type Base = { label: string; help?: string };

export type ScalarSpec =
  | (Base & { editor: "text"; long?: boolean })
  | (Base & { editor: "date" })
  | (Base & { editor: "number" })
  | (Base & { editor: "boolean"; yes: string; no: string })
  | (Base & { editor: "choice"; options: Readonly<Record<string, string>> })
  | (Base & { editor: "choices"; options: Readonly<Record<string, string>> })
  | (Base & { editor: "textList" });

/** A field of a list item; `required` ones must be filled for the row to be kept; `form: false` ones are edited elsewhere. */
export type ItemFieldSpec = ScalarSpec & { required?: boolean; form?: false };

export type ListSpec = Base & {
  editor: "list";
  /** What one row is called ("exception", "CUEC"): used in "Add an exception". */
  itemLabel: string;
  item: Readonly<Record<string, ItemFieldSpec>>;
};

export type FieldSpec = ScalarSpec | ListSpec;
export type KindSpec = Readonly<Record<string, FieldSpec>>;

export type ScalarValue<S> = S extends { editor: "text" | "date" }
  ? string
  : S extends { editor: "number" }
    ? number
    : S extends { editor: "boolean" }
      ? boolean
      : S extends { editor: "choice"; options: infer O }
        ? keyof O & string
        : S extends { editor: "choices"; options: infer O }
          ? (keyof O & string)[]
          : S extends { editor: "textList" }
            ? string[]
            : never;

export const FACT_SOURCES = ["text", "ocr", "analyst"] as const;
/** Where a value came from: the PDF's text layer, OCR of a page image, or a person (analyst, or a hand-checked answer file). */
export type FactSource = (typeof FACT_SOURCES)[number];

/** A value with the place in the document it was read from. `page` is the 1-based PDF page index. */
export type Cited<T> = {
  value: T | null;
  page: number | null;
  quote: string | null;
  confidence: number;
  source: FactSource;
};

/** One row of a list (an exception, a CUEC, a sub-processor…): its own id (stable across edits) and citation. */
export type CitedItem<T> = Cited<T> & { id: string };

export type ItemValue<I> = {
  [K in keyof I]: I[K] extends { required: true } ? ScalarValue<I[K]> : ScalarValue<I[K]> | null;
};

export type FieldValue<S> = S extends { editor: "list"; item: infer I } ? CitedItem<ItemValue<I>>[] : ScalarValue<S>;

export type FieldsOf<K extends KindSpec> = { [F in keyof K]: Cited<FieldValue<K[F]>> };
