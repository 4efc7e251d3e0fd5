export { extractDocument, extractFromText, FIELDS_BY_KIND } from "./extract-document";
export { addCrossDocumentFlags } from "./cross-document";
export { DEFAULT_LIMITS, ERROR_MESSAGES, stopIdleParser } from "./pdf-reader";
export type * from "./types";
