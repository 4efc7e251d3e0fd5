// Who signed the SOC report, where and when: read from the signature block that closes the auditor's opinion.
import { DATE_PATTERN, firstDate } from "./dates";
import { squash } from "./normalize";
import { cityOfAddress } from "./postal-address";
import { firmAbovePlace } from "./soc-firm-above-place";
import { firmOverSigner } from "./soc-firm-over-signer";
import { DESIGNATION_QUALIFIER, FIRM_FORMS_ELSEWHERE } from "./soc-firm-forms";
import { cleanPlace, placeDateLine } from "./soc-place-date-line";
import type { Fact } from "./types";
import { factAt, missing, pageAt, search, type TextIndex } from "./text-index";

// "P.A." (a professional association) only with its full stops: "PA" is a state ("Pittsburgh, PA").
const FIRM_SUFFIX = new RegExp(
  String.raw`(?:\b(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|P\.C\.|(?<=,\s*)PC|P\.A\.|P\.S\.|P\/S|A\/S|CPAs?|Ltd\.?|Limited|Inc\.?|GmbH|Advisors|Advisory|Assurance|Attestation|Partners|Associates|B\.V\.|N\.V\.|S\.A\.|SAS|SARL|KG|PAC|S\.E\.N\.C\.R\.L\.|S\.p\.A\.|S\.r\.l\.)|${FIRM_FORMS_ELSEWHERE})\s*$`,
  "iu",
);
// Letters of any alphabet: "Montréal, Québec", "Malmö, Sweden".
const CITY_STATE = /^(\p{Lu}[\p{L}.' ]{1,40}),\s*(\p{Lu}[\p{L}.' ]{1,30}?)(?:\s+\d{5}(?:-\d{4})?)?\.?$/u;

export type SignatureBlock = {
  dateOffset: number;
  dateLength: number;
  iso: string;
  location: Fact<string>;
  lines: { text: string; offset: number }[];
  /** The firm, when the block is one line that names it ("Brannock Iwu LLP – Atlanta, Georgia – November 20, 2026"). */
  firm?: Fact<string>;
};

/** A firm's legal form, as the end of a name inside a line (FIRM_SUFFIX's forms that only a firm's name ends in). */
const FIRM_FORM =
  "(?:LLP|L\\.L\\.P\\.|LLC|L\\.L\\.C\\.|PLLC|P\\.C\\.|P\\.A\\.|P\\.S\\.|CPAs?|Ltd\\.?|Limited|GmbH|P/S|A/S)";

function linesAround(
  index: TextIndex,
  offset: number,
  before: number,
  after: number,
): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = index.text.lastIndexOf("\n", offset - 1) + 1;
  for (let i = 0; i < before && start > 0; i++) start = index.text.lastIndexOf("\n", start - 2) + 1;
  let pos = start;
  for (let i = 0; i < before + after + 1 && pos < index.text.length; i++) {
    const end = index.text.indexOf("\n", pos);
    const stop = end < 0 ? index.text.length : end;
    out.push({ text: index.text.slice(pos, stop), offset: pos });
    pos = stop + 1;
  }
  return out;
}

function cleanLine(line: string): string {
  // "/s/ Acme & Partners LLP": a typed signature mark in front of the signer;
  // "for and on behalf of Veldhuis Assurance B.V.": the firm the signer signs for.
  return squash(line.replace(/[_*]/g, ""))
    .replace(/^\/s\/\s*/i, "")
    .replace(/^(?:for\s+and\s+)?on\s+behalf\s+of\s+/i, "");
}

// A firm's professional designation printed on the line under its name ("Marlowe Quaid / Chartered Accountants"):
// the name line is the firm, whatever its legal form.
// Two joined ("Public Accountants and Chartered Accountants" in Singapore, "Chartered Accountants and Statutory Audit
// Firm" in Ireland) are one designation too.
const ONE_DESIGNATION = String.raw`(?:(?:Chartered|Certified|Registered|Public|Professional|Statutory)\s+)+(?:Accountants?|Auditors?|Audit\s+Firm)|Consultants|CPAs|Wirtschaftsprüfungsgesellschaft`;
const DESIGNATION = new RegExp(
  String.raw`^(?:${ONE_DESIGNATION})(?:\s+(?:and|&)\s+(?:${ONE_DESIGNATION}))?${DESIGNATION_QUALIFIER}\.?$`,
  "iu",
);

// "Manchester", "Milton Keynes": one to three capitalised words, nothing else.
const BARE_CITY = /^\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+){0,2}$/u;

