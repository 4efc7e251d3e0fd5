// The holder named by a label, wherever its value is printed: after the label in its cell ("Zertifikatsinhaber /
// Certificate holder Acme AG"), in the next cell, or under it ("AWARDED TO" in small capitals over the name in large
// type). The value must be an organisation's name (it ends in a legal form), so a label in running text ("… the
// organisation below …") reads nothing.
import { labelValues, type Page } from "./layout";
import { squash } from "./normalize";
import { factAt, type TextIndex } from "./text-index";
import type { Fact } from "./types";

/**
 * Labels that name the certified organisation, at the start of a cell or after a bilingual label's slash; Spanish,
 * Portuguese, Italian and French certificates' "Titular del certificado", "Titolare", "Titulaire" too.
 */
// The holder of the certificate in the rest of Europe's languages (cert11): da "Certifikatindehaver", no
// "Sertifikatinnehaver", fi "Sertifikaatin haltija", et "Sertifikaadi omanik", hu "Tanúsítvány birtokosa", ro "Titularul
// certificatului", sk "Držiteľ certifikátu", sl "Imetnik certifikata", hr "Nositelj certifikata", el "Κάτοχος
// πιστοποιητικού"; and their word for the organisation ("Virksomhed", "Organisaatio", "Szervezet", "Organizația", …),
// which needs a legal form after it as the English "Organisation" does.
const HOLDER_WORDS_MORE = String.raw`certifikatindehaver|sertifikatinnehaver|sertifikaatin\s*haltija|sertifikaadi\s*omanik|tan[úu]s[íi]tv[áa]ny\s*birtokosa|titularul\s*certificatului|dr[žz]ite[ľl]\s*certifik[áa]tu|imetnik\s*certifikata|nositelj\s*certifikata|κάτοχος\s*πιστοποιητικού`;
const ORGANISATION_WORDS_MORE = String.raw`virksomhed|organisaatio|organisatsioon|szervezet|organiza[țţt]ia|organiz[áa]cia|organizacija|οργανισμός`;

export const HOLDER_LABEL = new RegExp(
  String.raw`(?:^|\/\s*)(?:certificate\s*holder|holder|awarded\s*to|issued\s*to|granted\s*to|name\s*of\s*(?:the\s*)?(?:certified\s*)?organi[sz]ation|(?:certified\s*|registered\s*)?organi[sz]ation(?:\s*name)?|company(?:\s*name)?|client|titular(?:\s*del?\s*certificado)?|titolare(?:\s*del\s*certificato)?|titulaire(?:\s*du\s*certificat)?|${HOLDER_WORDS_MORE}|${ORGANISATION_WORDS_MORE})\s*:?`,
  "i",
);

const STRONG_LABEL = new RegExp(
  String.raw`(?:certificate\s*holder|titular|titolare|titulaire|awarded\s*to|issued\s*to|granted\s*to|name\s*of\s*(?:the\s*)?(?:certified\s*)?organi[sz]ation|${HOLDER_WORDS_MORE})`,
  "i",
);

/** Two to eight capitalised words (or joining words), no digits or sentence ending; not a certificate's own words. */
function nameLike(s: string): boolean {
  const words = s.split(" ");
  return (
    words.length >= 2 &&
    words.length <= 8 &&
    /^\p{Lu}[\p{L}&.'-]+(?:\s+(?:\p{Lu}[\p{L}&.'-]*|&|and|of|for|de|der|für))*$/u.test(s) &&
    !/[\d:;@]|\.$/.test(s) &&
    !/\b(?:certif\w*|standard|ISO|scope|management|system|requirements?|this|that|the)\b/i.test(s)
  );
}

export function holderByLabel(index: TextIndex, pages: Page[], isName: (name: string) => boolean): Fact<string> | null {
  for (const hit of labelValues(pages, HOLDER_LABEL, /[^\t\n]{3,100}/)) {
    const name = squash(hit.value[0].replace(/^[\s:;.\-–]+/, ""));
    // A label that can only name the holder ("Certificate holder", "Awarded to") may name one without a legal form
    // ("Brightwater Analytics"): capitalised words, no digits, no sentence.
    const strong = STRONG_LABEL.test(
      squash(
        hit.block?.text ??
          index.text.slice(index.starts[hit.page]! + hit.labelOffset, index.starts[hit.page]! + hit.offset),
      ),
    );
    if (!isName(name) && !(strong && nameLike(name))) continue;
    const at = index.starts[hit.page]! + hit.offset;
    const from = Math.min(at, index.starts[hit.page]! + hit.labelOffset);
    return factAt(index, name, from, at + hit.length - from, 0.85, "organisation named by the holder label");
  }
  return null;
}
