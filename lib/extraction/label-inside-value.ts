// A label set beside the middle of its wrapped value: a table cell centred vertically ("Scope" beside a two-line
// value) or a skewed scan whose label OCR reads a line low puts the label's line between the value's lines:
//   "The processing of personal data as a processor in the" / "Scope" / "provision of clinical trial services."
// The lines above the label that the sentence under it continues belong to the value.

/** A line that cannot be part of a value running on under the label: empty, a row of cells, a finished sentence. */
const CLOSED = /^\s*$|\t|[.:;!?]\s*$/;

/**
 * The value's lines printed above the label that starts at `labelAt` in `text`, when the text under the label goes on
 * with a sentence they started: from the sentence's first line (a capital) down to the label. Null when the text under
 * the label starts its own sentence, or the lines above are not one unfinished sentence (at most three lines).
 */
export function valueLinesAbove(text: string, labelAt: number, below: string): { text: string; index: number } | null {
  if (!/^\s*\p{Ll}/u.test(below)) return null;
  let end = text.lastIndexOf("\n", labelAt - 1);
  const lines: string[] = [];
  while (end > 0 && lines.length < 3) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (CLOSED.test(line) || line.trim().split(/\s+/).length < 3) return null;
    lines.unshift(line.trim());
    if (/^\s*\p{Lu}/u.test(line))
      return { text: lines.join(" "), index: start + (line.length - line.trimStart().length) };
    end = start - 1;
  }
  return null;
}
