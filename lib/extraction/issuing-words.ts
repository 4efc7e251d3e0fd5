// How a certificate printed in German, Spanish, French, Italian, Dutch, Portuguese, Swedish, Polish or Czech says that it is one: the
// certifying verb with the clause it opens, its numbered label, its validity label. Matched on folded text (accents
// removed), so "gültig bis" is "gultig bis". A vendor's flyer in these languages says "se certifica." or "certificación
// ISO 27001" about itself; none of these forms.
export const ISSUING_WORDS_ELSEWHERE =
  /bescheinigt\b[^.\n]{0,60}\bdass\b|zertifikat[\s-]*(?:registrier\w*[\s-]*)?(?:nr\b|nummer)|gultig\s*bis|(?<!se\s)certifica\s+(?:que|che)\b|si\s+attesta\s+che|(?:atteste|certifie)\s+que\b|verklaart\s+dat\b|certificado\s*n(?:[º°o]\b|\.|um)|certificato\s*n(?:[º°o]\b|\.|\s)|n[º°o]\s*de\s*certificat\b|certificaatnummer|valido\s*(?:hasta|fino\s*al|ate)\b|valable\s*jusqu|geldig\s*tot\b|fecha\s*de\s*emision\s*:|scadenza\s*:|intyga[rs]\s+att\b|certifikat\s*(?:nr\b|nummer)|giltigt?\s*till\b|zaswiadcza\s+sie,?\s+ze\b|(?:potwierdza|potvrzuje),?\s+ze\b|certyfikat\s*nr\b|certifikat\s*c\.|wazny\s*do\b|platnost\s*do\b/i;
