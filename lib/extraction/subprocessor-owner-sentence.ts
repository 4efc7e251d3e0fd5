// The owner named as the subject of the sentence that introduces the list: "Acme Analytics Limited ("Acme", "we")
// relies on the companies below", "Acme Pty Ltd (hereinafter "Acme") works with the following third parties", "Acme
// GmbH (the "Processor") has engaged the sub-processors listed below", "Acme Inc. ("Acme" or "us") shares personal
// data with the service providers named below". The name may carry a bracket of defined terms; the verb is any way of
// saying it uses someone; the object points at the list (below, following, listed, on this page).

const TERM = `["“'‘][^"”'’()\\n]{1,40}["”'’]`;
const DEFINED = `\\((?:(?:hereinafter|hereafter|together)\\s+)?(?:(?:referred\\s+to\\s+as|called)\\s+)?(?:the\\s+)?${TERM}(?:\\s*(?:,|\\bor\\b|\\band\\b|/|;)\\s*(?:the\\s+)?${TERM}){0,3}\\)`;
const VERB = `(?:uses|engages|relies\\s+(?:up)?on|works\\s+with|has\\s+engaged|(?:may|will|can)\\s+(?:use|engage|rely\\s+on|work\\s+with)|shares\\s+(?:personal\\s+|customer\\s+)?(?:data|information)\\s+with|partners\\s+with|contracts\\s+with|employs|appoints|has\\s+appointed|has\\s+authori[sz]ed|authori[sz]es)`;
const NOUN = `(?:third[- ]part(?:y|ies)\\s+)?(?:sub-?\\s*processors|processors|(?:service\\s+)?providers|vendors|companies|organi[sz]ations|suppliers|entities|third\\s+parties|businesses|partners)`;
const OBJECT = `(?:(?:the|these)\\s+(?:following\\s+)?${NOUN}\\s+(?:(?:listed|set\\s+out|named|described|shown)\\s+)?(?:below|on\\s+this\\s+page|here)\\b|(?:the\\s+)?following\\s+${NOUN}|(?:the\\s+)?${NOUN}\\s+listed\\b)`;

/** Group 1 is the owner's name, before its bracket of defined terms. */
export const OWNER_USES_LISTED = new RegExp(
  `(?:^|\\.\\s+|\\n)[ \\t]*([A-Z][\\w&.,' -]{1,60}?)\\s*(?:${DEFINED}\\s*)?,?\\s+${VERB}\\s+${OBJECT}`,
);
