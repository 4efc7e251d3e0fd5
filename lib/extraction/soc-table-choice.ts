// Where the positioned table readers (soc-cuec-table.ts, soc-subservice-table.ts, soc-csoc-table.ts) and the text
// rules (soc-components.ts) both read a SOC report's CUECs, subservice organisations or CSOCs, which reading stands.
// The table's rows are the report's own list, each cell read by position and cited where its row is printed; the
// text stream's reading is a guess at that list from line order. The table stands where it holds at least what the
// text rules found; where it holds fewer rows than they read, rows without borders or padding have run together
// (two one-line rows read as one wrapped row) and the text reading stands. Where no table is found the text rules
// stand alone.
import { withoutListMark } from "./cuec-list-marks";
import { joinBrokenWords } from "./line-end-hyphens";
import type { Cuec, Subservice, SubserviceMethod } from "./soc-components";
import { tableCsocs } from "./soc-csoc-table";
import { tableCuecs } from "./soc-cuec-table";
import { tableSubservices } from "./soc-subservice-table";
import type { TextIndex } from "./text-index";
import type { Fact } from "./types";

type Cuecs = { count: number; items: Cuec[] };

/** Words of a name or text compared loosely: lower case, letters and digits only. */
const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export function chooseCuecs(index: TextIndex, text: Fact<Cuecs>): Fact<Cuecs> {
  const chosen = chooseCuecReading(index, text);
  if (!chosen.value) return chosen;
  // However read, an item's words broken at a line's end are printed whole (line-end-hyphens.ts), and a list mark
  // left at its start is not its words (cuec-list-marks.ts).
  const texts = chosen.value.items.map((i) => joinBrokenWords(withoutListMark(i.text), index.text));
  if (texts.every((t, n) => t === chosen.value!.items[n]!.text)) return chosen;
  const items = chosen.value.items.map((i, n) => ({ ...i, text: texts[n]! }));
  return { ...chosen, value: { ...chosen.value, items } };
}

function chooseCuecReading(index: TextIndex, text: Fact<Cuecs>): Fact<Cuecs> {
  const table = tableCuecs(index.doc);
  if (!table) return text;
  if (text.value && table.length < text.value.count) return text;
  const first = table[0]!;
  return {
    value: { count: table.length, items: table },
    page: first.page,
    quote: first.quote,
    confidence: 0.8,
    note: `${table.length} rows read from the CUEC table by position`,
  };
}

/** The same organisation: one name holds the other ("AWS" in "Amazon Web Services (AWS)"). */
function sameOrganisation(a: string, b: string): boolean {
  const x = loose(a);
  const y = loose(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

export function chooseSubservices(
  index: TextIndex,
  text: Fact<Subservice[]>,
  method: SubserviceMethod | null,
): Fact<Subservice[]> {
  const table = tableSubservices(index.doc);
  if (!table) return text;
  const read = text.value ?? [];
  // Every organisation the text names is a row of the table, each its own: the table is the list.
  const holds = read.every((s) => table.filter((t) => sameOrganisation(t.name, s.name)).length === 1);
  if (read.length > table.length || !holds) return text;
  const fallback = method === "none_disclosed" ? null : method;
  const items = table.map((t) => ({
    ...t,
    method: t.method ?? read.find((s) => sameOrganisation(t.name, s.name))?.method ?? fallback,
  }));
  const first = items[0]!;
  return {
    value: items,
    page: first.page,
    quote: first.quote,
    confidence: 0.8,
    note: `${items.length} rows read from the subservice organisation table by position`,
  };
}

type Csocs = { present: boolean; criteria: string[] };

/**
 * A table of controls expected of subservice organisations says they are present, and its criteria cells are the
 * criteria (the text rule parses every criterion near a heading). An inclusive report's controls of a subservice
 * organisation are the report's own, so there the text rules' reading stands.
 */
export function chooseCsocs(index: TextIndex, text: Fact<Csocs>, method: SubserviceMethod | null): Fact<Csocs> {
  if (method === "inclusive") return text;
  const table = tableCsocs(index.doc);
  if (!table) return text;
  const criteria = [...new Set(table.flatMap((r) => r.criteria))];
  const first = table[0]!;
  return {
    value: { present: true, criteria: criteria.length ? criteria : (text.value?.criteria ?? []) },
    page: first.page,
    quote: first.quote,
    confidence: 0.8,
    note: `${table.length} controls read from the complementary subservice organisation controls table by position`,
  };
}
