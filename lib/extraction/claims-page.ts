// A vendor page that claims a certification ("Our ISMS is certified to ISO/IEC 27001:2022 by Keystone Certification
// B.V.") is not a certificate: it has no number, dates or signature. What it does state is the claim itself — the
// standard, its edition and the certification body named in the claiming sentence — and only that is read, from that
// sentence, so a page that lists standards without saying who certified what yields nothing.
import { DATE_PATTERN, findDates } from "./dates";
import { squash } from "./normalize";
import type { KindExtraction } from "./soc-report";
import { LEGAL_FORM } from "./legal-forms";
import type { Facts } from "./types";
import { factAt, missing, search, type TextIndex } from "./text-index";

const CLAIM = new RegExp(
  `[Cc]ertified\\s+(?:to|against|under|in\\s+accordance\\s+with)\\s+(?:the\\s+)?ISO\\s*(\\/\\s*IEC\\s*)?(\\d{4,5}(?:-\\d{1,2})?)(?:\\s*:\\s*((?:19|20)\\d{2}))?(?:[^.\\n]{0,40}?\\s+by\\s+(\\p{Lu}[^.;:\\n]{0,60}?(?:\\n[^.;:\\n]{0,60}?)?\\b${LEGAL_FORM}))?`,
  "u",
);

// "Certificate valid until 14 February 2028", "expires on …": the claimed certificate's expiry, in the claiming
// sentence or the one after it.
const EXPIRY = new RegExp(
  `^[^\\n]{0,160}?(?:valid\\s*(?:until|through|till|to)|expir(?:es|y|ation)(?:\\s*date)?(?:\\s*on)?)\\s*:?\\s*(${DATE_PATTERN})`,
  "i",
);

function claimedExpiry(index: TextIndex, from: number) {
  const m = EXPIRY.exec(index.text.slice(from, from + 240));
  const iso = m ? findDates(m[1]!)[0]?.iso : undefined;
  if (!m || !iso) return missing();
  return factAt(index, iso, from, m[0].length, 0.6, "claimed on the vendor's page, not a certificate");
}

export function extractClaimsPage(index: TextIndex): KindExtraction {
  const m = search(index, CLAIM);
  const note = "claimed on the vendor's page, not a certificate";
  const facts: Facts = m
    ? {
        standard: factAt(index, `ISO${m[1] ? "/IEC" : ""} ${m[2]}`, m.index, m[0].length, 0.6, note),
        standard_version: m[3] ? factAt(index, m[3], m.index, m[0].length, 0.6, note) : missing(),
        certification_body: m[4] ? factAt(index, squash(m[4]), m.index, m[0].length, 0.6, note) : missing(),
      }
    : {};
  // Only a page that states the claimed certificate's expiry has one.
  const expiry = m ? claimedExpiry(index, m.index + m[0].length) : null;
  if (expiry?.value) facts.expiry_date = expiry;
  return { facts, notInTextLayer: [], consistency: [], authenticity: [] };
}
