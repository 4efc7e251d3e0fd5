// The owner named in a list's introduction in words no fixed phrase foresees: "This list applies to the services
// provided by Acme Ltd.", "Data processor: Acme GmbH", "Below is the list of sub-processors authorised by Acme AB",
// "The following companies process personal data on behalf of Acme Oy", "We, Acme BV, use …", "At Acme Ltd we work
// with …", a title line "# Acme Ltd" over "## Sub-processor list". Read when no sentence, title, data key or page
// furniture names the owner: the first legal name (a name with its legal form) in the text above the list whose line
// or sentence is about processing, services or providers, or that stands alone as a title; never one of the list's
// entries, nor a name given as an example ("sub-processors such as Acme Cloud Inc.").
import { LEGAL_FORM } from "./legal-forms";
import { squash } from "./normalize";
import { SUBPROCESSOR_WORD } from "./subprocessor-words";
import { factAt, type TextIndex } from "./text-index";
import type { Fact } from "./types";

const LEGAL_NAME = new RegExp(
  `(?<![\\w&])((?:[A-Z][\\w&'’.-]*,?[ \\t]+){0,5}?[A-Z][\\w&'’.-]*,?[ \\t]+${LEGAL_FORM})(?![\\w])`,
  "g",
);

/** Words before a name that are no part of it ("At Acme Ltd", "We, Acme BV,"). */
const LEADING_WORDS =
  /^(?:(?:At|By|From|For|To|The|This|These|We|Our|As|In|On|With|And|Of|Via|Dear|Hello|Welcome|Below|Here|Data|Provider|Processor)\b,?\s+)+/;

const ABOUT_PROCESSING = new RegExp(
  `${SUBPROCESSOR_WORD.source}|\\bprocess(?:or|es|ed|ing)?\\b|\\bservices?\\b|\\bprovid(?:es?|ed|er|ing)\\b|\\bvendors?\\b|\\bsuppliers?\\b|\\bengag(?:es?|ed)\\b|\\buses?\\b|\\bwork(?:s)?\\s+with\\b|on\\s+behalf\\s+of\\b|\\bauthori[sz]ed\\b`,
  "i",
);

const EXAMPLE_BEFORE = /(?:such\s+as|e\.\s?g\.|including|for\s+example|for\s+instance|like|i\.\s?e\.)[\s:,]*$/i;

/** The owner named in the text above the list (up to `listAt`), or null. */
export function ownerFromLead(
  index: TextIndex,
  listAt: number,
  entries: string[],
  isName: (name: string) => boolean,
): Fact<string> | null {
  const lead = index.text.slice(0, Math.min(Math.max(listAt, 0) || 3000, 3000));
  const entry = (name: string) =>
    entries.some((e) => e.toLowerCase() === name.toLowerCase() || e.toLowerCase().startsWith(`${name.toLowerCase()} `));
  for (const m of lead.matchAll(LEGAL_NAME)) {
    const raw = m[1]!;
    const name = squash(raw.replace(LEADING_WORDS, "")).replace(/,$/, "");
    const at = m.index + raw.length - raw.replace(LEADING_WORDS, "").length;
    if (!isName(name) || entry(name) || EXAMPLE_BEFORE.test(lead.slice(Math.max(0, at - 30), at))) continue;
    const lineStart = lead.lastIndexOf("\n", at) + 1;
    const lineEnd = lead.indexOf("\n", at);
    const line = lead.slice(lineStart, lineEnd < 0 ? lead.length : lineEnd);
    const title = new RegExp(`^[\\s#*_]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s*_]*$`).test(line);
    if (!title && !ABOUT_PROCESSING.test(line)) continue;
    return factAt(index, name, at, name.length, 0.6, "the legal name the list's introduction gives");
  }
  return null;
}
