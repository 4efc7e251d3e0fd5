// Sub-processor lists printed as cards, one entity per card: its name on a line of its own, then labelled lines
// ("Purpose: …", "Location: …", "Data processed: …"), no table. Read from the text, so PDF, HTML and plain-text cards
// are the same list.
import { isChangeHeading } from "./subprocessor-change-sections";
import type { Subprocessor } from "./subprocessor-cells";

// A bold label may hold its colon inside the bold ("**Region:** United States").
const LABEL = /^[ \t]*(?:[*_]{1,2})?([A-Za-z][A-Za-z /()-]{1,40}?)(?:[*_]{1,2})?[ \t]*:(?:[*_]{1,2})?[ \t]*(.*)$/;
// Labels worded as questions a page answers ("What they do for us", "Why we use them", "Where data is processed") as
// well as nouns ("Purpose", "Processing location").
const PURPOSE_LABEL =
  /^(?:purpose|purpose\s+of\s+(?:processing|use)|function|service(?:s)?(?:\s+provided)?|description|activit(?:y|ies)|processing\s+activit(?:y|ies)|role|nature\s+of\s+processing|used\s+for|what\s+(?:they|it|we\s+use\s+(?:them|it)\s+for)\s*(?:do|does|process|processes|provides?)?(?:\s+for\s+us)?|why\s+we\s+use\s+(?:them|it))$/i;
const LOCATION_LABEL =
  /^(?:location(?:s)?|(?:processing|hosting|storage|server|data)\s+location(?:s)?|(?:data\s+)?(?:processing|hosting|storage)\s+(?:country|countries|region)|country|countries|region(?:s)?|where\s+(?:(?:the\s+|your\s+)?data\s+(?:is|are)\s+)?(?:processed|stored|hosted)|where\s+(?:they|it)\s+process(?:es)?\s+(?:the\s+|your\s+)?data|hosted\s+in|headquarters)$/i;
const KNOWN_LABEL = (label: string) =>
  PURPOSE_LABEL.test(label) ||
  LOCATION_LABEL.test(label) ||
  /^(?:data(?:\s+(?:processed|categories|types))?|categories\s+of\s+(?:personal\s+)?data|personal\s+data|website|contact|transfer\s+mechanism|safeguards?|certifications?)$/i.test(
    label,
  );

export type CardList = { rows: Subprocessor[]; first: string };

/**
 * A phrase rather than a name: three words or more, two of them lower-case words other than a name's connectors
 * ("of", "and") or a legal form's letters ("d.o.o."); what a bracket adds is left out.
 */
function isPhrase(line: string): boolean {
  const words = line
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s,;]+/)
    .filter(Boolean);
  const lower = words.filter(
    (w) => /^\p{Ll}/u.test(w) && !/\./.test(w) && !/^(?:of|and|de|du|la|le|von|van|der|y|et|und)$/.test(w),
  );
  return words.length >= 3 && lower.length >= 2;
}

/**
 * Cards are recognised by the label that opens each one: the label on the line after a name line, repeated after
 * every name. A line that is neither a label nor followed by the opening label continues the value above when it
 * reads as a continuation (lower case, or the value ends mid-phrase); anything else ends the card.
 */
export function cardsFromText(text: string): CardList | null {
  // A Markdown card is a heading over a bulleted list of labelled lines ("### Acme" then "- **Region:** EU"): the
  // heading and bullet marks are layout, the same card as a name line over labelled lines.
  // Blank lines are layout too: a web page's card puts its name and each label in blocks of their own.
  const lines = withoutChangeSections(text)
    .split("\n")
    .map((l) =>
      l
        .replace(/\t/g, " ")
        .trim()
        .replace(/^(?:#{1,6}|[-*•])\s+/, ""),
    )
    .filter(Boolean);
  const labelOf = (l: string | undefined) => {
    const m = l ? LABEL.exec(l) : null;
    return m && KNOWN_LABEL(m[1]!.trim()) ? { label: m[1]!.trim().toLowerCase(), value: m[2]!.trim() } : null;
  };
  const isName = (l: string | undefined) =>
    !!l && !labelOf(l) && !l.includes(":") && l.length <= 80 && /^\p{Lu}|^\d/u.test(l);
  // A card may print what the entity does unlabelled between its name and its first label ("UpCloud Oy" over
  // "Primary hosting of the application" over "Data location: Finland"): a phrase, not a name, under a name.
  const described = (i: number) =>
    isName(lines[i]) &&
    !isPhrase(lines[i]!) &&
    !!lines[i + 1] &&
    !lines[i + 1]!.includes(":") &&
    isPhrase(lines[i + 1]!) &&
    !!labelOf(lines[i + 2]);
  // The opening label: the most common label right after a name line (or after its unlabelled description).
  const openers = new Map<string, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = labelOf(lines[described(i) ? i + 2 : i + 1]);
    if (isName(lines[i]) && next) openers.set(next.label, (openers.get(next.label) ?? 0) + 1);
  }
  const opener = [...openers.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!opener || opener[1] < 2) return null;
  const rows: Subprocessor[] = [];
  let first = "";
  let card: { row: Subprocessor; last: keyof Subprocessor | null } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const label = labelOf(line);
    if (!label && described(i) && labelOf(lines[i + 2])?.label === opener[0]) {
      card = { row: { name: line, purpose: lines[i + 1]!, location: null }, last: "purpose" };
      rows.push(card.row);
      first ||= line;
      i++;
      continue;
    }
    if (!label && isName(line) && labelOf(lines[i + 1])?.label === opener[0]) {
      card = { row: { name: line, purpose: null, location: null }, last: null };
      rows.push(card.row);
      first ||= line;
      continue;
    }
    if (!card) continue;
    if (label) {
      const field = PURPOSE_LABEL.test(label.label) ? "purpose" : LOCATION_LABEL.test(label.label) ? "location" : null;
      if (field && !card.row[field]) card.row[field] = label.value || null;
      card.last = field;
      continue;
    }
    const previous = card.last ? card.row[card.last] : null;
    if (card.last && previous && (/^\p{Ll}/u.test(line) || /[,;&/-]$|\b(?:and|or|of|the)$/i.test(previous))) {
      card.row[card.last] = `${previous} ${line}`;
      continue;
    }
    if (/^\p{Ll}/u.test(line)) continue;
    card = null;
  }
  return rows.length >= 2 && rows.some((r) => r.purpose || r.location) ? { rows, first } : null;
}

/**
 * The text without its "## Former sub-processors" / "## Change log" sections: the cards under such a heading are
 * providers no longer used or changes, not the list's entries. A section ends at the next heading of its level or
 * above; a heading without "#" marks (a PDF's text) runs to the end of the text.
 */
function withoutChangeSections(text: string): string {
  const kept: string[] = [];
  let skipping: number | null = null;
  for (const line of text.split("\n")) {
    const level = /^[ \t]*(#{1,6})\s/.exec(line)?.[1]!.length ?? 0;
    if (skipping !== null && level > 0 && skipping > 0 && level <= skipping && !isChangeHeading(line.trim()))
      skipping = null;
    // A "#" heading is any change heading; a plain line only one that says the providers are no longer used ("Former
    // sub-processors"): a short plain line "Changes" or "Updates" may be a card's text.
    if (skipping === null && (level > 0 ? isChangeHeading(line.trim()) : FORMER_LINE.test(line.trim())))
      skipping = level;
    if (skipping === null) kept.push(line);
  }
  return kept.join("\n");
}

const FORMER_LINE = /^(?:former|removed|previous|past)\s+(?:sub-?\s*processors?|vendors?|providers?)$/i;
