// A page's change log beside its list: a "## Change log" / "Recent changes" / "History" section, or a table whose
// header has a date column and a change column ("Date | Sub-processor | Change"). The providers it names were added
// or removed on a date; they are not read as the list's entries (a page that is only a change log is read by
// subprocessor-changelog.ts).

/** A heading that opens a change log or an earlier version's list. */
const CHANGE_HEADING =
  /^(?:#{1,6}\s+|<h\d[^>]*>\s*|\*\*)?(?:(?:recent|latest|past|previous)\s+)?(?:change\s*-?\s*log|changes|change\s+history|history|revision\s+history|version\s+history|updates|removed\s+(?:sub-?\s*processors?|vendors?|providers?)|former\s+(?:sub-?\s*processors?|vendors?|providers?)|archive)\b/i;

export function isChangeHeading(heading: string): boolean {
  return CHANGE_HEADING.test(heading.trim());
}

/** A table header of a change log: a date column and a column saying what changed. */
export function isChangeTable(header: string[]): boolean {
  const h = header.map((c) => c.trim().toLowerCase());
  return (
    h.some((c) => /^(?:date|when|effective(?:\s+date)?|date\s+of\s+change)$/.test(c)) &&
    h.some((c) => /^(?:change|changes|action|type\s+of\s+change|event|status|update)$/.test(c))
  );
}
