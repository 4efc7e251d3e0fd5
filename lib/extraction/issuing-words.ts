// The rest of Europe's languages (cert11), the same three kinds of words on folded text: the certifying verb with its
// clause (da/no "attesterer hermed, at", "bekræfter at"; fi "todistamme, että"; et "tõendatakse, et"; lv "apliecina, ka";
// lt "patvirtina, kad"; hu "igazolja, hogy"; ro "se certifică faptul că"; sk "potvrdzuje, že"; sl "potrjuje, da"; hr
// "potvrđuje da"; el "πιστοποιεί ότι"), the numbered label ("Sertifikaatin numero", "Tanúsítvány száma",
// "Certifikát č.", "Nr. certificat", "Sertifikaadi nr") and the validity label ("Udløbsdato", "Voimassa asti",
// "Kehtiv kuni", "Érvényesség vége", "Valabil până la", "Platnosť do", "Velja do").
const MORE_ISSUING_WORDS = [
  String.raw`(?:attester|bekr(?:ae|æ)fte|bekrefte|certificere|sertifisere)(?:er|r|es|s)?\s+(?:hermed,?\s+|herved,?\s+)?,?\s*at\b`,
  String.raw`(?:todista(?:a|mme)|todistetaan|vahvista(?:a|mme)|vahvistetaan),?\s+etta\b|(?:toendab|toendame|toendatakse|kinnitab|kinnitame|kinnitatakse),?\s+et\b`,
  String.raw`(?:apliecina(?:m)?|apstiprina),?\s+ka\b|(?:patvirtina(?:me)?|liudija|patvirtinama),?\s+kad\b`,
  String.raw`(?:igazolja|tanusitja|igazoljuk|tanusitjuk),?\s+hogy\b|(?:se\s+)?(?:certifica(?:m)?|atesta|confirma),?\s+(?:faptul\s+)?ca\b`,
  String.raw`(?:potvrdzuje(?:me)?|osvedcuje(?:me)?|potrjuje(?:mo)?|potvrduje(?:mo)?|potvrdjuje(?:mo)?|potvrzujeme|dokazuje),?\s+(?:ze|da)\b|πιστοποιει\s+οτι|βεβαιωνει(?:ται)?\s+οτι`,
  String.raw`sertifikaati(?:n)?\s*(?:numero|nro)|sertifikaadi\s*(?:nr|number)|sertifikata\s*(?:nr|numurs)|sertifikato\s*nr|tanusitvany\s*(?:szama|szam)|tanusitvanyszam|certifikat\s*(?:c\.|cislo|st\.|br\.)|cislo\s*certifikatu|(?:nr\.?|numar(?:ul)?)\s*(?:de\s*)?certificat\b|certificat\s*nr\.?`,
  String.raw`udl(?:o|ø)bsdato|utl(?:o|ø)psdato|voimassa\s*(?:asti|saakka)|kehti(?:v|b)\s*kuni|derigs\s*lidz|galioja\s*iki|ervenyesseg\s*(?:vege|lejarta)|valabil\s*pana\s*la|platnost\s*do|velja(?:vnost)?\s*do|vrijedi\s*do|ισχυει\s*εως`,
].join("|");

// How a certificate printed in German, Spanish, French, Italian, Dutch, Portuguese, Swedish, Polish or Czech says that it is one: the
// certifying verb with the clause it opens, its numbered label, its validity label. Matched on folded text (accents
// removed), so "gültig bis" is "gultig bis". A vendor's flyer in these languages says "se certifica." or "certificación
// ISO 27001" about itself; none of these forms.
export const ISSUING_WORDS_ELSEWHERE = new RegExp(
  String.raw`bescheinigt\b[^.\n]{0,60}\bdass\b|zertifikat[\s-]*(?:registrier\w*[\s-]*)?(?:nr\b|nummer)|gultig\s*bis|(?<!se\s)certifica\s+(?:que|che)\b|si\s+attesta\s+che|(?:atteste|certifie)\s+que\b|verklaart\s+dat\b|certificado\s*n(?:[º°o]\b|\.|um)|certificato\s*n(?:[º°o]\b|\.|\s)|n[º°o]\s*de\s*certificat\b|certificaatnummer|valido\s*(?:hasta|fino\s*al|ate)\b|valable\s*jusqu|geldig\s*tot\b|fecha\s*de\s*emision\s*:|scadenza\s*:|intyga[rs]\s+att\b|certifikat\s*(?:nr\b|nummer)|giltigt?\s*till\b|zaswiadcza\s+sie,?\s+ze\b|(?:potwierdza|potvrzuje),?\s+ze\b|certyfikat\s*nr\b|certifikat\s*c\.|wazny\s*do\b|platnost\s*do\b|${MORE_ISSUING_WORDS}`,
  "i",
);
