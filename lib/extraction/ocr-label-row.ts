// A grid of labels over values as OCR reads it: no positions, each row of cells one line, and a date wrapped in its
// narrow cell split over two lines, the days and months on one and the years on the next:
//   "Certificate No. Original approval Current certificate Certificate expiry"
//   "LCS-40917 21 November 14 November 20 November"
//   "2019 2025 2028"
// The years complete the dates in order, and the labels above are read in the same order as the values.

const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,12})\.?(?=\s|$)/gu;
const YEARS_LINE = /^[ \t]*(?:(?:19|20)\d{2}[ \t]*){2,6}$/;

export type LabelRow = {
  /** The header line and its offset in the text. */
  header: string;
  headerAt: number;
  /** The value line (before the years' line), the dates as completed ("21 November 2019"), and the rows' span. */
  values: string;
  dates: string[];
  length: number;
};

/** Header, value and years lines where the years line completes every day-and-month of the value line. */
export function labelRowsWithSplitDates(text: string, isMonth: (word: string) => boolean): LabelRow[] {
  const lines = text.split("\n");
  const out: LabelRow[] = [];
  let at = 0;
  const starts = lines.map((l) => {
    const s = at;
    at += l.length + 1;
    return s;
  });
  for (let i = 1; i + 1 < lines.length; i++) {
    const years = lines[i + 1]!;
    if (!YEARS_LINE.test(years)) continue;
    const ys = years.trim().split(/\s+/);
    const parts = [...lines[i]!.matchAll(DAY_MONTH)].filter((m) => isMonth(m[2]!.toLowerCase()));
    // Each day-and-month stands without its year (the next word is not a year).
    if (parts.length !== ys.length || /(?:19|20)\d{2}/.test(lines[i]!)) continue;
    const header = lines[i - 1]!;
    if (/\d/.test(header)) continue;
    out.push({
      header,
      headerAt: starts[i - 1]!,
      values: lines[i]!,
      dates: parts.map((m, k) => `${m[1]} ${m[2]} ${ys[k]}`),
      length: starts[i + 1]! + years.length - starts[i - 1]!,
    });
  }
  return out;
}

/**
 * The dates of a label row assigned to the labels in the header by their order: `labels` maps a field to its label
 * pattern; only the fields whose label the header holds take a date, and only when as many are found as there are dates.
 */
export function assignByOrder(row: LabelRow, labels: Record<string, RegExp>): Record<string, string> | null {
  const found: { field: string; at: number; end: number }[] = [];
  for (const [field, re] of Object.entries(labels)) {
    const m = re.exec(row.header);
    if (m) found.push({ field, at: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.at - b.at);
  // Two fields' labels read in the same words ("Original issue date" is no issue date) leave the order unknown.
  if (found.some((f, k) => k > 0 && f.at < found[k - 1]!.end)) return null;
  if (found.length !== row.dates.length) return null;
  return Object.fromEntries(found.map((f, k) => [f.field, row.dates[k]!]));
}

/**
 * The first value of a value line under a header line that starts with `label` (the grid's first column), when the
 * header holds no digit and the value line's first word is a code with a digit ("LCS-40917 21 November …").
 */
export function firstColumnValue(text: string, label: RegExp): { value: string; at: number; length: number } | null {
  const re = new RegExp(
    `^[ \\t]*(?:${label.source})[^\\n\\d]*\\n[ \\t]*((?=[A-Z0-9\\-/.]*\\d)[A-Z0-9][A-Z0-9\\-/.]{2,30})\\s+\\S`,
    "gim",
  );
  const m = re.exec(text);
  return m ? { value: m[1]!, at: m.index, length: m[0].length } : null;
}
