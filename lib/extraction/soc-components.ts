// SOC report parties around the system: subservice organisations (and method), CSOCs, CUECs, changes, incidents.
import { isCriteriaLine, parseCriteria } from "./criteria";
import { escapeRe, squash } from "./normalize";
import { bracketedSubservices } from "./subservice-brackets";
import type { Fact } from "./types";
import { subservicesInInfrastructure } from "./soc-subservice-infrastructure";
import { pairedSubservices } from "./soc-subservice-pairs";
import { usedToProvide } from "./soc-subservice-uses-sentence";
import { CUEC_HEADING, LIST_ITEM } from "./cuec-list-marks";
import { proseCuecs } from "./soc-cuec-prose";
import { brokenPhrase } from "./line-end-hyphens";
import { factAt, findMatch, missing, pageEnd, search, searchAll, searchEach, type TextIndex } from "./text-index";

export type Subservice = { name: string; service: string | null; method: "carve-out" | "inclusive" | null };
export type SubserviceMethod = "carve-out" | "inclusive" | "none_disclosed";

function splitNames(list: string): string[] {
  return squash(list)
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((n) =>
      n
        .replace(/^the\s+/i, "")
        .replace(/[.,]$/, "")
        .trim(),
    )
    .filter((n) => n.length > 1 && n.length < 60);
}

// Running headers/footers and page labels that interrupt a table at a page break.
const PAGE_FURNITURE =
  /\|\s*SOC\s*\d|\b(?:Confidential|Proprietary)\b.*\bPage\s*\d|\|\s*Page\s*\d|\bPage\s*\d+\s*of\s*\d+\s*$|^Page\s*\d+$|^\d+$/i;

