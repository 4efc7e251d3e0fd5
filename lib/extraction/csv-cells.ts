// A spreadsheet saved as CSV separates its cells by the separator its locale uses: a comma in English, a semicolon
// where the comma is the decimal mark (German, French, Dutch, … Excel), a tab in a "tab-delimited" export. The
// separator is the one that splits the file's rows into the same number of cells most often, quotes respected.

export type CsvSeparator = "," | ";" | "\t";

/** How many times `sep` separates cells in `line` (outside quoted cells). */
function separators(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/** The separator of a CSV's rows: the one whose most common non-zero count is shared by the most rows. */
export function csvSeparator(text: string): CsvSeparator {
  const lines = text
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, 40);
  let best: { sep: CsvSeparator; rows: number } = { sep: ",", rows: 0 };
  for (const sep of [",", ";", "\t"] as const) {
    const counts = new Map<number, number>();
    for (const l of lines) {
      const n = separators(l, sep);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const rows = Math.max(0, ...counts.values());
    if (rows > best.rows) best = { sep, rows };
  }
  return best.sep;
}

/** A row's cells: quoted cells may hold the separator, `""` is a quote inside one; cells trimmed. */
export function csvCells(line: string, sep: CsvSeparator): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === sep && !quoted) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
