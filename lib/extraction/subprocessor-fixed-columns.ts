// A plain-text list laid out in fixed-width columns, as a terminal, a mainframe report or a "save as text" prints a
// table: a header line, often underlined by a rule per column ("-------  -------" or "=====  =====", box-drawing
// lines too), and rows whose cells start under their header. A cell that is too long for its column wraps onto the
// next line with the first column left blank. Cells are the runs of text between gaps of two spaces or more, each
// placed in the column whose start is nearest at or before it, so a long name that pushes past its column's edge
// stays whole.
import { squash } from "./normalize";
import { columns, NAME_COL, type Subprocessor } from "./subprocessor-cells";

/** A rule line: runs of dashes, equals signs or box-drawing lines. */
const RULE = /^[ \t]*[-=─━_]{3,}(?:[ \t]+[-=─━_]{3,})*[ \t]*$/;

type Run = { text: string; at: number };

/** The runs of text between gaps of two or more spaces (or a tab), with where each starts. */
function runs(line: string): Run[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], at: m.index }));
}

/** A row's cells: each run in the column whose start is the last at or before it (one space of slack). */
function cellsOf(line: string, starts: number[]): string[] {
  const cells = starts.map(() => "");
  for (const r of runs(line.replace(/\t/g, "  "))) {
    let k = 0;
    for (let j = 0; j < starts.length; j++) if (starts[j]! <= r.at + 1) k = j;
    cells[k] = squash(`${cells[k]} ${r.text}`);
  }
  return cells;
}

/** Whether a line's runs each start near a column start (a row of the table, not a sentence under it). */
function aligned(line: string, starts: number[]): boolean {
  const rs = runs(line);
  return rs.length >= 2 && rs.every((r) => starts.some((s) => Math.abs(s - r.at) <= 2 || r.at > s));
}

/** Column starts from a header line and the rule under it (one run per column), else from the header's own runs. */
function columnStarts(header: string, rule: string | undefined): number[] {
  const fromRule = rule && RULE.test(rule) ? runs(rule.replace(/\t/g, "  ")).map((r) => r.at) : [];
  return fromRule.length >= 2 ? fromRule : runs(header).map((r) => r.at);
}

/** A cell that cannot end there: a bracket left open, or a last word that needs the next ("for", "and", ","). */
const UNFINISHED = /\([^)]*$|(?:,|&|-|\b(?:and|or|of|for|the|to|in|with))$/i;

/**
 * Whether a line goes on with the row above: its first column is blank, or it fills fewer columns than that row while
 * a cell of that row is unfinished or the line's text goes on in lower case (or closes a bracket).
 */
function wraps(above: string[], cells: string[]): boolean {
  if (!cells[0]) return true;
  const filled = (c: string[]) => c.filter(Boolean).length;
  if (filled(cells) >= filled(above)) return false;
  return above.some((c) => UNFINISHED.test(c)) || cells.some((c) => /^[a-z)]/.test(c));
}

export function fromFixedColumns(text: string): { rows: Subprocessor[]; first: string } | null {
  const lines = text.split("\n");
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = lines[i]!.replace(/\t/g, "  ");
    const ruled = RULE.test(lines[i + 1]!);
    const starts = columnStarts(header, ruled ? lines[i + 1] : undefined);
    if (starts.length < 2) continue;
    const head = cellsOf(header, starts);
    if (head.some((h) => !h) || !head.some((h) => NAME_COL.test(h))) continue;
    // Without a rule, the next two lines must be rows laid out under the header.
    const from = ruled ? i + 2 : i + 1;
    if (!ruled && !(aligned(lines[from]!, starts) && aligned(lines[from + 1] ?? "", starts))) continue;
    const col = columns(head);
    const rows: string[][] = [];
    let first = "";
    for (let j = from; j < lines.length; j++) {
      const line = lines[j]!;
      if (RULE.test(line)) break;
      if (!line.trim()) {
        // A blank line between groups of rows goes on with the table; one before a sentence ends it.
        if (aligned(lines[j + 1] ?? "", starts)) continue;
        break;
      }
      const cells = cellsOf(line, starts);
      if (rows.length > 0 && wraps(rows.at(-1)!, cells)) {
        // The cells wrap from the row above.
        const last = rows.at(-1)!;
        cells.forEach((c, k) => (last[k] = squash(`${last[k]} ${c}`)));
        continue;
      }
      if (!aligned(line, starts)) break;
      if (!first) first = runs(line)[0]!.text;
      rows.push(cells);
    }
    const read = rows
      .filter((c) => c[col.name])
      .map((c) => ({
        name: c[col.name]!,
        purpose: col.purpose >= 0 ? c[col.purpose] || null : null,
        location: col.location >= 0 ? c[col.location] || null : null,
      }));
    if (read.length >= 2) return { rows: read, first };
  }
  return null;
}