const PLACE_LABEL = /^Place\s*:\s*(\p{Lu}[\p{L}.' -]{1,40}?)\.?$/u;

/** The report date is the first line after the opinion that is only a date (optionally preceded by "City, State."). */
export function findSignatureBlock(index: TextIndex): SignatureBlock | null {
  // The opinion section: "In our opinion", or an opinion heading (qualified, adverse and disclaimer reports have no "In our opinion").
  const opinion = search(
    index,
    /In\s*our\s*opinion|^[ \t]*(?:(?:Qualified|Adverse|Unqualified)\s*)?Opinion[ \t]*$|^[ \t]*Disclaimer\s*of\s*Opinion[ \t]*$/im,
  );
  if (!opinion) return null;
  // A date line, optionally after the place (soc-place-date-line.ts); a sentence that ends in a date ("… and use of
  // Acme, user entities … during the period 1 April 2025") is not one.
  const place = "[A-Z][A-Za-z.']*(?:[ \\t]+[A-Z][A-Za-z.']*){0,3}";
  const lineDate = placeDateLine();
  lineDate.lastIndex = opinion.index;
  const m = lineDate.exec(index.text);
  // The whole block on one line: firm, place and date set apart by dashes or bars.
  const oneLine = new RegExp(
    `^[ \\t_*]*([A-Z][A-Za-z&.,' ]{1,60}?${FIRM_FORM})[ \\t]*[–—|-][ \\t]*(${place},[ \\t]*${place})[ \\t]*[–—|,-][ \\t]*(${DATE_PATTERN})[ \\t_*]*$`,
    "gim",
  );
  oneLine.lastIndex = opinion.index;
  const single = oneLine.exec(index.text);
  if (single && single.index - opinion.index <= 6000 && (!m || single.index < m.index)) {
    const iso = firstDate(single[3]!)?.iso;
    if (iso)
      return {
        dateOffset: single.index + single[0].lastIndexOf(single[3]!),
        dateLength: single[3]!.length,
        iso,
        location: factAt(
          index,
          squash(single[2]!),
          single.index + single[0].indexOf(single[2]!),
          single[2]!.length,
          0.8,
        ),
        lines: linesAround(index, single.index, 8, 14),
        firm: factAt(index, squash(single[1]!), single.index + single[0].indexOf(single[1]!), single[1]!.length, 0.8),
      };
  }
  if (!m || m.index - opinion.index > 6000) return null;
  const dateText = m[2]!;
  const dateOffset = m.index + m[0].indexOf(dateText);
  const iso = firstDate(dateText)?.iso;
  if (!iso) return null;
  const lines = linesAround(index, m.index, 8, 14);
  let location: Fact<string> = missing();
  const placed = m[1] ? cleanPlace(m[1]) : null;
  if (placed) {
    location = factAt(index, placed, m.index + m[0].indexOf(m[1]!), m[1]!.length, 0.85);
  } else {
    const here = lines.findIndex((l) => l.offset === m.index);
    const prev = here > 0 ? lines[here - 1] : undefined;
    const prevClean = prev ? cleanLine(prev.text) : "";
    const above = here > 1 ? cleanLine(lines[here - 2]!.text) : "";
    // "Place: Chennai" over (or under) "Date: 3 February 2026", as Indian reports sign.
    const labelled = [prev, lines[here + 1]].find((l) => l && PLACE_LABEL.test(cleanLine(l.text)));
    if (prev && CITY_STATE.test(prevClean) && !FIRM_SUFFIX.test(prevClean)) {
      location = factAt(index, prevClean, prev.offset, prev.text.length, 0.85);
    } else if (labelled) {
      const place = PLACE_LABEL.exec(cleanLine(labelled.text))![1]!;
      location = factAt(
        index,
        place,
        labelled.offset,
        labelled.text.length,
        0.8,
        "the place labelled in the signature",
      );
    } else if (prev && cityOfAddress(prevClean) && (DESIGNATION.test(above) || FIRM_SUFFIX.test(above))) {
      // "Brankley Hoyle LLP / Chartered Accountants / 2 Wharfside Quay, Leeds LS1 4BR, United Kingdom / 19 June 2026".
      location = factAt(index, cityOfAddress(prevClean)!, prev.offset, prev.text.length, 0.75, "the firm's address");
    } else if (prev && BARE_CITY.test(prevClean) && (DESIGNATION.test(above) || FIRM_SUFFIX.test(above))) {
      // "Halloran Greaves LLP / Chartered Accountants / Manchester / 18 November 2026": a city without a region,
      // printed between the firm (or its designation) and the date.
      location = factAt(index, prevClean, prev.offset, prev.text.length, 0.75, "the city under the firm's signature");
    } else {
      // Letterhead style: firm name, street, "City, ST 12345" printed after the date.
      const page = pageAt(index, m.index);
      for (const l of lines.slice(here + 1).filter((x) => pageAt(index, x.offset) === page)) {
        const c = cleanLine(l.text);
        const cm = CITY_STATE.exec(c);
        if (cm && !/^\d/.test(c) && /\d{5}/.test(c)) {
          location = factAt(index, `${cm[1]}, ${cm[2]}`, l.offset, l.text.length, 0.7, "from the firm's address block");
          break;
        }
      }
    }
  }
  return { dateOffset, dateLength: dateText.length, iso, location, lines };
}

export function findAuditorName(index: TextIndex, block: SignatureBlock | null): Fact<string> {
  if (block?.firm) return block.firm;
  if (block) {
    const here = block.lines.findIndex(
      (l) => l.offset <= block.dateOffset && block.dateOffset < l.offset + l.text.length + 1,
    );
    // A short firm-like line right around the date/location lines.
    const page = pageAt(index, block.dateOffset);
    const window = block.lines.slice(Math.max(0, here - 3), here + 10).filter((l) => pageAt(index, l.offset) === page);
    for (const [k, l] of window.entries()) {
      const c = cleanLine(l.text);
      if (c.length < 4 || c.length > 60 || /\d{3,}/.test(c) || firstDate(c)) continue;
      if (FIRM_SUFFIX.test(c) && /^[A-Z]/.test(c) && c.split(" ").length <= 7) {
        return factAt(index, c, l.offset, l.text.length, 0.85, "firm name in the signature block");
      }
      const next = window[k + 1];
      if (
        next &&
        DESIGNATION.test(cleanLine(next.text)) &&
        /^[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|&|and|of))*$/.test(c) &&
        c.split(" ").length <= 6
      ) {
        return factAt(index, c, l.offset, l.text.length, 0.8, "firm name above its professional designation");
      }
    }
    // A firm over the signing accountant, else a name over the closing place and date: the first on this page.
    const layouts = [
      [
        () => firmOverSigner(block.lines, here, FIRM_SUFFIX),
        0.75,
        "the firm over the signing accountant's name and title",
      ],
      [
        () => firmAbovePlace(block.lines, here),
        0.7,
        "the name over the place and date that close the auditor's report",
      ],
    ] as const;
    for (const [find, confidence, note] of here >= 0 ? layouts : []) {
      const line = find();
      if (line && pageAt(index, line.offset) === page)
        return factAt(index, cleanLine(line.text), line.offset, line.text.length, confidence, note);
    }
  }
  const licensed = search(
    index,
    /([A-Z][A-Za-z&.,' ]{1,60}?(?:LLP|LLC|P\.C\.|PLLC))\s*is\s*a\s*licensed\s*(?:independent\s*)?(?:CPA|certified\s*public\s*accounting)\s*firm/,
  );
  if (licensed) {
    return factAt(
      index,
      squash(licensed[1]!),
      licensed.index,
      licensed[0].length,
      0.7,
      "firm named in the report's legal notice; the signature itself is not in the text layer",
    );
  }
  // Restricted-use front matter: "... do not acquire any rights against <Firm>" / "<Firm> does not assume any duties".
  const rights = search(
    index,
    /(?:rights\s*against|responsibility\s*of)\s+([A-Z][A-Za-z&.,' ]{2,80}?)\s+(?:as\s*a\s*result|\.|does)|Further,\s*([A-Z][A-Za-z&.,' ]{2,80}?)\s*does\s*not\s*assume/,
  );
  const further = search(index, /Further,\s*([A-Z][A-Za-z&.,'\n ]{2,80}?)\s*does\s*not\s*assume\s*any\s*duties/);
  const hit = further ?? rights;
  if (hit) {
    const name = squash((hit[1] ?? hit[2])!).replace(/,$/, "");
    return factAt(
      index,
      name,
      hit.index,
      hit[0].length,
      0.6,
      "firm named in the report's restricted-use notice, not in a signature",
    );
  }
  // Sampling boilerplate names the firm that performed the tests: "..., Atom Assurances utilizes professional judgment".
  const sampling = search(
    index,
    /(?:literature|guidance),\s*([A-Z][A-Za-z&.,'\n ]{2,60}?)\s*(?:utili[sz]es|uses|applies)\s*professional\s*judgment/,
  );
  if (sampling) {
    return factAt(
      index,
      squash(sampling[1]!),
      sampling.index,
      sampling[0].length,
      0.6,
      "firm named in the sampling methodology, not in a signature",
    );
  }
  return missing("the auditor's firm is not named in the text layer (signature or logo image)");
}

/**
 * An auditor's report signed by the firm and its place with no date under them ("Thornbury Kessler CPAs LLP" /
 * "Chicago, Illinois", the report dated elsewhere): the first firm line followed by a "City, State" line after the
 * opinion and before management's assertion.
 */
export function undatedSignature(
  index: TextIndex,
): { firm: Fact<string>; location: Fact<string>; offset: number } | null {
  const opinion = search(index, /In\s*our\s*opinion/i);
  if (!opinion) return null;
  const assertion = search(
    index,
    /^[^\n]{0,40}\bassertion\s+of\s+[^\n]{0,60}management|^[^\n]{0,40}management['’]?s\s+assertion/im,
    opinion.index,
  );
  const end = Math.min(assertion?.index ?? Infinity, opinion.index + 6000);
  const pair = new RegExp(
    `^[ \\t_*]*([A-Z][A-Za-z&.,' ]{1,60}?${FIRM_FORM})[ \\t]*\\n[ \\t]*([A-Z][A-Za-z.' ]{1,40},[ \\t]*[A-Z][A-Za-z.' ]{1,30}?)[ \\t]*$`,
    "gm",
  );
  pair.lastIndex = opinion.index;
  const m = pair.exec(index.text);
  if (!m || m.index > end) return null;
  // A date on the next line makes it the usual dated block (findSignatureBlock).
  const next = index.text.slice(m.index + m[0].length).match(/^\s*([^\n]*)/)?.[1] ?? "";
  if (new RegExp(`^[ \\t_*]*(?:Date[d]?\\s*:?\\s*)?${DATE_PATTERN}[ \\t_*.]*$`, "i").test(next)) return null;
  const firmAt = m.index + m[0].indexOf(m[1]!);
  const placeAt = m.index + m[0].lastIndexOf(m[2]!);
  return {
    firm: factAt(
      index,
      squash(m[1]!),
      firmAt,
      m[1]!.length,
      0.75,
      "firm and place under the auditor's report, undated",
    ),
    location: factAt(index, squash(m[2]!), placeAt, m[2]!.length, 0.75),
    offset: firmAt,
  };
}

const DESIGNATION_WORDS = String.raw`(?:Chartered\s+(?:Professional\s+)?Accountants|(?:Certified\s+Public|Registered)\s+Accountants|Registered\s+Auditors|CPAs)`;
const FIRM_NAME = String.raw`[A-Z][A-Za-z&.,' ]{2,80}?`;

/**
 * A firm that signs "for" itself over its professional designation ("For Raghavan Mehta & Associates" / "Chartered
 * Accountants", as Indian and UK reports sign), or a cover's "Issued by: Firm, Chartered Accountants, Bengaluru" (which
 * names its place too).
 */
export function firmByDesignation(index: TextIndex): { firm: Fact<string>; location: Fact<string> } | null {
  const issued = search(
    index,
    new RegExp(
      String.raw`^[ \t]*(?:Issued|Prepared|Examined)\s+by\s*:?\s*(${FIRM_NAME}),\s*${DESIGNATION_WORDS}(?:,\s*([A-Z][A-Za-z .'-]{2,40}?))?[ \t]*$`,
      "m",
    ),
  );
  const signed = search(
    index,
    new RegExp(String.raw`^[ \t]*For\s+(${FIRM_NAME})[ \t]*\n[ \t]*${DESIGNATION_WORDS}[ \t]*$`, "m"),
  );
  const hit = signed ?? issued;
  if (!hit) return null;
  const firm = factAt(
    index,
    squash(hit[1]!).replace(/,$/, ""),
    hit.index + hit[0].indexOf(hit[1]!),
    hit[1]!.length,
    0.8,
    "firm named over its professional designation",
  );
  const place = issued?.[2];
  const location = place
    ? factAt(index, squash(place), issued!.index + issued![0].lastIndexOf(place), place.length, 0.7)
    : missing();
  return { firm, location };
}

/**
 * The auditor's firm and place, each rule in turn: a signature without a date before the first dated block (that
 * date is then another part's, management's assertion), the dated block and the report's other mentions of the
 * firm, then a firm signing over its designation where none of those named one.
 */
export function findAuditor(
  index: TextIndex,
  block: SignatureBlock | null,
): { name: Fact<string>; location: Fact<string> } {
  const unsigned = undatedSignature(index);
  if (unsigned && (!block || unsigned.offset < block.dateOffset))
    return { name: unsigned.firm, location: unsigned.location };
  const named = findAuditorName(index, block);
  const designated = named.value === null ? firmByDesignation(index) : null;
  return {
    name: designated?.firm ?? named,
    location: (designated?.location.value ? designated.location : null) ?? block?.location ?? missing(),
  };
}
