// A footnote's number printed on the line after a name, without a space or superscript ("Mailjet SAS1",
// "Cloudflare, Inc.2", "Sentry (Functional Software, Inc.)2"), where the list's footnotes below say what it means
// ("1 Only for customers who enable email notifications."). A digit glued to a name is the mark only when a
// footnote with that number is printed: "Auth0" or "Cloud9" keep theirs.

// A footnote: its number opening a line, then its text in a capital.
const FOOTNOTE_LINE = /^[ \t]*([1-9])[ \t]+\p{Lu}/gmu;
// A mark glued to the end of a value: after a letter, a full stop or a closing bracket.
const GLUED_MARK = /(?<=[\p{L}.)])([1-9])$/u;

/** The footnote numbers a text prints as footnotes. */
export function footnoteNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(FOOTNOTE_LINE)].map((m) => m[1]!));
}

/** The value without a footnote mark glued to its end, where that footnote is printed. */
export function withoutGluedMark(value: string, footnotes: Set<string>): string {
  const m = GLUED_MARK.exec(value);
  return m && footnotes.has(m[1]!) ? value.slice(0, m.index).trimEnd() : value;
}
