// Subservice organisations named only in a paragraph about the system's infrastructure, then called subservice
// organisations by the next sentence: "The platform is hosted on Amazon Web Services (AWS), and MongoDB, Inc. provides
// the managed database. These subservice organizations are excluded from the scope of this report." The names are
// those the sentences just before say host or provide something.
import { squash } from "./normalize";
import { factAt, searchEach, type TextIndex } from "./text-index";
import type { Fact } from "./types";
import type { Subservice } from "./soc-components";

// A sentence that speaks of the organisations just named as subservice organisations.
const CALLED =
  /(?:^|[.!?]\s+)(?:These|The|Both|Such|Those)\s+(?:two\s+|three\s+)?(?:subservice\s+organi[sz]ations|organi[sz]ations\s+are\s+subservice\s+organi[sz]ations)\b/g;
// A name in capitals, a legal form kept with its comma, a short name in brackets after it.
const NAME = String.raw`[A-Z][\w&'-]*(?:,?\s+(?:[A-Z][\w&.'-]*|&|of))*(?:\s*\([^()\n]{1,40}\))?`;
const HOSTED = new RegExp(
  String.raw`\b(?:hosted|housed|run|operated|deployed)\s+(?:on|in|by|with|at)\s+(${NAME})`,
  "g",
);
const PROVIDED_BY = new RegExp(String.raw`\b(?:provided|supplied|operated|managed|processed)\s+by\s+(${NAME})`, "g");
const PROVIDES = new RegExp(
  String.raw`(?:^|,\s*(?:and\s+)?|\band\s+|[.;]\s+)(${NAME})\s+(?:provides|supplies|hosts|operates|delivers|processes)\s+(?:the\s+|its\s+)?([a-z][^,.;]{2,80})`,
  "g",
);
const NOT_A_NAME = /^(?:The|This|These|That|Those|Our|Its|Their|We|It|Customers?|Users?|Management|Section)\b/;
// How far before the calling sentence the names are looked for (the paragraph's last sentences).
const WINDOW = 400;

/** The organisations the sentences before "These subservice organizations …" say host or provide the system's parts. */
export function subservicesInInfrastructure(
  index: TextIndex,
  method: Subservice["method"],
  org: string | null,
): Fact<Subservice[]> | null {
  const own = org?.split(/[\s,]+/)[0]?.toLowerCase();
  for (const called of searchEach(index, CALLED)) {
    const from = Math.max(0, called.index - WINDOW, index.text.lastIndexOf("\n\n", called.index) + 1);
    const before = index.text.slice(from, called.index + 1);
    const found: { name: string; service: string | null; at: number }[] = [];
    const add = (raw: string, service: string | null, at: number) => {
      const name = squash(raw).replace(/,$/, "");
      if (NOT_A_NAME.test(name) || name.split(" ").length > 8 || (own && name.toLowerCase().startsWith(own))) return;
      if (!found.some((f) => f.name === name)) found.push({ name, service, at });
    };
    for (const m of before.matchAll(HOSTED)) add(m[1]!, "hosting", m.index + m[0].indexOf(m[1]!));
    for (const m of before.matchAll(PROVIDED_BY)) add(m[1]!, null, m.index + m[0].indexOf(m[1]!));
    for (const m of before.matchAll(PROVIDES)) add(m[1]!, squash(m[2]!), m.index + m[0].indexOf(m[1]!));
    if (found.length === 0) continue;
    found.sort((a, b) => a.at - b.at);
    const first = from + found[0]!.at;
    return factAt(
      index,
      found.map((f) => ({ name: f.name, service: f.service, method: method ?? "carve-out" })),
      first,
      called.index + called[0].length - first,
      0.6,
      "organisations the infrastructure paragraph names, called subservice organisations by the next sentence",
    );
  }
  return null;
}
