// Spreadsheet formula injection (OWASP "CSV Injection", ASVS 1.2.10): a cell that
// starts with one of these is evaluated by Excel/LibreOffice/Sheets. Full-width
// variants are included because some spreadsheet apps normalise them to ASCII.
// NUL is included because the project's security checklist lists it.
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\0", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/** Prefixes a `'` when the value would be read as a formula; otherwise returns it unchanged. */
export function neutraliseFormula(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]) ? `'${value}` : value;
}
