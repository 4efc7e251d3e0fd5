// A spreadsheet exported as CSV may hold more than the list: a title row and a "Last updated" row above it, and below
// it, after an empty row, another section ("Change log" with its own header and rows of dates, added and removed
// providers). The list is the block of rows its header opens: it ends at the first empty row (a blank line or a row
// of commas only) after its header. Rows above the header are kept (the caller finds the header among them).
import { NAME_COL } from "./subprocessor-cells";
import { csvCells, type CsvSeparator } from "./csv-cells";

const emptyRow = (line: string) => !line.replace(/[,;\s"]/g, "");

/** The CSV's lines up to the end of the block the list's header opens, without empty rows. */
export function csvListRows(lines: string[], sep: CsvSeparator = ","): string[] {
  const header = lines.findIndex((l) => {
    const cells = csvCells(l, sep);
    return cells.filter(Boolean).length >= 2 && cells.some((c) => NAME_COL.test(c));
  });
  if (header < 0) return lines.filter((l) => l.trim());
  const end = lines.findIndex((l, i) => i > header + 1 && emptyRow(l));
  return (end < 0 ? lines : lines.slice(0, end)).filter((l) => !emptyRow(l));
}
