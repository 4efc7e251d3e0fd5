// An accreditation mark printed as logo text whose name is not an acronym: the accreditation noun stacked with the
// word that names the body ("NORSK" over "AKKREDITERING", "AKKREDITIERUNG" over "AUSTRIA"), or both on one line.
// The name is the mark's words as printed.
import type { Page } from "./layout";
import { factAt, type TextIndex } from "./text-index";
import type { Fact } from "./types";

/** The accreditation noun in the languages marks print it in, in capitals. */
const NOUN =
  "(?:AKKREDITERING|ACKREDITERING|AKKREDITIERUNG|ACCREDITATION|ACCRÉDITATION|ACREDITACIÓN|ACCREDITAMENTO|AKKREDITOINTI)";
const MARK = new RegExp(`^(?:\\p{Lu}{2,}\\s+)?${NOUN}(?:\\s+\\p{Lu}{2,})?$`, "u");
const WORD = /^\p{Lu}{2,}$/u;

/** An accreditation word under a mark's acronym, a line or two down ("DAkkS" / "Deutsche" / "Akkreditierungsstelle"). */
const ACCREDITATION_WORD = /accredit|akkredit|ackredit|acredit|accr[ée]dit|akredit|akredyt/i;

export function accreditationMark(index: TextIndex, pages: Page[], acronyms: string): Fact<string> | null {
  const acronym = new RegExp(`^(?:${acronyms})$`);
  for (const [p, page] of pages.entries()) {
    for (const [li, line] of page.lines.entries()) {
      for (const cell of line.cells) {
        const text = cell.text.trim();
        if (acronym.test(text)) {
          // The acronym over the lines of its mark: one of them names accreditation.
          let last = line;
          for (const below of page.lines.slice(li + 1, li + 4)) {
            if (below.y - last.y > 1.8 * Math.max(below.size, last.size)) break;
            const under = below.cells.find((c) => c.x0 < cell.x1 + 2 * cell.size && c.x1 > cell.x0 - 2 * cell.size);
            if (!under) break;
            if (ACCREDITATION_WORD.test(under.text)) {
              const from = index.starts[p]! + cell.start;
              const to = index.starts[p]! + under.start + under.text.length;
              return factAt(index, text, from, to - from, 0.65, "text of the accreditation mark");
            }
            last = below;
          }
        }
        if (!MARK.test(text)) continue;
        // A word of the mark stacked right above or below the noun (same column, a line's height away).
        const stacked = (k: number) => {
          const other = page.lines[k];
          if (!other || Math.abs(other.y - line.y) > 1.8 * Math.max(other.size, line.size)) return null;
          return other.cells.find((c) => c.x0 < cell.x1 && c.x1 > cell.x0 && WORD.test(c.text.trim())) ?? null;
        };
        const above = text.includes(" ") ? null : stacked(li - 1);
        const below = text.includes(" ") || above ? null : stacked(li + 1);
        const first = above ?? cell;
        const last = below ?? cell;
        const name = [above?.text, text, below?.text].filter(Boolean).join(" ");
        if (!name.includes(" ")) continue;
        const from = index.starts[p]! + first.start;
        const to = index.starts[p]! + last.start + last.text.length;
        return factAt(index, name, from, to - from, 0.65, "text of the accreditation mark");
      }
    }
  }
  return null;
}
