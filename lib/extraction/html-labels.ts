// Label/value pairs a web page draws in elements of their own rather than as "Label: value" text: a card's
// `<span class="label">Purpose</span><span class="value">Hosting</span>` (laid apart by CSS, glued together in the
// source: "PurposeHosting"), or a definition list `<dt>Purpose</dt><dd>Hosting</dd>`. Written as "Purpose: Hosting"
// on one line, so every reader of labelled lines (subprocessor-cards.ts) reads them as it reads typed text.

/** An element whose class says it is a label, key or term ("label", "field-label", "card__key", "meta-term"). */
const LABELLED =
  /<(span|div|dt|strong|b|p|small|label)\b([^>]*\bclass\s*=\s*["'][^"']*?(?:\b|[_-])(?:label|key|term)\b[^"']*["'][^>]*)>([^<]{1,40})<\/\1>/gi;

const withColon = (text: string) => {
  const t = text.trim();
  return /[:：]$/.test(t) ? `${t} ` : `${t}: `;
};

/** The page with its labels written "Label: " before their values, each pair on a line of its own. */
export function labelPairs(html: string): string {
  return html
    .replace(LABELLED, (_m, _tag: string, _attrs: string, text: string) => `\n${withColon(text)}`)
    .replace(/<dt\b[^>]*>([\s\S]{1,80}?)<\/dt>\s*/gi, (_m, text: string) => `\n${withColon(text)}`)
    .replace(/<\/dd>/gi, "\n");
}
