// SOC report parties around the system: subservice organisations (and method), CSOCs, CUECs, changes, incidents.
import { isCriteriaLine, parseCriteria } from "./criteria";
import { squash } from "./normalize";
import type { Fact } from "./types";
import { factAt, missing, search, searchAll, type TextIndex } from "./text-index";

export type Subservice = { name: string; service: string | null; method: "carve-out" | "inclusive" | null };
export type SubserviceMethod = "carve-out" | "inclusive" | "none_disclosed";

function splitNames(list: string): string[] {
  return squash(list)
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((n) => n.replace(/^the\s+/i, "").replace(/[.,]$/, "").trim())
    .filter((n) => n.length > 1 && n.length < 60);
}

export function findSubserviceMethod(index: TextIndex): Fact<SubserviceMethod> {
  const inclusive = search(index, /inclusive\s*method|presented\s*using\s*the\s*inclusive/i);
  if (inclusive) return factAt(index, "inclusive", inclusive.index, inclusive[0].length, 0.9);
  const carve = search(
    index,
    /carve-?\s*out\s*method|(?:did|does)\s*not\s*include\s*the\s*services\s*provided\s*by\s*the\s*subservice|(?:are|were|is)\s*not\s*included\s*within\s*the\s*scope\s*of\s*this\s*examination|did\s*not\s*extend\s*to\s*the\s*(?:policies,\s*procedures,\s*and\s*)?controls|does\s*not\s*include\s*the\s*controls\s*in\s*place\s*at\s*the\s*subservice|excludes?\s*the\s*(?:controls|services)\s*(?:of|at|provided\s*by)\s*the\s*subservice/i,
  );
  if (carve) return factAt(index, "carve-out", carve.index, carve[0].length, 0.85);
  return { value: "none_disclosed", page: null, quote: null, confidence: 0.6, note: "no subservice organisation wording found" };
}

export function findSubservices(index: TextIndex, method: SubserviceMethod): Fact<Subservice[]> {
  const m = method === "none_disclosed" ? null : method;
  // 1. A two-column table "Subservice Organization | Services Provided".
  const table = search(index, /Subservice\s*Organizations?\s*[\t ]+\s*(?:Services?\s*Provided|Service|Description)[^\n]*\n((?:[^\n]*\t[^\n]*\n){1,15})/i);
  if (table) {
    const rows = table[1]!
      .split("\n")
      .map((l) => l.split("\t").map((c) => squash(c)))
      .filter((c) => c.length >= 2 && c[0] && c[0].length < 60);
    if (rows.length > 0) {
      return factAt(index, rows.map((r) => ({ name: r[0]!, service: r[1] || null, method: m })), table.index, table[0].length, 0.85);
    }
  }
  // 2. "The cloud hosting services provided by AWS and GCP, and the e-mail services provided by Mailgun ... were not included".
  const excluded = search(index, /((?:the\s*)?[\w\- ]{2,40}?services?\s*provided\s*by\s*[^.]{2,200}?)\s*(?:are|were|is)\s*not\s*included\s*within\s*the\s*scope/i);
  if (excluded) {
    const subs: Subservice[] = [];
    for (const part of excluded[1]!.matchAll(/(?:the\s*)?([\w\- ]{2,40}?)\s*services?\s*provided\s*by\s*((?:(?!,?\s*and\s*the\s)[^.])+)/gi)) {
      for (const name of splitNames(part[2]!)) subs.push({ name, service: squash(part[1]!).replace(/^(?:(?:and|the)\s+)+/i, "") || null, method: m ?? "carve-out" });
    }
    if (subs.length > 0) return factAt(index, subs, excluded.index, excluded[0].length, 0.8);
  }
  // 3. "... did not extend to the policies, procedures, and controls of AWS and Azure."
  const extend = search(index, /did\s*not\s*extend\s*to\s*the\s*(?:policies,\s*procedures,\s*and\s*)?controls\s*(?:of|at)\s*([^.\n]{2,120})\./i);
  if (extend) {
    const names = splitNames(extend[1]!);
    if (names.length > 0) {
      return factAt(index, names.map((name) => ({ name, service: null, method: m ?? "carve-out" })), extend.index, extend[0].length, 0.75);
    }
  }
  if (method === "none_disclosed") return { value: [], page: null, quote: null, confidence: 0.6, note: "no subservice organisation named" };
  return missing("the report refers to subservice organisations but the text layer does not name them in a recognised form");
}

