import type { QuoteRange } from "./quote-match";

/**
 * Wraps the quoted characters of each text-layer span in a <mark>. The spans hold one text node each
 * (pdf.js sets textContent), so offsets are offsets into that node. Returns the marks, first first.
 */
export function markRanges(spans: readonly HTMLElement[], ranges: readonly QuoteRange[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const r of ranges) {
    const span = spans[r.item];
    const node = span?.firstChild;
    if (!span || !(node instanceof Text) || r.end > node.length) continue;
    const quoted = r.start > 0 ? node.splitText(r.start) : node;
    if (r.end - r.start < quoted.length) quoted.splitText(r.end - r.start);
    const mark = document.createElement("mark");
    mark.dataset.quote = "";
    quoted.replaceWith(mark);
    mark.append(quoted);
    marks.push(mark);
  }
  return marks;
}
