// The standards a certificate says the management system conforms to: the list right after "complies with", "conforms
// to", "requirements of" ("… complies with ISO 9001:2015 and ISO/IEC 27001:2022"). An integrated management system's
// certificate names several there; the information-security standard among them is what this kind reports, whatever
// standard the page names first or most.

const CONFORMITY = /(?:requirements?\s*of|conform(?:s|ing)?\s*(?:to|with)|compl(?:ies|y|iant)\s*with|meets?)\s*/gi;
const STANDARD = /\bISO\s*(?:\/\s*IEC\s*)?(\d{4,5})(?:-\d{1,2})?(?:\s*:\s*(?:19|20)\d{2})?/gy;
const JOINER = /\s*(?:,|and|&|\/|\+)?\s*(?:the\s*)?/y;

/** The standards' numbers listed right after the first conformity phrase that is followed by a standard. */
export function conformedStandards(text: string): string[] {
  for (const m of text.matchAll(CONFORMITY)) {
    const found: string[] = [];
    let at = m.index + m[0].length;
    for (;;) {
      JOINER.lastIndex = at;
      const j = JOINER.exec(text);
      STANDARD.lastIndex = j ? j.index + j[0].length : at;
      const s = STANDARD.exec(text);
      if (!s) break;
      found.push(s[1]!);
      at = STANDARD.lastIndex;
    }
    if (found.length) return found;
  }
  return [];
}

/** ISO/IEC 27001 when the conformity list names it beside other standards (an integrated system's certificate). */
export function informationSecurityAmong(text: string): string | null {
  const listed = conformedStandards(text);
  return listed.length > 1 && listed.includes("27001") ? "27001" : null;
}

/**
 * The conformity-assessment standards a certificate names about its issuer ("Accréditation selon ISO/IEC 17021-1",
 * "accredited to ISO/IEC 17021-1 and ISO/IEC 27006"): the certification body's accreditation, never the certified
 * management system's standard, however often the footer repeats them.
 */
export const ACCREDITATION_STANDARD = /^(?:170\d\d|27006)(?:-\d{1,2})?$/;
