// Subservice organisations named in brackets after the words that call them so: "Our examination did not include the
// services provided by the subservice organizations (Amazon Web Services, Inc. and Snowflake Inc.)", "the subservice
// organization (Hetzner Online GmbH)". A name keeps its own bracket ("Google LLC (Google Cloud Platform)").
import { squash } from "./normalize";
import { searchEach, type TextIndex } from "./text-index";

// In running text ("the subservice organizations (…)"): a heading "Subservice Organizations (Subprocessors)" names
// the section, not its members.
const LEAD = /\bthe\s+subservice\s+organi[sz]ations?\s*\(/gi;
// Stands in for a comma inside a name's own bracket or before its legal form while the list is split.
const KEPT_COMMA = "\u0000";
const LEGAL_FORM_AFTER_COMMA = /,\s*(Inc\.?|LLC|Ltd\.?|L\.P\.|LLP|Corp\.?|S\.A\.|GmbH|B\.V\.|AG|plc)(?=[,\s)]|$)/g;
// A bracket that defines a term or points elsewhere, not a list of organisations.
const NOT_NAMES =
  /subservice|organi[sz]ation|(?:sub-?)?processors?\b|\bvendors\b|\bproviders\b|third[-\s]part|\bCSOCs?\b|\bsee\b|section|\bthe\b|collectively|hereafter|together/i;

/** The text of the bracket opened at `open` (nested brackets kept), or null when it does not close soon. */
function bracketAt(text: string, open: number): string | null {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + 300); i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return null;
}

/** "A, Inc., B (C, D) and E" → ["A, Inc.", "B (C, D)", "E"]. */
function splitNames(list: string): string[] {
  let depth = 0;
  let guarded = "";
  for (const ch of squash(list).replace(LEGAL_FORM_AFTER_COMMA, `${KEPT_COMMA}$1`)) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    guarded += ch === "," && depth > 0 ? KEPT_COMMA : ch;
  }
  return guarded
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?![^(]*\))/)
    .map((n) =>
      n
        .replaceAll(KEPT_COMMA, ",")
        .replace(/,(?=\S)/g, ", ")
        .trim(),
    )
    .filter(Boolean);
}

/** The names in the first such bracket that holds only names (each capitalised, at most eight words), with its place. */
export function bracketedSubservices(index: TextIndex): { names: string[]; at: number; length: number } | null {
  for (const lead of searchEach(index, LEAD)) {
    const open = lead.index + lead[0].length - 1;
    const inner = bracketAt(index.text, open);
    if (!inner || NOT_NAMES.test(inner.replace(/\([^)]*\)/g, ""))) continue;
    const names = splitNames(inner);
    if (names.length === 0 || names.some((n) => !/^[\p{Lu}\d]/u.test(n) || n.split(/\s+/).length > 8)) continue;
    // A lone acronym of the term itself ("subservice organizations (SSOs)") is no organisation.
    if (names.length === 1 && /^S?SOs?$/.test(names[0]!)) continue;
    return { names, at: lead.index, length: lead[0].length + inner.length + 1 };
  }
  return null;
}
