export * from "./field-spec";
export * from "./kinds";
export * from "./types";
export { documentFactsSchema, fieldSchema, scalarSchema, FLAG_KINDS } from "./zod";
export { emptyFacts, emptyCited } from "./empty";
export { factsFromAnswerFile, factsFromExtractorReadings, kindOfReadings } from "./from-readings";
export { parseDocumentFacts, readStoredFacts, FactsShapeError } from "./stored";
export { changeKind, tidyFacts } from "./form-values";
