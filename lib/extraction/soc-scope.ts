// SOC report scope facts: organisation, system, period, type, categories, opinion.
import { locationTablePlaces, serviceTableNames } from "./soc-scope-tables";
import { servicesAfterIntro } from "./soc-services-intro";
import { addDays, addMonths } from "@/lib/dates";
import { DATE_PATTERN, findDates } from "./dates";
import { escapeRe, squash } from "./normalize";
import type { DocKind, Fact } from "./types";
import { joinBrokenWords } from "./line-end-hyphens";
import { locationsInSentence } from "./soc-locations-prose";
import { servicesInSentence } from "./soc-services-prose";
import { factAt, findMatch, missing, search, searchAll, searchEach, type TextIndex } from "./text-index";

const ORG_LINE = /^[A-Z][\w&.,'()\- ]{1,80}$/;
const ORG_FORM =
  /\b(Corporation|Inc\.?|LLC|Ltd\.?|Limited|GmbH|S\.A\.|plc|Company|Co\.|LLP|Pvt\.?|Pte\.?|B\.V\.|AG|Pty)$/i;

export function findServiceOrganization(index: TextIndex): Fact<string> {
  const to = search(
    index,
    // "To the Board of Directors and Management of X", "To the Directors of X", "To the Members of X": either
    // addressee, or both joined; "To,\nThe Board of Directors,\nX," as Indian reports address it.
    /^\s*To\s*,?\s*(?:the\s*)?(?:Management|Board\s*of\s*(?:Directors|Managers)|Directors|Members|Shareholders|Partners)(?:\s+and\s+(?:the\s+)?(?:Management|Board\s*of\s*Directors))?\s*(?:of|at)?\s*[:,]?\s*(?:\n\s*)?([^\n]+?)\s*[:,]?\s*$/im,
  );
  if (to && ORG_LINE.test(squash(to[1]!).replace(/[:,]$/, "")) && !/^(of|at)$/i.test(to[1]!)) {
    return factAt(index, squash(to[1]!).replace(/[:,]$/, ""), to.index, to[0].length, 0.9);
  }
  const toOrg = search(index, /^\s*To\s+([A-Z][\w&.,' ]{1,80}?):\s*$/m);
  if (toOrg) return factAt(index, squash(toOrg[1]!), toOrg.index, toOrg[0].length, 0.9);
  // "To : Walkover Web Solutions Private Limited." (addressee after a colon, with a legal form).
  const toColon = search(index, /^\s*To\s*:\s*([A-Z][\w&.,' ]{1,80}?)\.?\s*$/m);
  if (toColon && ORG_FORM.test(squash(toColon[1]!)))
    return factAt(index, squash(toColon[1]!), toColon.index, toColon[0].length, 0.85);
  // Addressee block right under the report heading ("Independent Service Auditors' Report\nMicrosoft Corporation\n...").
  for (const heading of searchEach(
    index,
    /independent\s*service\s*auditors?'?s?'?\s*report\s*?\n(?:[^\n]{0,20}\n)?([^\n]+)\n/gi,
  )) {
    const line = squash(heading[1]!);
    if (/\b(Corporation|Inc\.?|LLC|Ltd\.?|Limited|GmbH|S\.A\.|plc|Company|Co\.)$/i.test(line)) {
      return factAt(
        index,
        line,
        heading.index + heading[0].indexOf(heading[1]!),
        heading[1]!.length,
        0.75,
        "addressee of the auditor's report",
      );
    }
  }
  const examined = search(index, /We\s*have\s*examined\s*([A-Z][\w&.,' ]{1,60}?)'s?\s*(?:\(|accompanying)/);
  if (examined) return factAt(index, squash(examined[1]!), examined.index, examined[0].length, 0.7);
  return missing();
}

function cleanSystemName(raw: string): string {
  return (
    squash(raw)
      .replace(/^(the|its)\s+/i, "")
      // "Sign-\nIn Service": a word hyphenated at a line end is one word.
      .replace(/(\w)-\s+(?=[A-Z])/g, "$1-")
      .replace(/\s*\((?:the\s*)?["']?[\w ]*["']?\)\s*$/i, "")
      .replace(/[,.]$/, "")
  );
}

const REPORT_WORDS =
  /^(?:Tests?|Controls?|Results?|Criteria|Management|Complementary|Subservice|User|Service\s+Organi[sz]ation|the\s+System)\b/i;
const SYSTEM_WORDS = String.raw`[A-Z][\w®&'-]*(?:[ \t]*\n?[ \t]*(?:[A-Z0-9][\w®&'-]*|and|&|of|for)){0,7}?`;
const DESCRIPTION_OF_SYSTEM = new RegExp(
  String.raw`[Dd]escription\s+of\s+(?:[Tt]he\s+|[Ii]ts\s+|[A-Z][\w&.,' -]{1,60}?'s?\s+(?:\([^)\n]{1,40}\)\s+)?)?(${SYSTEM_WORDS})` +
    String.raw`(?=\s+(?:titled\b|throughout\b|for\s+the\s+period\b|for\s+processing\b|as\s+of\b|and\s+(?:on\s+)?the\s+[Ss]uitability\b|of\s+[A-Z])|\s*\()`,
);

export function findSystemName(index: TextIndex, org: string | null): Fact<string> {
  const patterns: [RegExp, number][] = [
    [
      /description\s*of\s*its\s*([^\n]*?(?:\n[^\n]*?)?\s*systems?)\b(?=[\s,]*(?:found|in\s*Section|titled|throughout|for\s*the|for\s*processing|,|\())/i,
      0.9,
    ],
    [
      /controls\s*within\s*(?:the\s*)?([^\n"(]{2,80}?(?:\n[^\n"(]{0,80}?)?)\s*\((?:the\s*)?["']?(?:system|platform)/i,
      0.85,
    ],
    // "description of its Close Automation Platform titled …": a name in capitals, whatever its last word (a word of it
    // may be broken at a line's end: "Clinical Schedul-" / "ing Service").
    [
      /description\s*of\s*its\s+([A-Z][\w®&'-]*(?:\n[a-z]+)?(?:\s+(?:[A-Z0-9][\w®&'-]*(?:\n[a-z]+)?|and|&|of|for)){0,7})\s+(?=titled|for\s*the\s*period|throughout|as\s*of|\()/,
      0.85,
    ],
    // A SOC 3 opinion: "management's assertion that the controls within the Acme Data Room were effective …", "… within
    // the Brightwell Scheduler system were effective" (the generic word in lower case is not part of the name).
    [
      new RegExp(
        String.raw`controls\s+within\s+(?:the\s+)?(${SYSTEM_WORDS})(?:\s+(?:system|platform|application))?\s+(?:were|was|are|is)\s+effective\b`,
      ),
      0.8,
    ],
    [/We\s*have\s*examined\s*the\s*effectiveness\s*of\s*([^(]{2,120}?)\s*\(the/i, 0.75],
    // Opinion item 1: "The description fairly presents the MSG91 Software Application by <Org> that was designed".
    [/description\s*fairly\s*presents\s*(?:the\s*)?([^\n"]{2,80}?)\s*(?:provided\s*)?by\s*[A-Z]/i, 0.7],
    // The examination's own wording names the system as the object of "description of": "description of the Insight
    // Platform of Acme, Inc. as of …", "description of Acme, Inc.'s ("Acme") CareBridge Platform throughout the
    // period …", "Description of Its Insight Platform and on the Suitability …": a name in capitals, closed by what
    // the sentence says next.
    [DESCRIPTION_OF_SYSTEM, 0.8],
  ];
  for (const [re, confidence] of patterns) {
    // The last pattern's match may be the report's own vocabulary ("Description of Tests of Controls"): the first
    // match that is not.
    const m =
      re === DESCRIPTION_OF_SYSTEM
        ? (findMatch(index, new RegExp(re.source, "g"), (h) => !REPORT_WORDS.test(cleanSystemName(h[1]!))) ?? null)
        : search(index, re);
    if (!m) continue;
    // "description of its Mossgiel LMS titled "Mossgiel Learning Systems, Inc.'s …"": the name ends at "titled".
    m[1] = m[1]!.split(/\s+titled\b/)[0]!;
    let name = cleanSystemName(m[1]!);
    if (org) {
      // "controls within HackerBay\nFyipe Platform": the organisation's name printed in front of the system's name.
      const short = org.replace(/,?\s*(Inc\.?|LLC|Ltd\.?|Corporation|Corp\.?)$/i, "").trim();
      const lead = new RegExp(`^\\s*(?:the\\s+)?${escapeRe(short).replace(/\s+/g, "\\s+")}(?:'s?\\s+|\\s*\\n)`, "i");
      const stripped = m[1]!.replace(lead, "");
      if (stripped !== m[1]! && squash(stripped).includes(" ")) name = cleanSystemName(stripped);
      // "controls within Alderpoint's Fleet Telemetry Platform": the organisation's short name as a possessive.
      const possessive = /^([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})'s?\s+(\S[\s\S]*)$/.exec(name);
      if (possessive && org.toLowerCase().startsWith(possessive[1]!.toLowerCase()) && possessive[2]!.includes(" "))
        name = cleanSystemName(possessive[2]!);
    }
    // "Corrib Fleet Telem-" / "atics System": a word a typesetter broke at the line's end is one word again.
    name = joinBrokenWords(name, index.text);
    if (name.length >= 2) return factAt(index, name, m.index, m[0].length, confidence);
  }
  return missing();
}

const GENERIC_WORDS = /\b(systems?|platform|services?|applications?)\b/gi;

/**
 * The items of the lines after `intro` that `read` takes, up to the first line it refuses once an item is read; before
 * the first, a line `skippable` allows (blank, or the introduction going on) is passed over.
 */
function itemsAfter(
  index: TextIndex,
  intro: RegExp,
  limit: number,
  read: (line: string) => string | null,
  skippable: (line: string) => boolean,
): { items: string[]; offset: number; length: number } | null {
  const m = search(index, intro);
  if (!m) return null;
  const items: string[] = [];
  let length = m[0].length;
  for (const line of index.text
    .slice(m.index + m[0].length)
    .split("\n")
    .slice(0, limit)) {
    const item = read(line);
    if (item === null) {
      if (items.length > 0 || !skippable(line)) break;
      continue;
    }
    items.push(item);
    length += line.length + 1;
  }
  return items.length ? { items, offset: m.index, length } : null;
}

function bulletsAfter(index: TextIndex, intro: RegExp): { items: string[]; offset: number; length: number } | null {
  return itemsAfter(
    index,
    intro,
    40,
    (line) => {
      // U+F0B7: a word processor's symbol-font bullet.
      const bullet = /^\s*[•▪◦●*\uF0B7-]\s+(.+)$/.exec(line);
      return bullet ? squash(bullet[1]!).replace(/[;.]$/, "") : null;
    },
    (line) => line.trim().length === 0 || /:$/.test(line.trim()),
  );
}

const FOLLOWING_SERVICES =
  /(?:comprises|includes|consists\s*of|provides)\s*the\s*following\s*(?:services|products|applications)[^\n]*:\s*\n/i;

/**
 * The offerings listed one a line as "Name — what it is;" after an introduction, their bullets drawn by a style sheet
 * (none in the text layer): each line's name, up to the first line that is not one.
 */
function namedLinesAfter(index: TextIndex, intro: RegExp): Fact<string[]> | null {
  const list = itemsAfter(
    index,
    intro,
    12,
    (line) => NAMED_BULLET.exec(line.trim())?.[1] ?? null,
    (line) => line.trim().length === 0,
  );
  return list ? factAt(index, list.items, list.offset, list.length, 0.75) : null;
}

/** A bulleted list introduced as the system's services ("... comprises the following services:"). */
export function findServices(index: TextIndex, system: Fact<string>): Fact<string[]> {
  const list = bulletsAfter(index, FOLLOWING_SERVICES);
  if (list) {
    // "Acme Notes - clinical notes": when every bullet names an offering and says what it is, the names are the list.
    const names = list.items.map((item) => NAMED_BULLET.exec(item)?.[1]);
    const items = names.every(Boolean) ? (names as string[]) : list.items;
    return factAt(index, items, list.offset, list.length, 0.8);
  }
  const unmarked = namedLinesAfter(index, FOLLOWING_SERVICES);
  if (unmarked) return unmarked;
  const named = namedUnderServicesHeading(index);
  if (named) return named;
  const introduced = servicesAfterIntro(index);
  if (introduced) return introduced;
  const table = serviceTableRows(index);
  // The table read by position stands where it holds at least the rows the text lines gave (soc-scope-tables.ts).
  const positioned = index.doc ? serviceTableNames(index.doc) : null;
  if (positioned && positioned.length >= (table?.value?.length ?? 0)) {
    const at = index.text.indexOf(positioned[0]!);
    if (at >= 0)
      return factAt(
        index,
        positioned,
        at,
        positioned[0]!.length,
        0.75,
        "the first column of the services table, read by position",
      );
  }
  if (table) return table;
  const told = servicesInSentence(index, system.value);
  if (told) return told;
  // The system under examination names the products first; a SOC 3 passes none, and its offering is read from
  // the services section.
  const fromName = servicesFromSystemName(system);
  if (fromName.value && fromName.value.length === 1) {
    // Cited on the sentence that names both.
    const companion = companionApplication(index, fromName.value[0]!);
    if (companion)
      return factAt(
        index,
        [fromName.value[0]!, squash(companion[1]!)],
        companion.index,
        companion[0].length,
        0.6,
        "the system and the application provided with it",
      );
  }
  return fromName.value ? fromName : servicesFromOverview(index);
}

/**
 * "Acme provides Acme RouteDesk, a dispatch platform for carriers, together with the RouteDesk Driver mobile
 * application": the sentence that provides the system names a second product, an application of its own name that
 * comes with it. The name is in capitals and the kind noun closes it ("mobile application", "app"), so "together with
 * the customer's own application" names none.
 */
function companionApplication(index: TextIndex, product: string): RegExpExecArray | null {
  const name = escapeRe(product).replace(/\s+/g, "\\s+");
  const m = search(
    index,
    new RegExp(
      `\\b(?:provides|offers|operates)\\s+(?:the\\s+)?${name}\\b[^.;]{0,200}?,?\\s+(?:together\\s+with|along\\s+with|and)\\s+(?:the\\s+|its\\s+)?([A-Z][\\w®&'-]*(?:\\s+[A-Z][\\w®&'-]*){0,3})\\s+(?:(?:mobile|desktop|web|companion)\\s+)?(?:application|app)\\b`,
    ),
  );
  return m;
}

// A two-column table of the services in scope whose header line is its only labels: "Service  Description",
// "Service  What it does", "Product  Purpose".
const SERVICE_TABLE_HEADER =
  /^[ \t]*(?:Services?|Products?|Offerings?|Modules?|Applications?)[ \t]+(?:Description|What\s+it\s+does|Purpose|Function)[ \t]*$/gm;
// A row as the text layer prints it, its cells joined by a space: the name in capitals ("Acme Ledger", "Acme Data
// API"), then the description, which opens with a word in sentence case and goes on in lower case ("Hosted multi-currency
// ledger …", "Browser-based reporting on …"). The name is every word before that one.
const SERVICE_ROW = /^[ \t]*((?:[A-Z0-9][\w®&'.-]*[ \t]+){1,5}?)([A-Z][a-z][\w-]*)[ \t]+[a-z]/;

/**
 * The services named in the first column of a "Service | Description" table. A row whose description opens with an
 * acronym ("Acme Payouts API REST API that …") does not say where the name ends, so the table is not read.
 */
function serviceTableRows(index: TextIndex): Fact<string[]> | null {
  for (const header of searchEach(index, SERVICE_TABLE_HEADER)) {
    const start = header.index + header[0].length + 1;
    const names: string[] = [];
    let length = header[0].length;
    let clear = true;
    for (const line of index.text
      .slice(start, start + 3000)
      .split("\n")
      .slice(0, 12)) {
      if (!line.trim()) {
        if (names.length) break;
        length += line.length + 1;
        continue;
      }
      const row = SERVICE_ROW.exec(line);
      if (!row) {
        // A row in capitals up to its first lower-case word with no word in sentence case before it: the name's end is
        // not printed.
        if (/^[ \t]*(?:[A-Z0-9][\w®&'.-]*[ \t]+){2,}[a-z]/.test(line)) clear = false;
        break;
      }
      names.push(squash(row[1]!));
      length += line.length + 1;
    }
    if (!clear || names.length === 0) continue;
    return factAt(index, names, header.index, length, 0.7, "the first column of the services table");
  }
  return null;
}

// A bullet that names an offering and then says what it is: "Acme Sign: electronic signature workflows",
// "Acme Vault – long-term storage".
const NAMED_BULLET = /^([A-Z][\w®&'.-]*(?:\s+[A-Z0-9][\w®&'.-]*){0,5})\s*(?::|\s[-–—])\s+\S/;

/** The offerings bulleted under a services heading ("Services Provided"), each by its name, when every bullet names one. */
function namedUnderServicesHeading(index: TextIndex): Fact<string[]> | null {
  const list = bulletsAfter(index, new RegExp(`${SERVICES_HEADING.source}\\n`, "im"));
  if (!list) return null;
  // "Acme Sign: electronic signatures", or the bare name ("Acme Sign") under a heading of the services in scope.
  const names = list.items.map((item) => NAMED_BULLET.exec(item)?.[1] ?? BARE_NAME.exec(item)?.[0]);
  if (names.some((n) => !n)) return null;
  return factAt(index, names as string[], list.offset, list.length, 0.8);
}

// A system description's section on what the organisation provides ("Types of Services Provided", "Company
// Background and Description of Services Provided", "Overview of Services"), as a heading line of its own.
const SERVICES_HEADING =
  /^[#*\s]*[^\n.;:]{0,50}?(?:(?:types?|overview|description)\s*of\s*(?:the\s*)?(?:products\s*and\s*)?services|services\s*(?:provided|offered|overview|covered(?:\s*by\s*this\s*report)?|in\s*scope|included)|in[-\s]scope\s*services)[*\s]*:?[ \t]*$/gim;
// A product's name alone: two to six words in capitals (a single word is too often a heading or a category).
const BARE_NAME = /^[A-Z][\w®&'.-]*(?:\s+[A-Z0-9][\w®&'.-]*){1,5}$/;
// Its opening sentence names the offering and says what it is: "The Acme Platform (the Platform) is a managed
// database service …". The kind noun must close the description, so "is a company that …" is not a service.
const OFFERING_SENTENCE =
  /^\s*(?:The\s+)?([A-Z][\w®&'.-]*(?:[ \t]+(?:[A-Z0-9][\w®&'.-]*|and|&)){0,6}?)\s*(?:\([^)\n]{1,80}\)\s*)?(?:is|are)\s+(?:a|an)\s+([^.\n]{0,160}?\b(?:services?|platforms?|applications?|solutions?|products?|software))\b/;
const NOT_AN_OFFERING = /^(?:company|organi[sz]ation|entity|service\s*organi[sz]ation|system|firm|business)$/i;
// How far into the section its opening paragraph is read.
const SECTION_OPENING = 700;

/** The offering the services section opens with ("The Acme Platform (the Platform) is a … service"). */
export function servicesFromOverview(index: TextIndex): Fact<string[]> {
  for (const heading of searchEach(index, SERVICES_HEADING)) {
    if (heading[0].trim().length > 90) continue;
    const after = heading.index + heading[0].length;
    const window = index.text.slice(after, after + SECTION_OPENING);
    const sentence = OFFERING_SENTENCE.exec(window);
    if (sentence) {
      const subject = squash(sentence[1]!);
      const names = subject.split(/\s*(?:,|\band\b|&)\s*/).filter((n) => n.length > 1);
      if (!NOT_AN_OFFERING.test(subject) && !ORG_FORM.test(subject) && names.length > 0)
        return factAt(
          index,
          names,
          after + sentence.index,
          sentence[0].length,
          0.7,
          "the offering named at the start of the services section",
        );
    }
  }
  return missing();
}

/**
 * "Alderpoint Telemetry, Inc. … provides the Fleet Telemetry Platform, which …": a report whose organisation says it
 * provides the system under examination offers that system as its service.
 */
export function servicesProvidedAsSystem(index: TextIndex, system: Fact<string>): Fact<string[]> {
  if (!system.value) return missing();
  // "Sign-In" may be printed "Sign-\nIn": white space may follow a hyphen.
  const name = escapeRe(system.value)
    .replace(/\\?-\s*/g, "-\\s*")
    .replace(/\s+/g, "\\s+");
  const m = search(index, new RegExp(`\\b(?:provides|operates|offers)\\s+(?:the\\s+)?${name}\\b`, "i"));
  if (m)
    return factAt(index, [system.value], m.index, m[0].length, 0.65, "the organisation provides the system examined");
  // A services section (a heading of its own or run in: "Services. The Acme Sign-In Service lets …") that opens with
  // the system as its subject says the system is the service offered.
  const section = search(
    index,
    new RegExp(
      `^[ \\t]*(?:Services|Services\\s+provided|Overview\\s+of\\s+services)\\s*[.:]?\\s+(?:The\\s+)?${name}\\b`,
      "im",
    ),
  );
  if (section)
    return factAt(
      index,
      [system.value],
      section.index,
      section[0].length,
      0.65,
      "the services section is about the system examined",
    );
  // A paragraph that opens with the system as the subject of what its users do with it: "The Acme Data Room is used
  // by law firms …", "The Acme Platform lets customers …".
  // It may also open with what it provides ("The Acme Object Storage Service provides S3-compatible storage …"), and
  // with the organisation's name before a name the report gave as "Acme's Archive Cloud" ("Acme Archive Cloud
  // provides …").
  const subject = search(
    index,
    new RegExp(
      `^[ \\t]*(?:The\\s+${name}|(?:The\\s+)?(\\p{Lu}[\\p{L}-]+)\\s+${name})\\s+(?:is\\s+used\\s+by|(?:is|are)\\s+(?:a|an)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:service|platform|application|solution)|lets|enables|allows|helps|gives|provides|offers|delivers)\\b`,
      "mu",
    ),
  );
  if (subject) {
    const named = subject[1] && !/^The$/i.test(subject[1]) ? `${subject[1]} ${system.value}` : system.value;
    return factAt(index, [named], subject.index, subject[0].length, 0.6, "a paragraph about the system's use");
  }
  return productSaidToBeAService(index, system.value);
}

/**
 * A SOC 3 names its system "Acme Edge Messaging System" (or "… Cloud system") in the auditor's report and its
 * boundaries section calls the product by its name alone, as a sentence's subject without "The": "Acme Edge Messaging
 * is a low-latency messaging service for …", "Germany. Acme Insight Cloud is a hosted product-analytics service
 * that …". The kind noun must follow within two words, so "Acme is a company" or "… is a leading provider" is not it.
 */
function productSaidToBeAService(index: TextIndex, system: string): Fact<string[]> {
  const bare = system.replace(/\s+system$/i, "");
  // Without its last word "system" the name must still be two words, or it is the organisation's short name.
  if (!/\s/.test(bare)) return missing();
  const name = escapeRe(bare)
    .replace(/\\?-\s*/g, "-\\s*")
    .replace(/\s+/g, "\\s+");
  const m = search(
    index,
    new RegExp(
      `(?:^[ \\t]*|[.]\\s+)(?:The\\s+)?(${name})(?:\\s+[Ss]ystem)?\\s+(?:is|are)\\s+(?:a|an)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:service|platform|application|solution)\\b`,
      "m",
    ),
  );
  if (!m) return missing();
  const at = m.index + m[0].indexOf(m[1]!);
  return factAt(index, [squash(m[1]!)], at, m[1]!.length, 0.6, "the boundaries section says the product is a service");
}

const PLACE = String.raw`[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?`;
const OWN_FACILITIES = new RegExp(
  String.raw`\b(?:its|our)\s+own\s+data\s*cent(?:re|er)s?(?:\s+(?:suites|facilities|halls))?\s+in\s+(${PLACE})\s+and\s+(${PLACE}),\s+(${PLACE}(?:[ \t]+[A-Z][\w'-]+)?)(?=\s*[,.;]|\s+and\b)`,
);

const OWN_AND_RECOVERY = new RegExp(
  String.raw`\b(?:its|our|[A-Z][\w&-]*'s)\s+own\s+data\s*cent(?:re|er)\s+in\s+(${PLACE})\s+(?:with|and)\s+(?:a|its)\s+(?:(?:disaster\s+)?recovery|backup|secondary|failover)\s+(?:site|data\s*cent(?:re|er)|facility)\s+in\s+(${PLACE})\b`,
);
const CITY_STATE = String.raw`[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,\s+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?`;
// "in Leeds, United Kingdom": a place named after "in", ending where its sentence or clause goes on.
// "in Raleigh, North Carolina and Austin, Texas": two places.
const PLACE_IN = new RegExp(
  String.raw`\bin\s+(${CITY_STATE})(?:\s+and\s+(${CITY_STATE}))?(?=\s*[(,.;]|\s+(?:and|with|where|from)\b|\s*$)`,
  "g",
);
const PLACE_PAIR = new RegExp(
  String.raw`\bin\s+(${CITY_STATE})(?:\s+\((?:primary|secondary|replica|backup|production|disaster\s+recovery)\))?\s+and\s+(${CITY_STATE})(?=\s*[(,.;]|\s+(?:and|with)\b)`,
  "g",
);
// Servers, storage and the rooms they stand in (not offices, not a head office).
const EQUIPMENT = /\b(?:servers|storage\s+clusters|data\s*cent(?:re|er)s?|colocation|cages|racks|hardware)\b/i;

/** Locations from an explicit in-scope list under a locations heading, or the organisation's own facilities in a sentence; tables of data centres are not parsed. */
export function findLocations(index: TextIndex): Fact<string[]> {
  const list = bulletsAfter(
    index,
    /^[^\n]{0,40}\bLocations?\b[^\n.]{0,40}\n(?:[^\n:]*(?:in\s*scope|following)[^\n:]*\n){0,1}[^\n]*:[ \t]*\n/m,
  );
  if (list) return factAt(index, list.items, list.offset, list.length, 0.75);
  // A table of the organisation's sites ("Facility | Location | Purpose"), read by position (soc-scope-tables.ts).
  const sites = index.doc ? locationTablePlaces(index.doc) : null;
  const siteAt = sites ? index.text.indexOf(sites[0]!.split(",")[0]!) : -1;
  if (sites && siteAt >= 0)
    return factAt(
      index,
      sites,
      siteAt,
      sites[0]!.split(",")[0]!.length,
      0.7,
      "the location column of the sites table, read by position",
    );
  // A "Locations" heading over a paragraph that names the places ("… personnel located at the Company's offices in
  // Raleigh, North Carolina and Austin, Texas", "head office … is in Leeds, United Kingdom … data centre in
  // Manchester, United Kingdom"): under that heading each "in City, Region" is one of the system's locations.
  const heading = search(index, /^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?Locations?[ \t]*:?[ \t]*\n/m);
  if (heading) {
    const from = heading.index + heading[0].length;
    const blank = index.text.slice(from).search(/\n[ \t]*\n/);
    const paragraph = index.text.slice(from, from + Math.min(blank < 0 ? 400 : blank, 400));
    const places = [...paragraph.matchAll(PLACE_IN)].flatMap((p) =>
      [p[1], p[2]]
        .filter((t): t is string => !!t)
        .map((t) => ({ text: squash(t), at: from + p.index + p[0].lastIndexOf(t) })),
    );
    const unique = places.filter((p, i) => places.findIndex((q) => q.text === p.text) === i);
    if (unique.length > 0) {
      const last = unique.at(-1)!;
      return factAt(
        index,
        unique.map((p) => p.text),
        unique[0]!.at,
        last.at + last.text.length + 3 - unique[0]!.at,
        0.6,
        "the places named under the description's locations heading",
      );
    }
  }
  // The organisation runs the system from facilities of its own, named in a sentence: "operates the system from its
  // own data centre suites in Slough and Manchester, United Kingdom". (A cloud region someone else runs is not a
  // location of the organisation's.)
  const own = search(index, OWN_FACILITIES);
  if (own) {
    const country = squash(own[3]!);
    const places = [own[1]!, own[2]!].map((p) => `${squash(p)}, ${country}`);
    return factAt(
      index,
      places,
      own.index,
      own[0].length,
      0.6,
      "the organisation's own facilities named in a sentence",
    );
  }
  // "hosted in Acme's own data centre in Providence with a recovery site in Halifax": its own site and its recovery
  // site, each named with its region where the report prints one ("Halifax, Nova Scotia").
  const recovery = search(index, OWN_AND_RECOVERY);
  if (recovery) {
    const places = [recovery[1]!, recovery[2]!].map((p) => {
      const full = search(index, new RegExp(String.raw`\b${escapeRe(p)},\s+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b`));
      return full ? `${p}, ${squash(full[1]!)}` : p;
    });
    return factAt(
      index,
      places,
      recovery.index,
      recovery[0].length,
      0.6,
      "the organisation's own data centre and its recovery site",
    );
  }
  // "servers in cages leased from X in Ashburn, Virginia (primary) and Dallas, Texas (replica)": two places, each
  // "City, State", in a sentence about where the system's equipment runs.
  for (const pair of searchEach(index, PLACE_PAIR)) {
    const sentenceStart = Math.max(0, index.text.lastIndexOf(". ", pair.index), pair.index - 300);
    if (!EQUIPMENT.test(index.text.slice(sentenceStart, pair.index))) continue;
    return factAt(
      index,
      [squash(pair[1]!), squash(pair[2]!)],
      pair.index,
      pair[0].length,
      0.6,
      "the places the system's equipment runs, named in a sentence",
    );
  }
  const told = locationsInSentence(index);
  if (told) return told;
  return missing("no bulleted in-scope location list in the text layer");
}

/** Services in scope = the named products of the system ("Genius AI and RapidReconciler® systems" → two services). */
export function servicesFromSystemName(system: Fact<string>): Fact<string[]> {
  if (!system.value) return missing();
  // "Genius AI and RapidReconciler® systems" names two products; "Consent and Preference Hub" names one.
  const several = /\b(?:systems|platforms|applications|services|products|solutions)\s*$/i.test(system.value);
  const parts = system.value
    .split(several ? /\s*(?:,|\band\b|&)\s*/i : /\s*,\s*/)
    .map((p) => p.replace(GENERIC_WORDS, "").replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 1);
  if (parts.length === 0) return missing();
  return {
    ...system,
    value: parts,
    confidence: Math.min(system.confidence, 0.6),
    note: "named products of the system under examination",
  };
}

export function findSocType(index: TextIndex, kind: DocKind): Fact<"type_1" | "type_2"> {
  if (kind !== "soc2_report" && kind !== "soc1_report") return missing("not applicable to this report kind");
  const m = search(index, /\bType\s*(1|2|I{1,2})\b/i);
  if (m && index.starts.length > 0 && m.index < (index.starts[3] ?? index.text.length)) {
    const n = m[1]!.toUpperCase();
    return factAt(index, n === "1" || n === "I" ? "type_1" : "type_2", m.index, m[0].length, 0.95);
  }
  const operating = search(index, /suitability\s*of\s*the\s*design\s*and\s*operating\s*effectiveness/i);
  if (operating)
    return factAt(
      index,
      "type_2",
      operating.index,
      operating[0].length,
      0.75,
      "inferred from the opinion's scope wording",
    );
  const design = search(index, /suitability\s*of\s*the\s*design\s*of\s*controls/i);
  if (design)
    return factAt(index, "type_1", design.index, design[0].length, 0.75, "inferred from the opinion's scope wording");
  return missing();
}

export type Period = { start: Fact<string>; end: Fact<string>; asOf: Fact<string> };

export function findPeriod(index: TextIndex): Period {
  const range = new RegExp(`(${DATE_PATTERN})\\s*,?\\s*(?:to|through|thru|until|-)\\s*(${DATE_PATTERN})`, "gi");
  let best: RegExpExecArray | null = null;
  for (const m of searchEach(index, range)) {
    // "has engaged X to perform a SOC 2 Type 2 examination for the period …": another (future) report's period.
    const sentence = index.text
      .slice(Math.max(0, m.index - 240), m.index)
      .split(/\.\s+(?=[A-Z])/)
      .at(-1)!;
    if (/\b(?:will|engaged|plans?|planned|next|upcoming|future|intends?|expects?\s+to)\b/i.test(sentence)) continue;
    const before = index.text.slice(Math.max(0, m.index - 60), m.index);
    if (/period|throughout|from|covers/i.test(before)) {
      best = m;
      break;
    }
    best ??= m;
  }
  if (best) {
    const dates = findDates(best[0]);
    if (dates.length >= 2) {
      return {
        start: factAt(index, dates[0]!.iso, best.index, best[0].length, 0.95),
        end: factAt(index, dates[1]!.iso, best.index, best[0].length, 0.95),
        asOf: missing(),
      };
    }
  }
  const ended = monthsEnded(index);
  if (ended) return ended;
  // "as of June 30, 2026"; "as at 30 June 2026" in British usage.
  const asOf = search(index, new RegExp(`as\\s*(?:of|at)\\s*(${DATE_PATTERN})`, "i"));
  const asOfDate = asOf ? findDates(asOf[0])[0] : undefined;
  return {
    start: missing(),
    end: missing(),
    asOf: asOf && asOfDate ? factAt(index, asOfDate.iso, asOf.index, asOf[0].length, 0.8) : missing(),
  };
}

const MONTH_COUNTS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, year: 12 };
// "for the twelve months ended 31 March 2026", "the six-month period ended June 30, 2026", "the year ended …": a period
// told by its length and last day only; it starts the day after the same day that many months before.
const MONTHS_ENDED = new RegExp(
  `\\b(?:(three|six|nine|twelve|3|6|9|12)[\\s-]*months?(?:[\\s-]*period)?|(year))\\s+(?:ended|ending)\\s+(${DATE_PATTERN})`,
  "i",
);

function monthsEnded(index: TextIndex): Period | null {
  const m = search(index, MONTHS_ENDED);
  if (!m) return null;
  const end = findDates(m[3]!)[0];
  if (!end) return null;
  const count = MONTH_COUNTS[(m[1] ?? m[2]!).toLowerCase()] ?? Number(m[1]);
  const start = addMonths(addDays(end.iso, 1), -count);
  const note = `the ${count} months ending on the date printed`;
  return {
    start: factAt(index, start, m.index, m[0].length, 0.8, note),
    end: factAt(index, end.iso, m.index, m[0].length, 0.9),
    asOf: missing(),
  };
}

const CATEGORY_NAMES: [RegExp, string][] = [
  [/security/i, "Security"],
  [/availability/i, "Availability"],
  [/processing\s*integrity/i, "Processing Integrity"],
  [/confidentiality/i, "Confidentiality"],
  [/privacy/i, "Privacy"],
];

export function findCategories(index: TextIndex): Fact<string[]> {
  const list =
    "((?:\\s*(?:,\\s*)?(?:(?:and|&)\\s*)?(?:security|availability|processing\\s*integrity|confidentiality|privacy)){1,5})";
  const re = new RegExp(
    `(?:relevant\\s*to|criteria\\s*for\\s*the|controls\\s*over\\s*the|related\\s*to\\s*the)\\s*(?:the\\s*)?${list}`,
    "i",
  );
  // "relevant to the common criteria and the additional criteria for availability and confidentiality": the common
  // criteria are the security category's.
  const common = search(
    index,
    new RegExp(
      `relevant\\s*to\\s*the\\s*common\\s*criteria(?:\\s*and\\s*(?:the\\s*)?(?:additional\\s*)?criteria\\s*(?:for|relevant\\s*to)\\s*(?:the\\s*)?${list})?`,
      "i",
    ),
  );
  if (common) {
    const more = CATEGORY_NAMES.filter(([r]) => r.test(common[1] ?? "")).map(([, name]) => name);
    return factAt(index, ["Security", ...more.filter((c) => c !== "Security")], common.index, common[0].length, 0.85);
  }
  const m = search(index, re);
  if (!m) return missing();
  const found = CATEGORY_NAMES.filter(([r]) => r.test(m[1]!)).map(([, name]) => name);
  return factAt(index, found, m.index, m[0].length, 0.9);
}

/**
 * Whether the text after "In our opinion" disclaims one. A Type 1 report says it expresses none on what it did not
 * test ("We did not perform any procedures regarding the operating effectiveness of controls … and, accordingly, do
 * not express an opinion thereon."): that sentence is no disclaimer of the opinion given.
 */
function disclaims(paragraph: string): boolean {
  for (const m of paragraph.matchAll(/do\s*not\s*express\s*an\s*opinion/gi)) {
    const start = Math.max(paragraph.lastIndexOf(".", m.index) + 1, 0);
    const sentence = paragraph.slice(start, m.index + m[0].length + 40);
    if (!/operating\s+effectiveness/i.test(sentence)) return true;
  }
  return false;
}

export function findOpinion(index: TextIndex): Fact<string> {
  const heading = search(index, /\b(qualified|adverse)\s*opinion\b|disclaimer\s*of\s*opinion/i);
  if (heading && !/unqualified/i.test(heading[0])) {
    const word = heading[0].toLowerCase();
    const value = word.includes("disclaimer") ? "disclaimer" : word.includes("adverse") ? "adverse" : "qualified";
    return factAt(index, value, heading.index, heading[0].length, 0.85);
  }
  const m = search(index, /In\s*our\s*opinion[\s\S]{0,1500}/i);
  if (!m) return missing();
  const paragraph = m[0];
  if (/except\s*for/i.test(paragraph))
    return factAt(index, "qualified", m.index, 40, 0.8, "opinion contains 'except for'");
  if (disclaims(paragraph)) return factAt(index, "disclaimer", m.index, 40, 0.8);
  if (
    /(?:does|do)\s*not\s*present\s*fairly|were\s*not\s*suitably\s*designed|did\s*not\s*operate\s*effectively|is\s*not\s*fairly\s*stated/i.test(
      paragraph,
    )
  ) {
    return factAt(index, "adverse", m.index, 40, 0.75);
  }
  return factAt(
    index,
    "unqualified",
    m.index,
    40,
    0.85,
    "opinion paragraph has no qualification, adverse or disclaimer wording",
  );
}