// A name cell ends at its legal form, or at the short name or product in brackets right after it ("Amazon Web
// Services, Inc. (AWS)", "Microsoft Corporation (Microsoft Azure)"), which stays with the name.
// A row of a subservice table whose cells the text layer joins with a space: the name ends in its legal form (the
// longer forms first: "Oracle de México, S.A. de C.V." is not "… S.A."), the service cell goes on after it, in
// capitals or not ("cloud infrastructure").
const LEGAL_SPLIT =
  /^(.+?,?\s(?:Inc\.|LLC|L\.L\.C\.|Co\.,?\s*Ltd\.?|Ltd\.?|Limited|Corp\.|Corporation|Co\.|GmbH|AG|LLP|plc|B\.V\.|N\.V\.|S\.A\.\s*de\s*C\.V\.|S\.\s*de\s*R\.L\.(?:\s*de\s*C\.V\.)?|S\.A\.S\.|S\.A\.|S\.L\.|S\.C\.|S\.r\.l\.|S\.p\.A\.|Ltda\.|K\.K\.|Pte\.?\s*Ltd\.?|Pty\s*Ltd)(?:\s*\([A-Z][\w&.' -]{0,40}\))?)\s+(\p{L}.+)$/u;

/** "(Nimbus)" of "Nimbus Cloud Operations Limited", "(AWS)" of "Amazon Web Services, Inc.": a short form of the name. */
function isShortNameOf(name: string, inBrackets: string): boolean {
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (!/\s/.test(inBrackets.trim()) && words.some((w) => w.toLowerCase() === inBrackets.trim().toLowerCase()))
    return true;
  const initials = words
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  return /^[A-Z]{2,6}$/.test(inBrackets.trim()) && initials.startsWith(inBrackets.trim());
}

/** "A, Inc., B LLC and C" → names; a comma before a legal suffix belongs to the name. */
// Stands in for the comma of a legal form ("Acme, Inc.") while a list is split at its other commas.
const LEGAL_COMMA = "\u0000";
// Marks where a name's bracketed product began while a list is split.
const BRACKET = "\u0001";

function splitOrgList(list: string): string[] {
  const text = squash(list)
    .replace(/,\s*(Inc\.?|LLC|Ltd\.?|L\.P\.|LLP|Corp\.?)(?=[,\s]|$)/g, `${LEGAL_COMMA}$1`)
    .replace(/\s+and\s+/g, ", ");
  // Each name keeps its legal form as printed: "Acme, Inc." with its comma, "Parcelgate Payments Ltd." without.
  return text
    .split(/\s*,\s*/)
    .map((n) => n.trim().replaceAll(LEGAL_COMMA, ", "))
    .filter((n) => n.length > 1 && /^[A-Z0-9]/.test(n) && n.split(" ").length <= 8);
}

export function findSubserviceMethod(index: TextIndex): Fact<SubserviceMethod> {
  const inclusive = search(index, /inclusive\s*method|presented\s*using\s*the\s*inclusive/i);
  const carve = search(
    index,
    /carve-?\s*out\s*method|(?:did|does)\s*not\s*include\s*the\s*services\s*provided\s*by\s*the\s*subservice|(?:are|were|is)\s*not\s*included\s*within\s*the\s*scope\s*of\s*this\s*examination|did\s*not\s*extend\s*to\s*the\s*(?:policies,\s*procedures,\s*and\s*)?controls|does\s*not\s*include\s*the\s*controls\s*in\s*place\s*at\s*the\s*subservice|excludes?\s*the\s*(?:controls|services)\s*(?:of|at|provided\s*by)\s*the\s*subservice|\bexclude[sd]?\s+(?:the\s+)?(?:control\s+objectives\s+and\s+)?(?:related\s+)?controls\s+(?:of|at)\s+[A-Z]|did\s+not\s+(?:include\s+the\s+services\s+provided\s+by|extend\s+to\s+(?:the\s+)?controls\s+(?:of|at))\s+[A-Z]|\(carve-?\s*out\)/i,
  );
  // A report that carves one organisation out and includes another has no single method; the carved-out part is the
  // one whose controls nobody tested, so the report is read as carve-out (each organisation keeps its own method).
  const named = inclusive && carve ? search(index, /carve-?\s*out\s*method/i) : null;
  if (named)
    return factAt(
      index,
      "carve-out",
      named.index,
      named[0].length,
      0.7,
      "the report uses both methods: inclusive for some subservice organisations, carve-out for others",
    );
  if (inclusive) return factAt(index, "inclusive", inclusive.index, inclusive[0].length, 0.9);
  if (carve) return factAt(index, "carve-out", carve.index, carve[0].length, 0.85);
  return {
    value: "none_disclosed",
    page: null,
    quote: null,
    confidence: 0.6,
    note: "no subservice organisation wording found",
  };
}

const NOT_INCLUDED = /(?:are|were|is)\s*not\s*included\s*within\s*the\s*scope/i;
// A table's treatment cell per organisation: "Inclusive: controls … tested", "Carve-out: controls excluded".
const ROW_METHOD = /^\s*(Inclusive|Carve-?\s*out)\b\s*(?:method)?\s*[:;.,–—-]/i;
// Table cells are narrower than the page: a line this long is body text.
const MAX_WRAPPED_CELL = 70;
// A line of three or more capitalised words and nothing else ("Complementary Subservice Organization Controls") is the
// next section's heading, not a cell wrapped from the row above.
const HEADING_LINE =
  /^(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|the|for|to|in|by|on)\s+)?\p{Lu}[\p{L}'’-]*){2,}$/u;

export function findSubservices(
  index: TextIndex,
  method: SubserviceMethod,
  org: string | null = null,
): Fact<Subservice[]> {
  const m = method === "none_disclosed" ? null : method;
  // 1. A two-column table "Subservice Organization | Services Provided" (cells split by a tab, or after a legal
  //    suffix); it may continue on the next page under a repeated header.
  const headers = searchAll(
    index,
    /Subservice\s*Organizations?\s*[\t ]+\s*(?:Services?\s*Provided|Service|Description)[^\n]*\n/gi,
  );
  const rows: Subservice[] = [];
  for (const table of headers) {
    let last: { row: Subservice; methodSeen: boolean } | null = null;
    let wrapped = 0;
    for (const line of index.text
      .slice(table.index + table[0].length)
      .split("\n")
      .slice(0, 20)) {
      if (!line.trim() || PAGE_FURNITURE.test(line.trim())) continue;
      const cells = line.includes("\t")
        ? line.split("\t").map((c) => squash(c))
        : (LEGAL_SPLIT.exec(squash(line))?.slice(1) ?? []);
      if (cells.length < 2 || !cells[0] || cells[0].length > 60) {
        // A cell wrapped onto a narrow line of its own ("payroll tax returns", "Inclusive: controls … are tested")
        // continues the row above; a full-width line is the paragraph after the table.
        if (!last || squash(line).length > MAX_WRAPPED_CELL || HEADING_LINE.test(squash(line)) || ++wrapped > 8) break;
        const text = squash(line);
        const treatment = ROW_METHOD.exec(text);
        if (treatment) {
          last.row.method = /inclusive/i.test(treatment[1]!) ? "inclusive" : "carve-out";
          last.methodSeen = true;
        } else if (!last.methodSeen && last.row.service) last.row.service += ` ${text}`;
        continue;
      }
      wrapped = 0;
      if (!rows.some((r) => r.name === cells[0])) {
        const row: Subservice = { name: cells[0], service: cells[1] || null, method: m };
        const treatment = ROW_METHOD.exec(cells.slice(2).join(" "));
        if (treatment) row.method = /inclusive/i.test(treatment[1]!) ? "inclusive" : "carve-out";
        rows.push(row);
        last = { row, methodSeen: Boolean(treatment) };
      }
    }
  }
  if (rows.length > 0) return factAt(index, rows, headers[0]!.index, headers[0]![0].length, 0.85);
  // 2. "<Org> uses A, B Inc., C LLC as subservice organizations", services read from the table rows that start with each name.
  const uses = search(
    index,
    // Case-sensitive: the name list goes on past an abbreviation before a lower-case word ("Inc. and"), never past a
    // full stop before a capital (a new sentence).
    /\b[Uu]ses\s+((?:(?!\bas\s+(?:a\s+)?[Ss]ubservice)[^.]|\.(?=,|\s+[a-z(]|\s*(?:as|and)\s))+?)\s+as\s+(?:a\s+|its\s+)?[Ss]ubservice\s*[Oo]rgani[sz]ations?/,
  );
  if (uses) {
    // "Google LLC (Google Cloud Platform) and MongoDB, Inc. (MongoDB Atlas)": the product in brackets is what it provides.
    const names = splitOrgList(
      uses[1]!.replace(
        /\s*\(([^()]{1,60})\)/g,
        (_p, inner: string) => ` ${BRACKET}${inner.replace(/,/g, LEGAL_COMMA)}`,
      ),
    );
    if (names.length > 0) {
      const subs = names.map((printed) => {
        const [bare, inBrackets] = printed.split(` ${BRACKET}`) as [string, string | undefined];
        // "(Nimbus)", "(AWS)" after the name is its short name and stays with it; "(Google Cloud Platform)" is a product.
        const short = inBrackets !== undefined && isShortNameOf(bare, inBrackets);
        const name = short ? `${bare} (${inBrackets})` : bare;
        const product = short ? undefined : inBrackets;
        const row = search(index, new RegExp(`^\\s*${escapeRe(name)}[ \\t]+([^\\n]{3,80})$`, "m"));
        return { name, service: row ? squash(row[1]!) : (product?.replaceAll(LEGAL_COMMA, ",") ?? null), method: m };
      });
      return factAt(index, subs, uses.index, uses[0].length, 0.8);
    }
  }
  // 2a. The auditor's report names them in one sentence: "X uses A, B and C (subservice organizations) to provide x,
  //     y, and z, respectively", "X uses A to provide x and B to provide y (subservice organizations)", "X uses A for
  //     x, B for y (subservice organizations)", "X uses A, a subservice organization, to provide x".
  const named = namedInOneSentence(index, m);
  if (named) return named;
  // 2a'. A heading "Subservice Organizations" over bullets, or "X uses the following subservice organisations. Their
  //      controls are …:\n• Google Cloud EMEA Limited (Google
  //      Cloud Platform, europe-west2) - hosting …;\n• Velmont Telecom Ltd - delivery of …": one bullet each.
  const following = search(
    index,
    /(?:\buses\s+the\s+following\s+subservice\s*organi[sz]ations?\b[^\n]*|^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?Subservice[ \t]+Organi[sz]ations?[ \t]*:?[ \t]*)\n(?:[^\n•●▪]*\n){0,2}((?:[ \t]*[•●▪◦*-][^\n]*\n(?:(?![ \t]*[•●▪◦*-])[^\n]+\n)?)+)/im,
  );
  if (following) {
    const subs: Subservice[] = [];
    for (const bullet of following[1]!.split(/\n(?=[ \t]*[•●▪◦*-])/)) {
      // A finished first line does not go on, nor does one followed by a new sentence: the line after the last bullet
      // is the next heading or paragraph ("The controls of these subservice organizations are …").
      const [first, ...rest] = bullet.split("\n");
      const goesOn =
        !/[.;]\s*$/.test(first!) && !/^\s*(?:The|These|Their|This|Such|Each|All|Our|We)\b/.test(rest[0] ?? "");
      const text = squash((goesOn ? bullet : first!).replace(/^[ \t]*[•●▪◦*-]\s*/, ""));
      const cut = /^(.+?)\s+[-–—:]\s+(.+)$/.exec(text) ?? /^(.+?),\s+(?:which|a|an|for)\s+(.+)$/.exec(text);
      // A long parenthesis is a description ("(Google Cloud Platform, europe-west2 London region)"), a short one a
      // name ("(Google LLC)", "(AWS)").
      const name = (cut?.[1] ?? text).replace(/\s*\(([^)]*)\)/g, (p, inner: string) =>
        inner.includes(",") || inner.length > 30 ? "" : p,
      );
      if (name.length > 1 && name.length < 80 && /^[A-Z0-9]/.test(name))
        subs.push({ name, service: cut ? cut[2]!.replace(/[.;]$/, "") : null, method: m ?? "carve-out" });
    }
    if (subs.length > 0) return factAt(index, subs, following.index, following[0].length, 0.8);
  }
  // 2a''. The same list with its bullet glyphs drawn by the style sheet (none in the text layer): one "Name – service"
  //      line each, up to the first line that is not one.
  const lead = search(index, /\buses\s+the\s+following\s+subservice\s*organi[sz]ations?\s*:[ \t]*\n/i);
  if (lead) {
    const subs: Subservice[] = [];
    for (const line of index.text
      .slice(lead.index + lead[0].length)
      .split("\n")
      .slice(0, 12)) {
      if (!line.trim() && subs.length === 0) continue;
      const cut = /^[ \t]*([A-Z][^\n]{1,78}?)[ \t]+-[ \t]+([^\n]{3,120}?)[.;]?[ \t]*$/.exec(line);
      if (!cut) break;
      subs.push({ name: squash(cut[1]!), service: squash(cut[2]!), method: m ?? "carve-out" });
    }
    if (subs.length > 0) return factAt(index, subs, lead.index, lead[0].length, 0.75);
  }
  // 2b. "<Org> uses,\n● Amazon Web services(AWS), a subservice organization which ...\n● Github(Github Inc), is a ...":
  //     one bullet per organisation, its name before the first comma or verb.
  const usesList = search(index, /\buses\s*[,:]\s*\n((?:[ \t]*[●•▪◦*-][^\n]*\n(?:(?![ \t]*[●•▪◦*-])[^\n]+\n)*)+)/);
  if (usesList && /subservice/i.test(usesList[1]!)) {
    const subs: Subservice[] = [];
    for (const bullet of usesList[1]!.split(/\n(?=[ \t]*[●•▪◦*-])/)) {
      const text = squash(bullet.replace(/^[ \t]*[●•▪◦*-]\s*/, ""));
      const name =
        /^(.+?)(?:\s*,|\s+(?:is|are|a|an|which|provides)\s)/.exec(text)?.[1] ?? text.split(" ").slice(0, 4).join(" ");
      if (name && name.length < 60 && /^[A-Z0-9]/.test(name))
        subs.push({ name, service: null, method: m ?? "carve-out" });
    }
    if (subs.length > 0) return factAt(index, subs, usesList.index, usesList[0].length, 0.75);
  }
  // 2c. "Tembo uses a subservice organization, Amazon Web Services ("AWS"), to provide cloud hosting services."
  const sentence = search(
    index,
    /\buses\s+(?:a|the\s*following|several|two|three)?\s*subservice\s*organi[sz]ations?\s*,?\s*((?:[^.]|\.(?=[\w,]|\s+(?:to\s*provide|for|which)\s))+?),?\s+(?:to\s*provide|for|which\s*provides?)\s+([^.]{3,120})\./i,
  );
  if (sentence) {
    const names = splitOrgList(sentence[1]!.replace(/\s*\("([^"]+)"\)/g, " ($1)"));
    if (names.length > 0) {
      const service = squash(sentence[2]!);
      return factAt(
        index,
        names.map((name) => ({ name, service, method: m ?? "carve-out" })),
        sentence.index,
        sentence[0].length,
        0.75,
      );
    }
  }
  // 2d. One run-on sentence: "Vantor uses Stratoline Data Centers LLC for colocation …, Keystone Cloud, Inc. for
  //     identity and Parcelgate Payments Ltd. for payment card processing to deliver the …, and … excludes the
  //     related controls of these subservice organizations": each "<Name in a legal form> for <service>" is one, or
  //     "<Name> to host <what>" ("uses Google LLC (Google Cloud Platform) to host the service and Okta, Inc. for …").
  for (const run of searchEach(index, /\buses\s+([A-Z](?:[^.]|\.(?=[\w,]|\s+[a-z(]))+?)\.(?![\w,]|\s+[a-z(])/g)) {
    // The sentence says so itself, or the next one does ("These subservice organizations are carved out …").
    const next = index.text.slice(run.index + run[0].length, run.index + run[0].length + 260);
    if (
      !/subservice\s*organi[sz]ations?/i.test(run[1]!) &&
      // "… The description … indicates that complementary subservice organization controls are necessary", "… excludes
      // controls of the subservice organizations": the next sentence speaks of them as subservice organisations.
      !/^\s*(?:These|The|Their)\b[^.]{0,200}\bsubservice\s*organi[sz]ations?/i.test(next)
    )
      continue;
    const clause = squash(run[1]!).split(
      /,?\s+(?:to\s+(?:deliver|provide|support|operate)|and\s+the\s+description|which)\s/,
    )[0]!;
    const subs: Subservice[] = [];
    for (const item of clause.matchAll(
      /(?:^|,\s*|\s+and\s+)([A-Z](?:(?!\sfor\s)[\w&.' -])*?,?\s(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Co\.|Company|Corp\.?|Corporation|GmbH|AG|LLP|plc|B\.V\.|S\.A\.)(?:\s*\([^)]{1,40}\))?)\s+(?:for|to\s+(?=(?:host|run|store|process|send|manage)\b))\s*(.+?)(?=,\s*(?:and\s+)?[A-Z]|\s+and\s+[A-Z]|$)/g,
    ))
      if (item.index === 0 || subs.length > 0)
        subs.push({ name: item[1]!, service: squash(item[2]!), method: m ?? "carve-out" });
    // "uses Google Cloud Platform for hosting and MongoDB, Inc. for …": a first organisation without a legal form is
    // not read here (it would be skipped, or run into the next name); the pairs rule below reads the sentence.
    if (subs.length === 0) continue;
    // Cited on the first name: the whole run-on sentence may go over a page break.
    const firstEnd = index.text.indexOf(subs[0]!.name, run.index);
    const length = firstEnd >= 0 ? firstEnd + subs[0]!.name.length - run.index : run[0].length;
    return factAt(index, subs, run.index, length, 0.75);
  }
  // 3. "The cloud hosting services provided by AWS and GCP, and the e-mail services provided by Mailgun ... were not included".
  // Every match ends in the "not included within the scope" phrase: looking for the phrase first spares a long
  // report the full pattern, which tries its lazy name at every word of the text.
  const excluded = NOT_INCLUDED.test(index.text)
    ? search(
        index,
        /((?:the\s*)?[\w\- ]{2,40}?services?\s*provided\s*by\s*[^.]{2,200}?)\s*(?:are|were|is)\s*not\s*included\s*within\s*the\s*scope/i,
      )
    : null;
  if (excluded) {
    const subs: Subservice[] = [];
    for (const part of excluded[1]!.matchAll(
      /(?:the\s*)?([\w\- ]{2,40}?)\s*services?\s*provided\s*by\s*((?:(?!,?\s*and\s*the\s)[^.])+)/gi,
    )) {
      for (const name of splitNames(part[2]!))
        subs.push({
          name,
          service: squash(part[1]!).replace(/^(?:(?:and|the)\s+)+/i, "") || null,
          method: m ?? "carve-out",
        });
    }
    if (subs.length > 0) return factAt(index, subs, excluded.index, excluded[0].length, 0.8);
  }
  // 4. "... did not extend to the policies, procedures, and controls of AWS and Azure."
  const extend = search(
    index,
    /did\s*not\s*extend\s*to\s*the\s*(?:policies,\s*procedures,\s*and\s*)?controls\s*(?:of|at)\s*([^.\n]{2,120})\./i,
  );
  if (extend) {
    const names = splitNames(extend[1]!);
    if (names.length > 0) {
      return factAt(
        index,
        names.map((name) => ({ name, service: null, method: m ?? "carve-out" })),
        extend.index,
        extend[0].length,
        0.75,
      );
    }
  }
  // 5. The names in brackets after the words "the subservice organizations (A and B)".
  const bracketed = bracketedSubservices(index);
  if (bracketed)
    return factAt(
      index,
      bracketed.names.map((name) => ({ name, service: null, method: m ?? "carve-out" })),
      bracketed.at,
      bracketed.length,
      0.75,
    );
  // "The description includes the relevant controls of X (the inclusive method)": the organisation included by name.
  const included = m === "inclusive" ? carvedOutByName(index, m, INCLUDED_BY_NAME) : null;
  if (included) return { ...included, note: "included in the examination by name" };
  const carved = carvedOutByName(index, m);
  if (carved) return carved;
  // Only where the report says how it treats subservice organisations: a report that does not may name a vendor in
  // such a sentence without making it one.
  // Several named in one "uses" sentence, each with its service; then a single one.
  const paired = pairedSubservices(index, m);
  if (paired) return paired;
  const used = m ? usedToProvide(index, m) : null;
  if (used) return used;
  // Named only in the infrastructure paragraph that the next sentence calls subservice organisations.
  const hosting = m ? subservicesInInfrastructure(index, m, org) : null;
  if (hosting) return hosting;
  if (method === "none_disclosed")
    return { value: [], page: null, quote: null, confidence: 0.6, note: "no subservice organisation named" };
  return missing(
    "the report refers to subservice organisations but the text layer does not name them in a recognised form",
  );
}

// The report carves an organisation out by name: "The description … excludes controls of AWS", "The boundaries of the
// system exclude the controls of Microsoft Corporation", "Our examination did not include the services provided by AWS".
const CARVED_BY_NAME =
  /\b(?:exclude[sd]?\s+(?:the\s+)?(?:control\s+objectives\s+and\s+)?(?:related\s+)?controls\s+(?:of|at)|did\s+not\s+(?:include\s+the\s+services\s+provided\s+by|extend\s+to\s+(?:the\s+)?controls\s+(?:of|at)))\s+([A-Z][\w&'-]*(?:,?\s+(?:[A-Z][\w&'.-]*|&|and|of))*)/g;
const INCLUDED_BY_NAME =
  /\bincludes?\s+(?:the\s+)?(?:relevant\s+)?controls\s+(?:of|at)\s+([A-Z][\w&'-]*(?:,?\s+(?:[A-Z][\w&'.-]*|&|and|of))*)/g;
const NOT_A_NAME = /^(?:The|These|Such|Its|Their|User|Subservice|Complementary|Management)\b/;
// "… excludes controls of Microsoft Azure and Twilio Inc. Our examination …": a full stop after a word that is not an
// initial ("U.S. Bank" keeps its own) ends the sentence, and the capitalised word after it starts the next one.
const NEXT_SENTENCE = /(?<!\b[A-Z])\.\s+[A-Z].*$/;

/**
 * Organisations the report carves out by name, each with its full name where the report defines a short one
 * ("Amazon Web Services, Inc. (AWS)" … "excludes controls of AWS") and the service of its "uses X to …" sentence.
 */
function carvedOutByName(
  index: TextIndex,
  method: Subservice["method"],
  named: RegExp = CARVED_BY_NAME,
): Fact<Subservice[]> | null {
  const subs: Subservice[] = [];
  let first: RegExpExecArray | null = null;
  for (const hit of searchAll(index, named))
    for (const printed of splitOrgList(
      squash(hit[1]!)
        .replace(NEXT_SENTENCE, ".")
        .replace(/(?<!\b(?:Inc|Ltd|Corp|Co|[A-Z]))\.$/, "")
        .replace(/,?\s+(?:and|of)$/, ""),
    )) {
      if (NOT_A_NAME.test(printed) || printed.split(" ").length > 8) continue;
      // The full name the short one stands for: "Amazon Web Services, Inc. (AWS)", "… Inc. ("AWS")".
      const defined = search(
        index,
        new RegExp(
          String.raw`([A-Z][\w&'.-]*(?:,?\s+(?:[A-Z][\w&'.-]*|&|of)){0,6}?,?\s+(?:Inc\.?|LLC|Ltd\.?|Limited|Corp\.?|Corporation|GmbH|AG|plc|LLP|B\.V\.|S\.A\.))\s*\(\s*(?:the\s+)?["“']?${escapeRe(printed)}["”']?\s*\)`,
        ),
      );
      // A product in the brackets ("Microsoft Corporation (Microsoft Azure)") is not a short name: both are kept.
      const full = defined ? squash(defined[1]!) : null;
      const name = !full ? printed : isShortNameOf(full, printed) ? full : `${full} (${printed})`;
      if (subs.some((s) => s.name === name)) continue;
      const uses = search(
        index,
        new RegExp(
          String.raw`\buses\s+${escapeRe(name).replace(/\s+/g, "\\s+")}(?:\s*\([^)]{1,80}\))?\s+(?:to|for)\s+([^.]{3,100})\.`,
        ),
      );
      // "… to host the portal and Twilio Inc. to deliver …": the service ends where the next organisation begins.
      const service = uses ? squash(uses[1]!).replace(/\s+and\s+[A-Z].*$/, "") : null;
      subs.push({ name, service, method: method ?? "carve-out" });
      first ??= hit;
    }
  if (!first) return null;
  return factAt(index, subs, first.index, first[0].length, 0.7, "carved out of the examination by name");
}

// A sentence that goes on past an abbreviation ("Inc. (AWS)", "Inc. to provide") but not past a full stop.
const IN_SENTENCE = String.raw`(?:[^.]|\.(?=[\w,]|\s+[a-z(]))`;
const NAMED_SUBSERVICES = new RegExp(
  String.raw`\buses\s+([A-Z]${IN_SENTENCE}{2,400}?)\s*(?:\(\s*(?:the\s+)?subservice\s*organi[sz]ations?\s*\)|,\s*(?:a|the)\s+subservice\s*organi[sz]ation\s*,)(${IN_SENTENCE}{0,400})`,
);
const LEGAL_FORM_AFTER_COMMA =
  /,\s*(Inc\.?|LLC|Ltd\.?|L\.P\.|LLP|Corp\.?|S\.A\.|SARL|SAS|GmbH|B\.V\.|AG|plc)(?=[,\s(]|$)/g;
const SERVICE_VERB = /^(.+?)\s+(?:for|to\s+provide)\s+(.+)$/;

/** "A to provide x", "B for y", "C": each item of a list of organisations, a lower-case piece continuing the last. */
function subserviceItems(list: string): { name: string; service: string | null }[] {
  const pieces = squash(list)
    .replace(LEGAL_FORM_AFTER_COMMA, `${LEGAL_COMMA}$1`)
    .split(/(,\s*(?:and\s+)?|\s+and\s+)/);
  const starts = (p: string) => /^[A-Z0-9]/.test(p);
  // When any organisation is followed by its service, only such a piece starts a new one ("… in the East US and
  // Central US regions" stays a service).
  const withVerb = pieces.some((p, i) => i % 2 === 0 && starts(p) && SERVICE_VERB.test(p));
  const items: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!;
    if (items.length === 0 || (starts(piece) && (!withVerb || SERVICE_VERB.test(piece)))) items.push(piece);
    else items[items.length - 1] += `${pieces[i - 1]}${piece}`;
  }
  return items.map((item) => {
    const verb = withVerb ? SERVICE_VERB.exec(item) : null;
    const restore = (t: string) => t.replaceAll(LEGAL_COMMA, ", ").trim();
    return verb ? { name: restore(verb[1]!), service: restore(verb[2]!) } : { name: restore(item), service: null };
  });
}

function namedInOneSentence(index: TextIndex, method: Subservice["method"]): Fact<Subservice[]> | null {
  const hit = search(index, NAMED_SUBSERVICES);
  if (!hit) return null;
  const items = subserviceItems(hit[1]!);
  if (items.length === 0 || items.some((i) => i.name.length > 80 || i.name.split(" ").length > 8)) return null;
  // The services after the names: "to provide x, y, and z, respectively" (one each, in order) or "for x" (one name).
  const tail = /^\s*(?:to\s+provide|for)\s+(.+?)\s*$/.exec(squash(hit[2]!))?.[1];
  if (tail && items.every((i) => i.service === null)) {
    if (items.length === 1) items[0]!.service = tail.replace(/[.,]$/, "");
    else if (/,?\s*respectively\.?$/.test(tail)) {
      const services = tail
        .replace(/,?\s*respectively\.?$/, "")
        .split(/,\s*(?:and\s+)?|\s+and\s+/)
        .filter(Boolean);
      if (services.length === items.length) items.forEach((i, n) => (i.service = services[n]!));
    }
  }
  return factAt(
    index,
    items.map((i) => ({ name: i.name, service: i.service, method: method ?? "carve-out" })),
    hit.index,
    hit[0].length,
    0.8,
    "named in one sentence as subservice organisations",
  );
}

// The description states controls it expects of a subservice organisation without a section of that title: a table
// column "Complementary subservice organisation controls expected", "X expects AWS to restrict …", "X relies on AWS for
// physical security …", "… with the assumption that the subservice organizations implement the following controls",
// "X expects them to have the following types of controls", "X's controls assume that Azure restricts physical access",
// "X assumes that AWS restricts …",
// "designed on the assumption that the following complementary subservice organisation controls are in place".
// (The auditor's report's wording about such controls is a template's, printed whether or not the description lists
// any.)
const CSOCS_STATED =
  /Complementary\s+[Ss]ubservice\s+[Oo]rgani[sz]ation\s+[Cc]ontrols?|\bassumption\s+that\s+the\s+following\s+(?:complementary\s+)?(?:subservice\s+organi[sz]ation\s+)?controls\s+(?:are|were|will\s+be)\s+(?:in\s+place|implemented|operating)|\b(?:expects|relies\s+on)\s+(?:the\s+)?[A-Z][\w&.,' ()-]{1,60}?\s+(?:to|for)\s+(?:restrict|maintain|implement|protect|physical|environmental|monitor|ensure|provide\s+physical)|assumption\s+that\s+(?:the\s+)?subservice\s+organi[sz]ations?\s+(?:implement|have\s+implemented|will\s+implement|maintain)|controls\s+(?:are\s+)?(?:expected\s+to\s+be\s+)?implemented\s+by\s+the\s+subservice\s+organi[sz]ations?|\bexpects\s+(?:them|each\s+of\s+them|the\s+subservice\s+organi[sz]ations?)\s+to\s+(?:have|implement|maintain|operate)\b|\b(?:controls\s+assume|assumes)\s+that\s+(?:the\s+)?[A-Z][\w&.,' ()-]{1,60}?\s+(?:\w+ly\s+)?(?:restricts|maintains|implements|protects|monitors|provides|records|reports|performs|reconciles|safeguards|has\s+implemented)\b/;

// The description says what it expects of its subservice organisations in a sentence, mid-paragraph and in lower case:
// "… carved out of this report; complementary subservice organization controls expected of them include physical
// security of data centers (CC6.4) …". The auditor's template speaks of such controls "assumed in the design", never
// of the ones "expected of" someone that "include" something.
// The same words broken at a line's end by a typesetter ("Complementary subser-" / "vice organization controls").
const CSOCS_BROKEN = new RegExp(
  String.raw`Complementary\s+[Ss]${brokenPhrase("ubservice")}\s+[Oo]${brokenPhrase("rganization").replace("z", "[sz]")}\s+[Cc]ontrols?`,
  "u",
);
const CSOCS_EXPECTED_OF =
  /\bcomplementary\s+subservice\s+organi[sz]ation\s+controls\s+(?:expected|required)\s+of\s+[\w&.,' ()-]{1,60}?\s+(?:include|includes|are|cover)\b/i;
// An auditor's report says so when the description (of the system's boundaries, in a SOC 3) does: "The description of the
// boundaries of the system indicates that complementary subservice organization controls (that are suitably designed
// and operating effectively) are necessary …". The illustrative report prints this paragraph only where that is so
// (unlike "we have not evaluated … the complementary subservice organization controls", printed with any carve-out).
// A SOC 2 auditor's report says it of the description the same way ("The description indicates that complementary
// subservice organization controls … are necessary"), and a typesetter may break "de-" / "scription" at a line's end.
const SOC3_BOUNDARIES_NEED_CSOCS =
  /\bde-?\s*scription(?:\s+of\s+the\s+boundaries\s+of\s+the\s+[\w\s®&'-]{0,60}?)?\s+indicates\s+that\s+complementary\s+subservice\s+organi[sz]ation\s+controls\b[^.]{0,160}?\bare\s+necessary\b/i;

/** Another organisation named as responsible for physical (and environmental) controls. */
const PHYSICAL_CONTROLS_ELSEWHERE =
  /\b([A-Z][\w&.,'-]*(?:\s+[A-Z][\w&.,'-]*){0,4})\s+(?:is|are)\s+responsible\s+for\s+(?:the\s+)?physical\s+(?:and\s+environmental\s+)?(?:security\s+|access\s+)?controls\b/;

/**
 * "X is responsible for physical controls" is a subservice organisation's part only when X is not the service
 * organisation or its system (which may run its own data centres) and the report does not include X's controls.
 */
function physicalControlsElsewhere(index: TextIndex, method: SubserviceMethod, ownNames: (string | null)[]) {
  if (method === "inclusive") return null;
  const m = search(index, PHYSICAL_CONTROLS_ELSEWHERE);
  if (!m || /\b(?:the\s+company|we)$/i.test(m[1]!)) return null;
  // Own names: the organisation's and its system's first words ("Acme" of "Acme Cloud"). The subject may take in a
  // heading's word above it ("Infrastructure / Acme is responsible …"), so any of its words may be the name.
  const own = ownNames.filter((n): n is string => !!n).map((n) => n.trim().split(/\s+/)[0]!.toLowerCase());
  const subject = m[1]!.toLowerCase().split(/\s+/);
  return own.some((w) => subject.includes(w)) ? null : m;
}

export function findCsocs(
  index: TextIndex,
  method: SubserviceMethod = "none_disclosed",
  ownNames: (string | null)[] = [],
): Fact<{ present: boolean; criteria: string[] }> {
  const listed = csocSection(index);
  if (listed.value || method === "inclusive") return listed;
  const stated =
    search(index, CSOCS_STATED) ??
    search(index, CSOCS_BROKEN) ??
    search(index, CSOCS_EXPECTED_OF) ??
    search(index, SOC3_BOUNDARIES_NEED_CSOCS) ??
    physicalControlsElsewhere(index, method, ownNames);
  if (!stated) return listed;
  return factAt(
    index,
    { present: true, criteria: [] },
    stated.index,
    stated[0].length,
    0.7,
    "controls the description expects of a subservice organisation",
  );
}

function csocSection(index: TextIndex): Fact<{ present: boolean; criteria: string[] }> {
  // A heading on its own line (prose mentions "complementary subservice organization controls" in every report).
  const heading = search(
    index,
    /^[ \t*]*(?:Complementary\s*Subservice\s*Organi[sz]ation\s*Controls|COMPLEMENTARY\s*SUBSERVICE\s*ORGANI[SZ]ATION\s*CONTROLS|Complementary\s*controls)[ \t*]*(?:\(CSOCs?\))?[ \t*]*$|controls\s*that\s*are\s*necessary\s*to\s*be\s*in\s*place\s*at|it\s*is\s*expected\s*that\s*[\w ]{2,40}\s*has\s*implemented\s*the\s*following/im,
  );
  if (!heading) return missing();
  const body = index.text.slice(heading.index, heading.index + 4000);
  return factAt(
    index,
    { present: true, criteria: parseCriteria(body.split(/complementary\s*user\s*entity/i)[0]!) },
    heading.index,
    heading[0].length,
    0.8,
  );
}

export type Cuec = { text: string; criteria: string[] };

/** CUECs are counted as responsibilities ("User entities are responsible for ..."), not bullets: one bullet can hold two. */
/**
 * A CUEC table with a number per row ("#  Complementary User Entity Control  Criteria" then "1  Customers ...",
 * "2  ..."): each numbered row is one item, however its wording starts.
 */
function numberedCuecs(
  index: TextIndex,
  isRunning: (line: string) => boolean,
): Fact<{ count: number; items: Cuec[] }> | null {
  for (const heading of searchEach(
    index,
    /^[ \t]*(?:Complementary\s*[Uu]ser\s*[Ee]ntity\s*[Cc]ontrols|COMPLEMENTARY\s*USER\s*ENTITY\s*CONTROLS)[^\n]*\n/gm,
  )) {
    if (/(?:\t|\.{3,})\s*\d{1,3}\s*$/.test(heading[0].trimEnd())) continue;
    const body = index.text.slice(heading.index + heading[0].length, heading.index + heading[0].length + 8000);
    const items: Cuec[] = [];
    let cur: string | null = null;
    let expected = 1;
    for (const line of body.split("\n")) {
      // A page break inside the table: its running header and footer are not rows or headings.
      if (isRunning(line) || /^\s*Page\s*\d+\s*of\s*\d+\s*$/i.test(line)) continue;
      const row = /^\s*(\d{1,2})[.)]?[ \t]+([A-Z].*)$/.exec(line);
      if (row && Number(row[1]) === expected) {
        if (cur) items.push(cuecItem(cur));
        cur = row[2]!;
        expected++;
      } else if (cur && line.trim() && !/^\s*(?:Page\s*)?\d+\s*$/i.test(line)) {
        // A heading-like line after a finished sentence ends the table; a report's next section does however long
        // its title ("Section IV: Trust Services Criteria, Related Controls and Tests of Controls").
        if (/\.\s*(?:\t.*)?$/.test(cur) && SECTION_HEADING.test(line.trim())) break;
        if (
          /\.\s*(?:\t.*)?$/.test(cur) &&
          line.trim().length < 60 &&
          !/[.,;:]$/.test(line.trim()) &&
          !isCriteriaLine(line.trim())
        )
          break;
        cur += ` ${line.trim()}`;
      }
    }
    if (cur) items.push(cuecItem(cur));
    if (items.length >= 2) return cuecRows(index, items, heading, "numbered rows");
  }
  return null;
}

/** The CUECs read as rows under a table's heading, cited at the heading. */
function cuecRows(
  index: TextIndex,
  items: Cuec[],
  heading: RegExpExecArray,
  rows: string,
): Fact<{ count: number; items: Cuec[] }> {
  return factAt(
    index,
    { count: items.length, items },
    heading.index,
    heading[0].length,
    0.75,
    `${items.length} ${rows}`,
  );
}

function cuecItem(row: string): Cuec {
  const [text, ...cells] = row.split("\t");
  const criteria = parseCriteria(cells.join(" "));
  return {
    text: squash(text!),
    criteria: criteria.length ? criteria : parseCriteria(/\(([^)]*)\)\s*$/.exec(text!)?.[1] ?? ""),
  };
}

// "User entity controls. Schools are responsible for …": the report names its user entities by what they are (schools,
// clinics, merchants) in the section about their controls; that name then opens each responsibility.
const CUEC_LEAD =
  /\b(?:complementary\s+)?user[\s-]+entity\s+(?:controls|responsibilities)\b[^\n.:]{0,40}[.:]?\s+(?:The\s+)?([A-Z][a-z]+s)\s+are\s+responsible\s+for\b/i;

function userEntitiesCalled(index: TextIndex): string | null {
  const m = search(index, CUEC_LEAD);
  const word = m?.[1];
  return word && !/^(?:Users|Entities|Customers|Clients)$/.test(word) ? word : null;
}

export function findCuecs(index: TextIndex): Fact<{ count: number; items: Cuec[] }> {
  const isRunning = runningLines(index);
  const numbered = numberedCuecs(index, isRunning);
  if (numbered) return numbered;
  const subject = userEntitiesCalled(index);
  const hits = searchAll(
    index,
    new RegExp(
      String.raw`(?:(?:The|the)\s+)?(?:[Uu]ser\s*entit(?:ies|y)|Customers|Clients${subject ? `|${escapeRe(subject)}` : ""})\s*(?:are|is)\s*(?:also\s+)?responsible\s*for`,
      "g",
    ),
  );
  if (hits.length === 0)
    return (
      bulletedCuecs(index, isRunning) ??
      criteriaClosedCuecs(index, isRunning) ??
      proseCuecs(index, isRunning) ??
      missing()
    );
  const items: Cuec[] = [];
  // "User entities are responsible for:" then one bullet per responsibility.
  // "User entities are responsible for the following:" then bullets that do not say it again.
  const listed = hits.find((h) =>
    LIST_AFTER_LEAD.test(index.text.slice(h.index + h[0].length, h.index + h[0].length + 60)),
  );
  if (listed) {
    const bullets: Cuec[] = [];
    const body = index.text.slice(listed.index + listed[0].length).replace(/^[^:\n]*:\s*\n/, "");
    let cur: string | null = null;
    for (const line of body.split("\n").slice(0, 120)) {
      const b = /^\s*[•●▪◦*-]\s+(.+)$/.exec(line);
      if (b) {
        if (cur) bullets.push({ text: squash(cur), criteria: [] });
        cur = b[1]!;
      } else if (cur && line.trim() && !/^\s*(?:\d+|Page\s*\d+)\s*$/i.test(line) && !/\.\s*$/.test(cur))
        cur += ` ${line.trim()}`;
      else if (cur && (!line.trim() || /\.\s*$/.test(cur))) {
        if (/^\s*(?:\d+|Page\s*\d+)\s*$/i.test(line) || !line.trim()) continue;
        break;
      }
    }
    if (cur) bullets.push({ text: squash(cur), criteria: [] });
    if (bullets.length > 1)
      return factAt(
        index,
        { count: bullets.length, items: bullets },
        listed.index,
        listed[0].length,
        0.8,
        `${bullets.length} responsibilities`,
      );
  }
  // A list whose every item is its own paragraph opening "User entities are responsible for …" gives each
  // responsibility its own sentence: "… for provisioning access and for reviewing it" is then one item.
  const oneSentenceEach =
    hits.length >= 3 &&
    hits.every((h) => /^[ \t]*$/.test(index.text.slice(index.text.lastIndexOf("\n", h.index - 1) + 1, h.index)));
  for (const [i, h] of hits.entries()) {
    // Two responsibilities can run together without a full stop ("...setup featuresThe User entity is responsible").
    const next = hits[i + 1]?.index ?? Infinity;
    const rest = index.text.slice(h.index, Math.min(h.index + 800, next));
    // "User entities are responsible for the following controls:" introduces the bullets that each say it again.
    if (next < Infinity && LIST_INTRO.test(rest)) continue;
    const stop = rest.search(/\.(?=\s|$)/);
    const sentenceEnd = stop >= 0 ? stop : rest.length - 1;
    const sentence = squash(rest.slice(0, sentenceEnd + 1));
    // Criteria printed after the sentence: same-line parentheses or the next criteria-only lines.
    let criteria = parseCriteria(/^\s*\(([^)]*)\)/.exec(rest.slice(sentenceEnd + 1))?.[1] ?? "");
    if (criteria.length === 0) {
      const after = rest
        .slice(sentenceEnd + 1)
        .split("\n")
        .map((l) => l.trim());
      const block: string[] = [];
      for (const line of after) {
        if (line === "" && block.length === 0) continue;
        if (!isCriteriaLine(line)) break;
        block.push(line);
      }
      criteria = parseCriteria(block.join(" "));
    }
    // "… responsible for managing X, for protecting Y and for notifying Z": one responsibility per "for" in a
    // sentence; a bullet is one item however many it names.
    const lineStart = index.text.lastIndexOf("\n", h.index - 1) + 1;
    const bullet = /^\s*[•●▪◦*-]\s*$/.test(index.text.slice(lineStart, h.index));
    const parts =
      bullet || oneSentenceEach ? [sentence] : sentence.split(/(?:,\s*(?:and\s+)?|\s+and\s+)for\s+(?=[a-z]+ing\b)/);
    for (const part of parts) items.push({ text: part.replace(/[.,;]$/, ""), criteria });
  }
  return factAt(index, { count: items.length, items }, hits[0]!.index, 200, 0.8, `${items.length} responsibilities`);
}

// A list item under a CUEC heading, however marked (cuec-list-marks.ts).
const BULLET = LIST_ITEM;
// After "… responsible for": a colon (optionally after "the following [controls]") and a bullet on the next line.
const LIST_AFTER_LEAD = /^\s*(?:the\s+following(?:\s+[a-z]+){0,2})?\s*:\s*\n\s*[•●▪◦*-]/;
// A report's section heading: "Section IV: …", "Part 3 …", "Appendix A".
const SECTION_HEADING = /^(?:Section|Part|Appendix|Attachment)\s+(?:[IVX]+|\d{1,2}|[A-Z])\b/;
// A sentence that only introduces a list: it ends in a colon at its line's end.
const LIST_INTRO = /^[^.:\n]{0,120}:[ \t]*\n/;
// An item that has ended: a full stop, or a full stop and its criteria in brackets.
const ITEM_ENDED = /[.;]$|[.;]\s*\([^()]*\)$/;
// A bullet's criteria in brackets on a line of their own under it: "(CC6.2, CC6.3)".
const BRACKETED_CRITERIA = /^\((?:(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}[,;]?\s*(?:and\s+)?)+\)$/;

/**
 * Bullets under a CUEC heading that do not say "responsible for" ("• Customers administer learner accounts …",
 * "• Designate administrators …"), after an introductory sentence and under sub-headings ("Access", "Records").
 */
function bulletedCuecs(
  index: TextIndex,
  isRunning: (line: string) => boolean,
): Fact<{ count: number; items: Cuec[] }> | null {
  for (const head of searchEach(index, CUEC_HEADING)) {
    const lines = index.text.slice(head.index + head[0].length, head.index + head[0].length + 6000).split("\n");
    const items: string[] = [];
    let cur: string | null = null;
    // "… have implemented the following controls:" then one sentence a line, the bullet glyphs drawn by the style
    // sheet: each line that opens with a capital after a finished sentence is an item.
    let glyphless = false;
    let bullets = 0;
    for (const [i, raw] of lines.entries()) {
      const line = raw.trim();
      if (!line || isRunning(line) || /^(?:Page\s*)?\d+(?:\s*of\s*\d+)?$/i.test(line)) continue;
      const b = BULLET.exec(raw);
      if (b) {
        if (cur) items.push(cur);
        cur = b[1]!;
        bullets++;
        continue;
      }
      if (glyphless && bullets === 0) {
        if (line === line.toUpperCase() || (!cur && !/\.$/.test(line) && line.length < 60)) break;
        if (cur && ITEM_ENDED.test(cur) && SECTION_HEADING.test(line)) break;
        if (cur && /[.;]$/.test(cur)) items.push(cur);
        cur = cur && !/[.;]$/.test(cur) ? `${cur} ${line}` : line;
        continue;
      }
      if (!cur && items.length === 0 && i < 4 && /\bfollowing\b[^:]{0,40}:$/.test(line)) {
        glyphless = !BULLET.test(lines.slice(i + 1).find((l) => l.trim()) ?? "");
        continue;
      }
      const nextIsBullet = lines.slice(i + 1).find((l) => l.trim()) ?? "";
      if (cur && (!ITEM_ENDED.test(cur) || BRACKETED_CRITERIA.test(line))) cur += ` ${line}`;
      else if (items.length + (cur ? 1 : 0) === 0 && i < 4)
        continue; // the introduction
      else if (line.length < 60 && !/[.,;:]$/.test(line) && BULLET.test(nextIsBullet)) {
        // A sub-heading between groups of bullets.
        if (cur) items.push(cur);
        cur = null;
      } else break;
    }
    if (cur) items.push(cur);
    if (items.length >= 2) return cuecRows(index, items.map(bulletItem), head, "bullets");
  }
  return null;
}

/** A bullet's text, its criteria from a bracket that closes it ("… no longer needed. (CC6.2, CC6.3)"). */
function bulletItem(bullet: string): Cuec {
  const text = squash(bullet);
  const bracket = /\s*\(([^()]*)\)$/.exec(text);
  const criteria = bracket && BRACKETED_CRITERIA.test(`(${bracket[1]})`) ? parseCriteria(bracket[1]!) : [];
  return { text: criteria.length ? text.slice(0, bracket!.index) : text, criteria };
}

/** Whether a line is printed at the top or bottom of at least three pages (running headers, footers), digits ignored. */
function runningLines(index: TextIndex): (line: string) => boolean {
  const counts = new Map<string, number>();
  const norm = (l: string) => squash(l).replace(/\d+/g, "#");
  for (const start of index.starts) {
    const lines = index.text
      .slice(start, pageEnd(index, start))
      .split("\n")
      .filter((l) => l.trim());
    for (const l of new Set([...lines.slice(0, 3), ...lines.slice(-3)].map(norm)))
      counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const running = new Set([...counts].filter(([, n]) => n >= 3).map(([l]) => l));
  return (line) => running.has(norm(line));
}

/**
 * A CUEC table without numbers, "Complementary User Entity Control | Related Criteria": the control's text runs until
 * its criteria cell, so each run of lines closed by a criteria-only line is one row (a page's running lines and a
 * repeated header row skipped).
 */
function criteriaClosedCuecs(
  index: TextIndex,
  isRunning: (line: string) => boolean,
): Fact<{ count: number; items: Cuec[] }> | null {
  const header = /^[ \t]*(?:Complementary\s*)?User\s*Entity\s*Controls?\b[^\n]*\bCriteri(?:a|on)\b[^\n]*$/gim;
  const headerRow = new RegExp(header.source, "i");
  for (const head of searchEach(index, header)) {
    const body = index.text.slice(head.index + head[0].length, head.index + head[0].length + 8000);
    const items: Cuec[] = [];
    let text: string[] = [];
    let criteria: string[] = [];
    const close = () => {
      if (text.length) items.push({ text: squash(text.join(" ")), criteria: parseCriteria(criteria.join(" ")) });
      text = [];
      criteria = [];
    };
    for (const raw of body.split("\n")) {
      const line = raw.trim();
      if (!line || isRunning(line) || /^\d+$/.test(line)) continue;
      if (headerRow.test(line)) continue;
      if (isCriteriaLine(line)) {
        if (text.length === 0 && criteria.length === 0) break;
        criteria.push(line);
        continue;
      }
      if (criteria.length) close();
      // A heading after the last row, or text that never reaches a criteria cell, ends the table.
      if (text.length === 0 && line.length < 60 && !/[.,;:]$/.test(line) && items.length > 0) break;
      text.push(line);
      if (text.join(" ").length > 600) return null;
    }
    if (criteria.length) close();
    if (items.length >= 2) return cuecRows(index, items, head, "table rows, each closed by its criteria");
  }
  return null;
}

// A contents entry ("DISCLOSURE OF INCIDENTS ⇥ 27", "Incidents ........ 12") names a section without being it.
const CONTENTS_ENTRY = /(?:\t|\.{3,}|\s{2,})\s*\d{1,3}\s*\n?$/;

function statusFromSection(index: TextIndex, heading: RegExp, none: RegExp): Fact<string> {
  const m = findMatch(index, heading, (h) => !CONTENTS_ENTRY.test(h[0]));
  if (!m) return missing();
  // A heading wrapped after a small word ("9. Significant changes during the / period") goes on over its next line.
  let head = m[0].length;
  if (/\b(?:the|of|and|during|in|to|for)[ \t]*\n$/i.test(m[0])) {
    const wrapped = index.text.indexOf("\n", m.index + head);
    if (wrapped > 0 && wrapped - (m.index + head) < 30) head = wrapped + 1 - m.index;
  }
  m[0] = index.text.slice(m.index, m.index + head);
  const body = index.text.slice(m.index + m[0].length, m.index + m[0].length + 600);
  // The section ends at the next heading-like line (short, no final period).
  const bodyLines: string[] = [];
  for (const line of body.split("\n")) {
    const previous = bodyLines.at(-1)?.trim() ?? "";
    if (previous && /\.$/.test(previous) && line.trim().length < 60 && !/[.,;:]$/.test(line.trim())) break;
    bodyLines.push(line);
  }
  const sentence = squash(bodyLines.join(" ").split(/(?<=\.)\s/)[0] ?? "");
  if (none.test(body.slice(0, 300))) return factAt(index, "None", m.index, m[0].length + sentence.length, 0.85);
  if (sentence.length > 10) return factAt(index, sentence, m.index, m[0].length + sentence.length, 0.6);
  return missing();
}

type Disclosure = "changes" | "incidents";
// "no significant changes", "no other system incidents", "did not identify any system incidents".
const NONE_OF: Record<Disclosure, RegExp> = {
  changes:
    /\bno\s+(other\s+)?(?:[\w-]+\s+){0,2}changes\b|\bnot\s+(?:make|identify)\s+any\s+(other\s+)?(?:[\w-]+\s+){0,2}changes\b/i,
  incidents:
    /\bno\s+(other\s+)?(?:[\w-]+\s+){0,3}incidents\b|\b(?:not\s+identify|not\s+aware\s+of)\s+any\s+(other\s+)?(?:[\w-]+\s+){0,3}incidents\b/i,
};
const ABOUT: Record<Disclosure, RegExp> = {
  changes: /\bchang|\bmigrat|\bmoved\b|\breplaced\b|\bintroduced\b|\badopted\b/i,
  // "credentials of a former contractor were used to sign in …": what an incident is, told without the word.
  incidents:
    /\bincident|\boutage|\bunavailab|\bbreach|\bdisrupt|\bunauthori[sz]ed\b|\bcredentials\b[^.]{0,60}\bused\b|\bcompromised?\b|\bphishing\b|\bmalware\b|\bransomware\b/i,
};
// One section for both ("Significant Changes and System Incidents", "Incidents and Changes During the Period").
// A numbered template prints "3.6 Significant Changes and Incidents".
// Also in sentence case when the line is only the two topics: "Significant changes and incidents".
const BOTH_HEADING =
  /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:(?=[^\n]*\b(?:Incidents|INCIDENTS)\b)(?=[^\n]*\b(?:Changes|CHANGES)\b)[A-Z][^\n.:]{0,70}|(?:Significant|System)\s+(?:system\s+)?(?:changes\s+and\s+(?:system\s+|security\s+)?incidents|incidents\s+and\s+(?:significant\s+)?changes)[ \t]*)\n/gm;

// The shared section's heading is looked for twice per report (for changes, then for incidents), each time over the
// whole text when there is none: found once per document and heading pattern.
const sectionHeadings = new WeakMap<TextIndex, Map<RegExp, RegExpExecArray | null>>();

function sectionHeading(index: TextIndex, re: RegExp): RegExpExecArray | null {
  let found = sectionHeadings.get(index);
  if (!found) sectionHeadings.set(index, (found = new Map()));
  if (!found.has(re)) found.set(re, findMatch(index, re, (h) => !CONTENTS_ENTRY.test(h[0])) ?? null);
  return found.get(re) ?? null;
}

/**
 * A section that reports changes and incidents together: "No other significant changes …" says the sentence before it
 * was a change; "no significant changes" (without "other") says there was none; otherwise a sentence about one.
 */
function fromSharedSection(index: TextIndex, kind: Disclosure, headingRe = BOTH_HEADING): Fact<string> | null {
  const heading = sectionHeading(index, headingRe);
  if (!heading) return null;
  const start = heading.index + heading[0].length;
  const lines: string[] = [];
  for (const line of index.text.slice(start, Math.min(start + 1500, pageEnd(index, start))).split("\n")) {
    const previous = lines.at(-1)?.trim() ?? "";
    if (previous && /\.$/.test(previous) && line.trim().length < 60 && !/[.,;:]$/.test(line.trim())) break;
    lines.push(line);
  }
  const body = lines.join("\n");
  const sentences: { text: string; offset: number }[] = [];
  for (const m of body.matchAll(/[^.]+(?:\.(?=\S)[^.]*)*\.?/g)) {
    const text = squash(m[0]);
    if (text.length > 3) sentences.push({ text, offset: start + m.index + (m[0].length - m[0].trimStart().length) });
  }
  const negative = (t: string) => NONE_OF.changes.test(t) || NONE_OF.incidents.test(t);
  const at = (sentence: { text: string; offset: number }, value: string, confidence: number) =>
    factAt(index, value, sentence.offset, sentence.text.length, confidence);
  const none = sentences.find((x) => NONE_OF[kind].exec(x.text));
  if (none && !NONE_OF[kind].exec(none.text)!.slice(1).some(Boolean)) return at(none, "None", 0.8);
  const told = sentences.filter((x) => !negative(x.text));
  // "… No other significant changes": the account before it is a change, whatever its words.
  const narrative = none ? told.find((x) => x.offset < none.offset) : told.find((x) => ABOUT[kind].test(x.text));
  return narrative ? at(narrative, narrative.text, 0.6) : null;
}

// A section of one kind only: "Significant Changes During the Period", "Changes during the period", "System Incidents".
const CHANGES_HEADING = /^[ \t]*(?:Significant\s+|SIGNIFICANT\s+)?(?:System\s+)?(?:Changes|CHANGES)\b[^\n.:]{0,50}\n/gm;
const INCIDENTS_HEADING =
  /^[ \t]*(?:(?:Identified|Significant|Reported)\s+)?(?:System\s+|Security\s+)?Incidents\b[^\n.:]{0,40}\n/gm;

// "Because this is a report as of a point in time, no changes during a period are described": the report says what it
// does not describe, not that nothing changed.
const CHANGES_NOT_DESCRIBED =
  /(?:point\s+in\s+time|Type\s*(?:1|I)\b)[^.]{0,120}?\bno\s+(?:[\w-]+\s+){0,2}changes\b[^.]{0,60}?\b(?:are|is|were)\s+(?:described|presented|reported|included)\b/i;

export function findSignificantChanges(index: TextIndex): Fact<string> {
  const notDescribed = search(index, CHANGES_NOT_DESCRIBED);
  if (notDescribed) return missing("a point-in-time report describes no changes during a period");
  const shared = fromSharedSection(index, "changes");
  if (shared) return shared;
  const own = statusFromSection(
    index,
    // "Changes to the System During the Period", "System Changes in the Review Period": a heading line of its own.
    /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:Significant\s*Changes|SIGNIFICANT\s*CHANGES|Changes\s+(?:during|in)\s+the\s+period|(?:System\s+)?Changes\s+(?:to|in)\s+the\s+System(?:\s+(?:during|in)\s+the(?:\s+\w+)?\s+Period)?[ \t]*$|System\s+Changes(?:\s+(?:during|in)\s+the(?:\s+\w+)?\s+Period)?[ \t]*$)\b[^\n.]{0,50}\n/im,
    /there\s*(?:were|have\s*been)\s*no\s*(?:significant\s*)?changes|no\s*significant\s*changes|\b(?:did\s+not|has\s+not|have\s+not)\s+(?:make|made|undergo|undergone|experience[ds]?)\s+any\s+significant\s+changes/i,
  );
  // Changes told in the incidents section ("… No significant changes were made").
  if (own.value) return own;
  return (
    runInChanges(index) ??
    fromSharedSection(index, "changes", INCIDENTS_HEADING) ??
    noneDuringPeriod(index, "changes") ??
    own
  );
}

// A run-in heading, the description's paragraphs each opening with their topic and a full stop: "Significant
// changes. In August 2025, we replaced …". The change is the sentence after it, up to a full stop that ends its line
// or is followed by a new sentence.
const RUN_IN_CHANGES =
  /^[ \t]*(?:(?:Significant|SIGNIFICANT)\s+(?:[Cc]hanges|CHANGES)|Changes\s+(?:to\s+the\s+system\s+)?(?:during|in)\s+the\s+period)\.[ \t]+(\p{Lu}[\s\S]{8,600}?\.)(?=[ \t]*\n|[ \t]+\p{Lu}|$)/mu;

function runInChanges(index: TextIndex): Fact<string> | null {
  const m = search(index, RUN_IN_CHANGES);
  if (!m) return null;
  const text = squash(m[1]!);
  const offset = m.index + m[0].length - m[1]!.length;
  if (NONE_OF.changes.test(text) && !/\bother\b/i.test(text))
    return factAt(index, "None", offset, m[1]!.length, 0.7, "the run-in 'Significant changes.' paragraph says none");
  return factAt(index, text, offset, m[1]!.length, 0.6, "the run-in 'Significant changes.' paragraph");
}

// "There were no significant changes to the system and no security incidents during the period.": one sentence with
// no heading of its own, said of the period under examination.
const NONE_DURING_PERIOD: Record<Disclosure, RegExp> = {
  changes:
    /\b(?:there\s+(?:were|have\s+been)\s+no\s+significant\s+changes\b|no\s+significant\s+changes\s+(?:were|have\s+been)\s+made\b)[^.]{0,120}?\b(?:during|throughout|in)\s+the\s+(?:\w+\s+)?period\b/i,
  incidents:
    /\b(?:there\s+(?:were|have\s+been)\s+no\s+(?:significant\s+)?(?:changes\b[^.]{0,80}?\band\s+no\s+)?|no\s+)(?:security|system|reportable)\s+incidents\b[^.]{0,80}?\b(?:during|throughout|in)\s+the\s+(?:\w+\s+)?period\b/i,
};

function noneDuringPeriod(index: TextIndex, kind: Disclosure): Fact<string> | null {
  const m = search(index, NONE_DURING_PERIOD[kind]);
  return m
    ? factAt(index, "None", m.index, m[0].length, 0.7, "a sentence saying none occurred during the period")
    : null;
}

export function findIncidents(index: TextIndex): Fact<string> {
  const shared = fromSharedSection(index, "incidents");
  if (shared) return shared;
  const own = incidentsSection(index);
  // Incidents told in the changes section ("… No system incidents requiring disclosure occurred").
  if (own.value) return own;
  return fromSharedSection(index, "incidents", CHANGES_HEADING) ?? noneDuringPeriod(index, "incidents") ?? own;
}

function incidentsSection(index: TextIndex): Fact<string> {
  return statusFromSection(
    index,
    /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:(?:Identified|Significant|Reported)\s*)?(?:System|Security)\s*Incidents\b[^\n.]{0,30}\n|^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:Incidents|SYSTEM\s*INCIDENTS)[ \t]*\n|^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:Disclosure\s*of|DISCLOSURE\s*OF)\s*(?:System\s*|SYSTEM\s*)?(?:Incidents|INCIDENTS)[^\n.]{0,30}\n/m,
    // "No security incidents that affected …", "no reportable system incidents".
    // "X did not experience any security incidents", "is not aware of any reportable incidents".
    /\bno\s+(?!other\b)(?:[\w-]+\s+){0,2}incidents\b|there\s*(?:were|have\s*been)\s*no\s*(?:significant\s*)?(?:system\s*)?incidents|\b(?:did\s+not|has\s+not|have\s+not)\s+(?:experience[ds]?|identif(?:y|ied)|detect(?:ed)?|ha[dv]e?|suffer(?:ed)?)\s+any\s+(?:[\w-]+\s+){0,2}incidents\b|\bnot\s+aware\s+of\s+any\s+(?:[\w-]+\s+){0,2}incidents\b/i,
  );
}
