export { extractDocument, extractFromText, FIELDS_BY_KIND } from "./extract-document";
export { DEFAULT_LIMITS, ERROR_MESSAGES } from "./pdf-reader";
export type * from "./types";
