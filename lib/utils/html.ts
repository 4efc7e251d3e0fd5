// Markup built as text, for the rows of long server-rendered tables (docs/decisions/040). React
// renders each element of a page twice (RSC payload, then HTML) and parses the payload in between;
// a table body passed as one string costs that once per page instead of once per element.
//
// Every interpolated value is escaped unless it is markup made by `markup` itself: the template's
// literal parts are the only raw text. Attribute values must be written in double quotes.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const SPECIAL = /[&<>"']/g;
const HAS_SPECIAL = /[&<>"']/; // not global: a global RegExp's test() keeps state between calls

/** Text made safe for an element's content or a double-quoted attribute value. */
export function escapeHtml(value: string | number): string {
  const text = String(value);
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c]) : text;
}

/** Markup that `markup` made (and so escaped): the only kind it inserts without escaping. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = string | number | Markup | null | undefined | false | readonly Value[];

/**
 * A tagged template: markup`<td title="${t}">${name}</td>` escapes t and name. (Not named `html`:
 * Prettier would reformat the template as HTML and add whitespace to the output.)
 */
export function markup(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return new Markup(out);
}

function part(value: Value): string {
  if (value instanceof Markup) return value.text;
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(part).join("");
  if (typeof value === "string" || typeof value === "number") return escapeHtml(value);
  throw new TypeError(`markup: cannot insert a ${typeof value}`);
}