export function findCsocs(index: TextIndex): Fact<{ present: boolean; criteria: string[] }> {
  const heading = search(
    index,
    /complementary\s*subservice\s*organi[sz]ation\s*controls\s*\n|complementary\s*controls\s*\*{0,2}\s*\n|controls\s*that\s*are\s*necessary\s*to\s*be\s*in\s*place\s*at|it\s*is\s*expected\s*that\s*[\w ]{2,40}\s*has\s*implemented\s*the\s*following/i,
  );
  if (!heading) return missing();
  const body = index.text.slice(heading.index, heading.index + 4000);
  return factAt(index, { present: true, criteria: parseCriteria(body.split(/complementary\s*user\s*entity/i)[0]!) }, heading.index, heading[0].length, 0.8);
}

export type Cuec = { text: string; criteria: string[] };

/** CUECs are counted as responsibilities ("User entities are responsible for ..."), not bullets: one bullet can hold two. */
export function findCuecs(index: TextIndex): Fact<{ count: number; items: Cuec[] }> {
  const hits = searchAll(index, /(?:User\s*entities|Customers|Clients)\s*(?:are|is)\s*responsible\s*for/g);
  if (hits.length === 0) return missing();
  const items: Cuec[] = [];
  for (const h of hits) {
    const rest = index.text.slice(h.index, h.index + 800);
    const sentenceEnd = rest.search(/\.(?=\s|$)/);
    const sentence = squash(rest.slice(0, sentenceEnd + 1));
    // Criteria printed after the sentence: same-line parentheses or the next criteria-only lines.
    let criteria = parseCriteria(/^\s*\(([^)]*)\)/.exec(rest.slice(sentenceEnd + 1))?.[1] ?? "");
    if (criteria.length === 0) {
      const after = rest.slice(sentenceEnd + 1).split("\n").map((l) => l.trim());
      const block: string[] = [];
      for (const line of after) {
        if (line === "" && block.length === 0) continue;
        if (!isCriteriaLine(line)) break;
        block.push(line);
      }
      criteria = parseCriteria(block.join(" "));
    }
    items.push({ text: sentence, criteria });
  }
  return factAt(index, { count: items.length, items }, hits[0]!.index, 200, 0.8, `${items.length} responsibilities`);
}

function statusFromSection(index: TextIndex, heading: RegExp, none: RegExp): Fact<string> {
  const m = search(index, heading);
  if (!m) return missing();
  const body = index.text.slice(m.index + m[0].length, m.index + m[0].length + 600);
  const sentence = squash(body.split(/(?<=\.)\s/)[0] ?? "");
  if (none.test(body.slice(0, 300))) return factAt(index, "None", m.index, m[0].length + sentence.length, 0.85);
  if (sentence.length > 10) return factAt(index, sentence, m.index, m[0].length + sentence.length, 0.6);
  return missing();
}

export function findSignificantChanges(index: TextIndex): Fact<string> {
  return statusFromSection(index, /significant\s*changes\s*(?:to|in)\s*(?:the\s*)?(?:system|systems|controls)[^\n]*\n/i, /there\s*(?:were|have\s*been)\s*no\s*(?:significant\s*)?changes|no\s*significant\s*changes/i);
}

export function findIncidents(index: TextIndex): Fact<string> {
  return statusFromSection(index, /(?:identified\s*)?system\s*incidents[^\n]*\n/i, /no\s*(?:significant\s*|such\s*)?(?:system\s*)?incidents|there\s*(?:were|have\s*been)\s*no\s*(?:significant\s*)?(?:system\s*)?incidents/i);
}
