// How an audit firm's name ends beyond the US and UK legal forms soc-auditor.ts lists: "& Co." and "& Company" (no
// word boundary before "&"), the Latin American and Iberian civil and professional companies ("Ibarra Lozano y
// Asociados, S.C.", "… S.L.P.", "… S. de R.L. de C.V.", "… S.A. de C.V.", "… Ltda."), the partnership words other
// languages use for "Associates" ("Asociados", "Associados", "Associati", "Associés", "Auditores"), Japanese
// companies ("K.K.") and German partnerships ("PartG mbB"). Regex sources, matched at the end of a line, any case.
export const FIRM_FORMS_ELSEWHERE = [
  "(?:&|\\band)\\s*(?:Co\\.?|Company|Cie\\.?|Cía\\.?)",
  "\\bS\\.\\s*C\\.(?:\\s*P\\.)?",
  "\\bS\\.\\s*L\\.\\s*P\\.",
  "\\bS\\.\\s*de\\s*R\\.\\s*L\\.(?:\\s*de\\s*C\\.\\s*V\\.)?",
  "\\bS\\.\\s*A\\.\\s*de\\s*C\\.\\s*V\\.",
  "\\bS\\.\\s*A\\.\\s*S\\.",
  "\\bLtda\\.?",
  "\\bK\\.\\s*K\\.",
  "\\bPartG(?:\\s*mbB)?",
  "\\b(?:Asociados|Associados|Associati|Associés|Auditores|Revisores)",
].join("|");

// A professional designation's qualifier in brackets, the country or body that licenses it: "Certified Public
// Accountants (Isr.)", "Chartered Accountants (SA)", "Chartered Accountants (India)", "CPA (Canada)".
export const DESIGNATION_QUALIFIER = "(?:\\s*\\([\\p{L}.\\s]{1,20}\\))?";
