// One pass over each page's pdf.js text content that gives both the plain text pdf-parse's getText() would give
// (same line and cell rules, so the text the rules were written on does not change) and the positioned text items
// the layout reader (lib/extraction/layout.ts) rebuilds lines, columns and label/value pairs from.
// Runs inside the parser child process only.

const LINE_THRESHOLD = 4.6; // pdf-parse defaults (ParseParameters.js, pdf-parse 2.4.5, pinned)
const CELL_THRESHOLD = 7;

/** pdf-parse 2.4.5 getPageText() with its default parameters (no hyperlinks), over already-read items. */
function plainText(items, points) {
  const out = [];
  let lastX;
  let lastY;
  let lineHeight = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let str = item.str;
    const [x, y] = points[i];
    if (lastY !== undefined && Math.abs(lastY - y) > LINE_THRESHOLD) {
      const lastItem = out.length ? out[out.length - 1] : undefined;
      const startsLine = str.startsWith("\n") || (str.trim() === "" && item.hasEOL);
      if (lastItem?.endsWith("\n") === false && !startsLine && Math.abs(lastY - y) - 1 > lineHeight) {
        out.push("\n");
        lineHeight = 0;
      }
    }
    if (lastY !== undefined && Math.abs(lastY - y) < LINE_THRESHOLD && lastX !== undefined) {
      if (Math.abs(lastX - x) > CELL_THRESHOLD) str = `\t${str}`;
    }
    out.push(str);
    lastX = x + item.width;
    lastY = y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) out.push("\n");
    if (item.hasEOL || str.endsWith("\n")) lineHeight = 0;
  }
  return out.join("");
}

/**
 * Positioned items of one page, in viewport space (origin top-left, y down, scale 1): a flat array of
 * [str, x, baselineY, width, fontSize, rotated(0|1)] tuples, empty strings left out, so the message stays compact.
 */
function positioned(items, points, transforms) {
  const out = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item.str || !item.str.trim()) continue;
    const [a, b, c, d] = transforms[i];
    const size = Math.hypot(c, d) || item.height || 0;
    const rotated = Math.abs(b) > Math.abs(a) * 0.1 ? 1 : 0;
    out.push([item.str, points[i][0], points[i][1], item.width, size, rotated]);
  }
  return out;
}

/**
 * Documents up to this many pages also get positioned items: the rules that read by position are the certificate
 * rules (a certificate is at most about ten pages), and leaving long reports out keeps their parse as fast as
 * getText() (no items copied to the parent).
 */
export const MAX_LAYOUT_PAGES = 12;

/**
 * A longer document's pages that print a Type 2 report's tests of controls (a header naming the auditor's tests or
 * their results, or a result cell) also get their items, for the positioned test-table reader
 * (lib/extraction/soc-test-table.ts); its other pages get none, so a long report stays about as cheap to parse.
 */
const TEST_TABLE_PAGE =
  /tests?\s*(?:performed|procedures)|results?\s*of\s*(?:tests?|testing)|(?:exceptions?|deviations?)\s*noted/i;
// A border line of a table drawn in characters ("+------+----+"): such a table's cells wrap line by line between pipes,
// so its result words ("No exceptions" over "noted.") need not meet on a page; a page of one after a test-table page
// goes on with that table.
export const DRAWN_TABLE_BORDER = /^[ \t]*\+(?:[-=]{2,}\+){2,}[ \t]*$/m;

/**
 * A longer document's pages that print a table of complementary user entity controls, of subservice organisations or
 * of the controls expected of them (a line, a heading or a header cell, that opens with the name of such controls or
 * organisations, capitalised as a heading or header is; prose that mentions them mid-sentence or wraps onto a line
 * with them does not count) also get their items, for the positioned readers
 * of those tables (lib/extraction/soc-cuec-table.ts, soc-subservice-table.ts, soc-csoc-table.ts); so does the page after
 * one, where such a table may go on without its header. A header cell of a table drawn in characters opens after its
 * pipe ("| Complementary User Entity Control | …", lib/extraction/ascii-tables.ts).
 */
export const PARTY_TABLE_LINE =
  /^[ \t]*(?:\|[ \t]*)?(?:(?:#|No\.?|Ref\.?)[ \t]+)?(?:(?:Complementary|COMPLEMENTARY)[ \t]+)?(?:(?:User|USER)[ \t]+(?:[Ee]ntit(?:y|ies)|ENTIT(?:Y|IES))[ \t]+(?:[Cc]ontrols?|[Rr]esponsibilit|CONTROLS?|RESPONSIBILIT)|(?:Subservice|SUBSERVICE|Sub-service)(?:[ \t]+(?:[Oo]rgani[sz]ations?|ORGANI[SZ]ATIONS?)\b|[ \t]*$)|CUECs?\b|CSOCs?\b)/m;

/** Text and positioned items (none on a long document's pages without a table read by position) of every page. */
export async function readTextPages(doc) {
  const pages = [];
  const layouts = [];
  const short = doc.numPages <= MAX_LAYOUT_PAGES;
  let afterParty = false;
  let afterTests = false;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
    const items = content.items.filter((item) => "str" in item);
    const points = items.map((item) => viewport.convertToViewportPoint(item.transform[4], item.transform[5]));
    const text = plainText(items, points);
    pages.push(text);
    const party = !short && PARTY_TABLE_LINE.test(text);
    const tests = !short && (TEST_TABLE_PAGE.test(text) || (afterTests && DRAWN_TABLE_BORDER.test(text)));
    if (short || tests || party || afterParty) {
      const transforms = items.map((item) => multiply(viewport.transform, item.transform));
      layouts.push({ width: viewport.width, height: viewport.height, items: positioned(items, points, transforms) });
    } else layouts.push({ width: viewport.width, height: viewport.height, items: [] });
    afterParty = party;
    afterTests = tests;
    page.cleanup();
  }
  return { pages, layouts };
}

function multiply(m1, m2) {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
  ];
}
