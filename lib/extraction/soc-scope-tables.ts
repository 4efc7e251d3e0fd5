// The services and the locations in scope read from their tables by position (table-grid.ts), where the text layer's
// line order loses them: a name wrapped in its narrow cell ("Zenteno" / "Dashboard"), a table that breaks over a page
// under its repeated header, a place wrapped in its cell ("Monterrey, Nuevo" / "León").
// Services: "Service | Description", "Product | Description", "Application | Purpose", "Service Name | Overview",
// "Module | What it does"; the names are the first column's cells.
// Locations: "Facility | Location | Purpose", "Office | City | Function", "Site | Address", "Location | Description";
// the places are the location column's cells ("Location", "City", "City and Country", "Address" when short).
import { column } from "./grid-cite";
import { squash } from "./normalize";
import { PARTY_GRID } from "./soc-party-pages";
import { readTables, type GridOptions } from "./table-grid";
import type { TextDocument } from "./types";

const SERVICE_NAME =
  /^(?:(?:in[-\s]scope\s+)?(?:services?|products?|applications?|offerings?|modules?|solutions?)(?:\s+names?)?)$/i;
const SERVICE_OTHER = /^(?:description|purpose|overview|function|summary|what\s+it\s+does|details?)$/i;
const PLACE = /^(?:locations?|city|cities|city\s+(?:and|&|\/)\s+country|place|address)$/i;
const PLACE_OTHER = /^(?:facility|facilities|office|site|premises|type|purpose|function|description|activities|role)$/i;
const HEADER_WORD =
  /^(?:in-scope|in|scope|services?|products?|applications?|offerings?|modules?|solutions?|names?|description|purpose|overview|function|summary|what|it|does|details?|locations?|city|cities|and|&|\/|country|place|address|facility|facilities|office|site|premises|type|activities|role)$/i;

// Read as the other two-column party tables are (CUECs, subservice organisations): soc-party-pages.ts.
const BASE: Omit<GridOptions, "isHeader"> = { headerWord: HEADER_WORD, ...PARTY_GRID };

function cellsOf(
  doc: TextDocument,
  isHeader: (cells: string[]) => boolean,
  pick: (headers: string[]) => string | null,
): string[] | null {
  if (!doc.layouts || doc.layouts.length !== doc.pages.length) return null;
  for (const grid of readTables(doc.layouts, { ...BASE, isHeader: (cells) => isHeader(cells) })) {
    const key = pick(grid.headers);
    if (!key) continue;
    const values = grid.rows
      .filter((r) => !r.band && r.cells[key])
      .map((r) => squash(r.cells[key]!.text.replace(/-\s+(?=\p{Ll})/gu, "")));
    if (values.length && values.every((v) => v.length >= 2 && v.length <= 80 && /^[\p{Lu}\d]/u.test(v))) return values;
  }
  return null;
}

/** The names in the first column of a table of the services in scope; null when there is none. */
export function serviceTableNames(doc: TextDocument): string[] | null {
  return cellsOf(
    doc,
    (cells) => cells.length >= 2 && SERVICE_NAME.test(cells[0]!) && cells.slice(1).some((c) => SERVICE_OTHER.test(c)),
    (headers) => headers[0] ?? null,
  );
}

/** The places in the location column of a table of the organisation's locations; null when there is none. */
export function locationTablePlaces(doc: TextDocument): string[] | null {
  return cellsOf(
    doc,
    (cells) => cells.length >= 2 && cells.some((c) => PLACE.test(c)) && cells.some((c) => PLACE_OTHER.test(c)),
    (headers) => column(headers, PLACE),
  );
}
