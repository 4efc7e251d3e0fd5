import type { Drawn } from "./draw-page";
import { findQuote } from "./quote-match";
import { markRanges } from "./highlight";
import { mark } from "./mark";

/**
 * Puts a drawn page into the viewer's figure, marks the quote on its text layer (once: a page shown before
 * hydration by open-pdf.ts keeps its marks if React has since replaced the figure) and scrolls the quote into the
 * box's view. Returns whether the quote was found (null: no quote).
 */
export function showDrawn(box: HTMLElement, figure: HTMLElement, drawn: Drawn, quote: string | null): boolean | null {
  const { canvas, textLayer, layer, viewport, pageNumber } = drawn;
  // The text layer sizes itself from these variables (pdf_viewer.css sets them on its page divs).
  figure.style.setProperty("--scale-factor", String(viewport.scale));
  figure.style.setProperty("--total-scale-factor", String(viewport.scale));
  figure.style.width = `${viewport.width}px`;
  figure.style.height = `${viewport.height}px`;
  figure.replaceChildren(canvas, textLayer);
  mark(`drawn-${pageNumber}`);
  drawn.shown ??= {
    quote,
    found: quote ? markRanges(layer.textDivs, findQuote(layer.textContentItemsStr, quote)).length > 0 : null,
  };
  const first = textLayer.querySelector("mark[data-quote]");
  box.scrollTop = first
    ? box.scrollTop + first.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3
    : 0;
  return drawn.shown.found;
}
