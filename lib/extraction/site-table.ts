// A certificate's site schedule printed as a table: a header row with a location column and an activity column
// ("Location | Activities", "Site address | Scope"), then one row per site. Read by position, so a row's cells stay
// together whatever the address looks like (street numbers, postcodes, building names), and an address wrapped onto
// a second line joins its row.
import type { Cell, Line, Page } from "./layout";

export type SiteRow = { location: string; activity: string | null; page: number; offset: number; length: number };

const LOCATION_HEADER =
  /^(?:certified\s+|registered\s+)?(?:locations?|sites?|site\s+address(?:es)?|address(?:es)?|premises)(?:\s*\(s\))?\s*:?$/i;
const ACTIVITY_HEADER =
  /^(?:activit(?:y|ies)|(?:site\s+)?scope|function(?:s)?|description|services?|processes|operations)(?:\s*\(s\))?\s*:?$/i;

function overlaps(a: Cell, x0: number, x1: number): boolean {
  return Math.min(a.x1, x1) - Math.max(a.x0, x0) > 0;
}

/** Where the table's header row is: its location and activity cells. */
function headerOf(line: Line): { location: Cell; activity: Cell } | null {
  const location = line.cells.find((c) => LOCATION_HEADER.test(c.text.trim()));
  const activity = line.cells.find((c) => ACTIVITY_HEADER.test(c.text.trim()));
  if (!location || !activity || activity.x0 <= location.x0) return null;
  return { location, activity };
}

/**
 * The rows under the first location/activity header of any page. A row is a line with a cell starting in the location
 * column (left of where the activity column starts); a line with text only in one of the columns continues the row
 * above (a wrapped address or activity). The table ends at a line with a cell outside both columns, a larger font (a
 * heading), or a gap of more than two lines.
 */
export function siteTableRows(pages: Page[]): SiteRow[] {
  for (const [p, page] of pages.entries()) {
    let at = -1;
    let header: ReturnType<typeof headerOf> = null;
    while (!header && ++at < page.lines.length) header = headerOf(page.lines[at]!);
    if (!header) continue;
    const { location, activity } = header;
    const split = activity.x0 - 0.5 * activity.size;
    const rows: SiteRow[] = [];
    let previous = page.lines[at]!;
    for (const line of page.lines.slice(at + 1)) {
      const rowHeight = Math.max(previous.size, line.size);
      if (line.y - previous.y > 3.2 * rowHeight && page.width > 0) break;
      if (line.size > 1.25 * location.size) break;
      const left = line.cells.filter((c) => c.x0 < split && overlaps(c, location.x0 - location.size, split));
      const right = line.cells.filter((c) => c.x0 >= split);
      if (left.length + right.length !== line.cells.length || left.length > 1) break;
      const where = left[0]?.text.trim() ?? "";
      const what = right.map((c) => c.text.trim()).join(" ") || null;
      const startsRow = where !== "" && (what !== null || rows.length === 0);
      if (startsRow) {
        rows.push({ location: where, activity: what, page: p, offset: line.start, length: line.text.length });
      } else {
        const last = rows.at(-1);
        if (!last) break;
        if (where) last.location = `${last.location} ${where}`;
        if (what) last.activity = last.activity ? `${last.activity} ${what}` : what;
      }
      previous = line;
    }
    if (rows.length > 0) return rows;
  }
  return [];
}
