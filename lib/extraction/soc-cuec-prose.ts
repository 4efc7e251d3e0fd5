// CUECs told as a paragraph under their heading, one responsibility a sentence, however each is worded: "Customers are
// expected to restrict access …. They must keep their keys secret …. Customers should reconcile …. Finally, customers
// remain responsible for notifying …". No list marks, no "are responsible for" in every sentence.
import { CUEC_HEADING } from "./cuec-list-marks";
import { joinBrokenWords } from "./line-end-hyphens";
import { squash } from "./normalize";
import { factAt, searchEach, type TextIndex } from "./text-index";
import type { Fact } from "./types";

type Cuec = { text: string; criteria: string[] };

// What makes a sentence a responsibility: an obligation or an expectation of the user entity.
const OBLIGATION =
  /\b(?:must|should|shall|(?:is|are)\s+(?:expected|required|advised|encouraged)\s+to|(?:remains?|is|are)\s+responsible|responsibility|need\s+to|has\s+to|have\s+to)\b/i;
// A sentence that introduces the responsibilities rather than being one.
const INTRODUCES =
  /:\s*$|\bthe\s+following\b|\bdesigned\s+with\s+the\s+assumption\b|\bcomplementary\s+user\s+entity\s+controls?\b|\bin\s+order\s+for\b[^.]*\bcriteria\b/i;
// Where a sentence ends: a full stop before a capital (not after an initial or a common abbreviation).
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|Inc|Ltd|Co|No|St|vs|[A-Z]))[.!?](?=\s+["'\u201c(]?\p{Lu})/gu;
const PAGE_NUMBER = /^(?:Page\s*)?\d+(?:\s*of\s*\d+)?$/i;

/** The paragraph's lines under a CUEC heading: up to a blank line followed by a short heading-like line. */
function paragraphUnder(lines: string[], isRunning: (line: string) => boolean): string {
  const out: string[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (isRunning(line) || PAGE_NUMBER.test(line)) continue;
    if (!line) {
      if (out.length === 0) continue;
      const next = lines.slice(i + 1).find((l) => l.trim() && !isRunning(l.trim()) && !PAGE_NUMBER.test(l.trim()));
      // A heading next (short, no closing stop) or a list ends the paragraph; a second paragraph goes on.
      if (!next || next.trim().length < 70 || !/[.!?]$/.test(out.at(-1)!)) break;
      continue;
    }
    // Bullets or a table under the heading are other readers' (a list, rows with criteria).
    if (out.length === 0 && /^[•●▪◦*\-–]\s|^\d{1,2}[.)]?\s|\t/.test(line)) return "";
    out.push(line);
    if (out.join(" ").length > 2500) break;
  }
  return out.join("\n");
}

export function proseCuecs(
  index: TextIndex,
  isRunning: (line: string) => boolean,
): Fact<{ count: number; items: Cuec[] }> | null {
  for (const head of searchEach(index, new RegExp(CUEC_HEADING.source, CUEC_HEADING.flags))) {
    const lines = index.text.slice(head.index + head[0].length, head.index + head[0].length + 4000).split("\n");
    const paragraph = joinBrokenWords(squash(paragraphUnder(lines, isRunning).replace(/-\n/g, "-")), index.text);
    if (!paragraph) continue;
    const sentences: string[] = [];
    let from = 0;
    for (const m of paragraph.matchAll(SENTENCE_END)) {
      sentences.push(paragraph.slice(from, m.index + 1).trim());
      from = m.index + 1;
    }
    sentences.push(paragraph.slice(from).trim());
    const items: Cuec[] = [];
    for (const sentence of sentences.filter(Boolean)) {
      if (items.length === 0 && (INTRODUCES.test(sentence) || !OBLIGATION.test(sentence))) continue;
      // A sentence that is no responsibility after the list ends it (what the report goes on to say).
      if (!OBLIGATION.test(sentence)) break;
      items.push({ text: sentence, criteria: [] });
    }
    if (items.length >= 2)
      return factAt(
        index,
        { count: items.length, items },
        head.index,
        head[0].length,
        0.7,
        `${items.length} responsibilities, one a sentence`,
      );
  }
  return null;
}
